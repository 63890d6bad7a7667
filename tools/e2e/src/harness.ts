// Scratch projects as a user has them: the packed tarballs, eslint and typescript-eslint installed by pnpm
// from the local store only (`--offline --frozen-lockfile` against the lockfiles in fixtures/, with an empty
// metadata cache), and the real `eslint` binary run as a child process.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The ESLint majors the suite runs against. */
export const MAJORS = [10, 9] as const;
export type Major = (typeof MAJORS)[number];

export const E2E_ROOT = join(import.meta.dirname, '..');
export const REPO_ROOT = join(E2E_ROOT, '..', '..');
export const FIXTURES = join(E2E_ROOT, 'fixtures');
/** The preload that replaces every socket-opening API with a stub that records the attempt and throws. */
export const OFFLINE_GUARD = join(E2E_ROOT, 'src', 'offline-guard.mjs');

/** Packed tarballs, by the name the scratch projects' package.json refers to them. */
export interface Tarballs {
  catalog: string;
  judge: string;
  'eslint-plugin': string;
}

/** The environment for child pnpm processes: none of the `npm_*` settings of the pnpm running the tests. */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  return { ...env, ...extra };
}

/** `pnpm pack`s `packages/<name>` into `directory` as `<name>.tgz` and returns its path. */
export function pack(name: keyof Tarballs, directory: string): string {
  const output = mkdtempSync(join(directory, `${name}-`));
  execFileSync('pnpm', ['pack', '--pack-destination', output], { cwd: join(REPO_ROOT, 'packages', name), env: childEnv(), stdio: 'pipe' });
  const [file] = readdirSync(output).filter((entry) => entry.endsWith('.tgz'));
  const tarball = join(directory, `${name}.tgz`);
  cpSync(join(output, file!), tarball);
  return tarball;
}

/** The store the workspace installs into: the scratch projects install from it and from nothing else. */
export function storePath(): string {
  return execFileSync('pnpm', ['store', 'path'], { cwd: REPO_ROOT, env: childEnv(), encoding: 'utf8' }).trim();
}

/** The subresource integrity pnpm records for a tarball. */
export function integrity(file: string): string {
  return `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
}

/**
 * Installs (or reinstalls) the scratch project in `directory` for ESLint `major` with the given tarballs:
 * the fixture's package.json and lockfile, the tarballs' integrity written into the lockfile, then
 * `pnpm install --offline --frozen-lockfile` from `store` with an empty metadata cache, so nothing can be
 * resolved or downloaded: every package must already be in the store.
 */
export function install(directory: string, major: Major, tarballs: Tarballs, store: string): void {
  mkdirSync(join(directory, 'tarballs'), { recursive: true });
  cpSync(join(FIXTURES, `eslint-${major}`, 'package.json'), join(directory, 'package.json'));
  let lockfile = readFileSync(join(FIXTURES, `eslint-${major}`, 'pnpm-lock.yaml'), 'utf8');
  for (const [name, tarball] of Object.entries(tarballs)) {
    cpSync(tarball, join(directory, 'tarballs', `${name}.tgz`));
    const entry = new RegExp(`integrity: sha512-[A-Za-z0-9+/=]+, tarball: file:tarballs/${name}\\.tgz`, 'g');
    if (!entry.test(lockfile)) throw new Error(`fixtures/eslint-${major}/pnpm-lock.yaml has no entry for tarballs/${name}.tgz`);
    lockfile = lockfile.replace(entry, `integrity: ${integrity(tarball)}, tarball: file:tarballs/${name}.tgz`);
  }
  writeFileSync(join(directory, 'pnpm-lock.yaml'), lockfile);
  const cache = mkdtempSync(join(directory, '.pnpm-cache-'));
  const result = spawnSync(
    'pnpm',
    ['install', '--offline', '--frozen-lockfile', '--ignore-workspace', '--store-dir', store, `--config.cache-dir=${cache}`, '--reporter', 'silent'],
    { cwd: directory, env: childEnv(), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`pnpm install --offline failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
}

/**
 * A fresh copy of the fixture project (eslint.config.js and src/) in a new temporary folder under `root`,
 * whose node_modules is the installed project `installed` (linked: Node resolves packages by real path).
 */
export function scratchProject(root: string, installed: string): string {
  const directory = mkdtempSync(join(root, 'project-'));
  cpSync(join(FIXTURES, 'project'), directory, { recursive: true });
  symlinkSync(join(installed, 'node_modules'), join(directory, 'node_modules'), 'dir');
  writeFileSync(join(directory, 'package.json'), readFileSync(join(installed, 'package.json')));
  return directory;
}

/** A copy of the fixture project's files into an installed project folder (for tests that reinstall). */
export function addProjectFiles(directory: string): void {
  cpSync(join(FIXTURES, 'project'), directory, { recursive: true });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the project's own `eslint` binary (`node_modules/.bin/eslint`) with `args` in `project`. */
export function eslint(project: string, args: string[], env: Record<string, string> = {}): Run {
  const result = spawnSync(join(project, 'node_modules', '.bin', 'eslint'), args, {
    cwd: project,
    env: { ...childEnv(env), FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One message of `eslint --format json`, reduced to what the tests compare. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  ruleId: string | null;
  severity: number;
  suggestions: number;
}

interface JsonResult {
  filePath: string;
  messages: Array<{ line: number; column: number; ruleId: string | null; severity: number; suggestions?: unknown[] }>;
  output?: string;
}

/** Parses `eslint --format json` output. */
export function parseJson(stdout: string): JsonResult[] {
  return JSON.parse(stdout) as JsonResult[];
}

/** Every message of `eslint --format json` output, by project-relative file, in a stable order. */
export function problems(project: string, stdout: string): Problem[] {
  return parseJson(stdout)
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(project, result.filePath),
        line: message.line,
        column: message.column,
        ruleId: message.ruleId,
        severity: message.severity,
        suggestions: message.suggestions?.length ?? 0,
      })),
    )
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId)));
}

/** Reads a project file. */
export function read(project: string, file: string): string {
  return readFileSync(join(project, file), 'utf8');
}

/** Rewrites a project file with `edit`. */
export function edit(project: string, file: string, change: (text: string) => string): void {
  const path = join(project, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`editing ${file} changed nothing`);
  writeFileSync(path, after);
}
