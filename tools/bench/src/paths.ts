// Where the things the benchmarks measure live: resolved from this package, never from the caller's cwd.
import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(BENCH_DIR, '../..');
export const PROBES_DIR = join(BENCH_DIR, 'probes');

/** The workspace's ESLint CLI and the parser both lint configurations use. */
export const ESLINT_BIN = join(dirname(require.resolve('eslint/package.json')), 'bin/eslint.js');
export const ESLINT_VERSION = (require('eslint/package.json') as { version: string }).version;
export const PARSER_ENTRY = require.resolve('@typescript-eslint/parser');
export const PARSER_VERSION = (require('@typescript-eslint/parser/package.json') as { version: string }).version;

/**
 * The built packages (turbo's `bench` task depends on `^build`). The benchmarks measure snapshots of these
 * taken when the run starts (see workspace.ts), so that a rebuild during a long run cannot break or change it.
 */
export const PLUGIN_DIR = realpathSync(join(BENCH_DIR, 'node_modules/@bedrock-models/eslint-plugin'));
export const CATALOG_DIR = realpathSync(join(BENCH_DIR, 'node_modules/@bedrock-models/catalog'));
export const JUDGE_DIR = realpathSync(join(BENCH_DIR, 'node_modules/@bedrock-models/judge'));
/** The catalog CLI (`bedrock-models check`), packages/cli. */
export const CLI_DIR = join(REPO_ROOT, 'packages/cli');

/** The sync and its local Bedrock server. */
export const SYNC_ENTRY = join(REPO_ROOT, 'scripts/sync-catalog.ts');
export const FIXTURES_DIR = join(REPO_ROOT, 'scripts/fixtures');
export const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist/cli.mjs');
