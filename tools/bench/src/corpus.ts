// The real-code corpus: every .js/.mjs/.cjs/.ts file of a fixed list of dependency packages installed in the
// workspace, minus minified and huge files, sampled at an even stride over the sorted paths, copied into a
// temporary folder (ESLint ignores node_modules, and copies let every benchmark lint the same bytes).
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { REPO_ROOT } from './paths.ts';

/** Packages the corpus is drawn from, in this order: SDK, tooling and library code of several styles. */
export const CORPUS_PACKAGES = [
  '@aws-sdk/client-bedrock',
  '@aws-sdk/core',
  '@aws-sdk/nested-clients',
  '@aws-sdk/types',
  '@smithy/core',
  '@smithy/types',
  '@smithy/node-http-handler',
  '@smithy/signature-v4',
  '@sinclair/typebox',
  '@babel/runtime',
  '@typescript-eslint/eslint-plugin',
  '@typescript-eslint/scope-manager',
  '@typescript-eslint/typescript-estree',
  '@typescript-eslint/utils',
  '@types/node',
  'ajv',
  'eslint',
  'fast-glob',
  'json-schema-to-typescript',
  'lodash',
  'postcss',
  'semver',
  'table',
  'type-fest',
  'typescript',
  'vitest',
  'yaml',
] as const;

const EXTENSION = /\.(?:js|mjs|cjs|ts)$/;
const MAX_BYTES = 100_000;
const MAX_LINE = 1_000;

export interface CorpusFile {
  /** `<package>/<path inside it>`: where the copy goes. */
  name: string;
  source: string;
  bytes: number;
}

/** Where pnpm links an installed package by name (`node_modules/.pnpm/node_modules/<name>`). */
function packageDir(name: string): string | null {
  // Packages the root depends on directly (eslint, typescript) are linked from the root instead.
  for (const dir of [join(REPO_ROOT, 'node_modules/.pnpm/node_modules', name), join(REPO_ROOT, 'node_modules', name)]) {
    if (existsSync(dir)) return realpathSync(dir);
  }
  return null;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && EXTENSION.test(entry.name) && !entry.name.endsWith('.min.js')) out.push(path);
  }
}

/** Minified or generated-looking: a very long line somewhere. */
function isMinified(text: string): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE) return true;
    start = end + 1;
  }
  return false;
}

/** Every eligible file of the corpus packages, sorted by name; and the packages found. */
export function eligibleFiles(): { files: CorpusFile[]; packages: string[] } {
  const files: CorpusFile[] = [];
  const packages: string[] = [];
  for (const name of CORPUS_PACKAGES) {
    const dir = packageDir(name);
    if (!dir) continue;
    packages.push(name);
    const paths: string[] = [];
    walk(dir, paths);
    for (const source of paths) {
      const bytes = statSync(source).size;
      if (bytes === 0 || bytes > MAX_BYTES) continue;
      if (isMinified(readFileSync(source, 'utf8'))) continue;
      files.push({ name: `${name}/${relative(dir, source)}`, source, bytes });
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, packages };
}

/** `count` files at an even stride over `files` (all of them when there are fewer). */
export function sample<T>(files: readonly T[], count: number): T[] {
  if (count >= files.length) return [...files];
  return Array.from({ length: count }, (_, index) => files[Math.floor((index * files.length) / count)]!);
}

/** Copies files into `dir` under their names. */
export function materialize(files: readonly CorpusFile[], dir: string): void {
  for (const file of files) {
    const target = join(dir, file.name);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file.source, target);
  }
}

/** `dir` holding `copies` hard-linked copies of the corpus in `source` (the growth series: same files, k times). */
export function replicate(source: string, names: readonly string[], dir: string, copies: number): void {
  rmSync(dir, { recursive: true, force: true });
  for (let copy = 0; copy < copies; copy++) {
    for (const name of names) {
      const target = join(dir, `copy-${copy}`, name);
      mkdirSync(dirname(target), { recursive: true });
      linkSync(join(source, name), target);
    }
  }
}
