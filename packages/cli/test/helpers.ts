import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(PACKAGE_ROOT, 'dist', 'bin.js');
/** The pinned test catalog of the ESLint plugin's rule tests (2026-03-04, six regions), copied. */
export const TEST_CATALOG = join(PACKAGE_ROOT, 'test', 'fixtures', 'test-catalog.json');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/bin.js …args` in `cwd` with a clean colour environment (plus `env`). */
export function run(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const base = Object.fromEntries(Object.entries(process.env).filter(([key]) => !['NO_COLOR', 'FORCE_COLOR', 'TERM'].includes(key)));
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...base, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of a fixture tree in a fresh temporary folder (outside any git repository), with the files the
 * repository cannot hold as such: `_gitignore` files become `.gitignore` (a real one would hide fixture
 * files from git), and a `node_modules` folder and a binary file are added.
 */
export function fixtureCopy(name: string): string {
  const target = mkdtempSync(join(tmpdir(), `bedrock-models-${name}-`));
  cpSync(join(PACKAGE_ROOT, 'test', 'fixtures', name), target, { recursive: true });
  renameGitignores(target);
  mkdirSync(join(target, 'node_modules', 'pkg'), { recursive: true });
  writeFileSync(join(target, 'node_modules', 'pkg', 'index.py'), 'MODEL = "anthropic.claude-v2"\n');
  writeFileSync(join(target, 'app-blob.json'), Buffer.from([0, 1, 2, ...Buffer.from('"anthropic.claude-v2"'), 0]));
  return target;
}

function renameGitignores(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) renameGitignores(path);
    else if (entry.name === '_gitignore') renameSync(path, join(folder, '.gitignore'));
  }
}

/** A fresh temporary folder holding `files` (relative path → content). */
export function scratch(name: string, files: Readonly<Record<string, string>>): string {
  const target = mkdtempSync(join(tmpdir(), `bedrock-models-${name}-`));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), content);
  }
  return target;
}

/** A small Python service: one call in us-east-1 that needs an inference profile, one typo, one clean call. */
export const PYTHON_SERVICE = {
  'app/chat.py': [
    'import boto3',
    '',
    'client = boto3.client("bedrock-runtime", region_name="us-east-1")',
    '',
    'def ask(messages):',
    '    return client.converse(modelId="anthropic.claude-3-5-haiku-20241022-v1:0", messages=messages)',
    '',
    'FALLBACK = "anthropic.claude-3-haiku-2024307-v1:0"',
    'EMBEDDINGS = "amazon.titan-embed-text-v2:0"',
    '',
  ].join('\n'),
} as const;
