// Runs once before every test file: packs both packages and installs one scratch project per ESLint major.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { install, MAJORS, pack, storePath, type Tarballs } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A temporary folder the tests may create projects in; removed after the run. */
    root: string;
    /** The packed tarballs. */
    tarballs: Tarballs;
    /** The pnpm store the workspace installed into. */
    store: string;
    /** An installed scratch project per ESLint major (`'10'`, `'9'`). */
    installed: Record<string, string>;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'bedrock-models-e2e-'));
  const packed = join(root, 'tarballs');
  mkdirSync(packed);
  const tarballs: Tarballs = { catalog: pack('catalog', packed), judge: pack('judge', packed), 'eslint-plugin': pack('eslint-plugin', packed) };
  const store = storePath();
  const installed: Record<string, string> = {};
  for (const major of MAJORS) {
    const directory = join(root, `eslint-${major}`);
    mkdirSync(directory);
    install(directory, major, tarballs, store);
    installed[major] = directory;
  }
  project.provide('root', root);
  project.provide('tarballs', tarballs);
  project.provide('store', store);
  project.provide('installed', installed);
  return () => rmSync(root, { recursive: true, force: true });
}
