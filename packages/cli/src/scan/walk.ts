import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../args.js';
import { extractorFor } from '../extract/index.js';
import { GitignoreFile, isIgnored, type IgnoreLayer } from './gitignore.js';

/** Folders never searched: dependencies, version control, virtual environments, Terraform's provider cache. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn', '.venv', '__pycache__', '.terraform']);

/**
 * The files `check` reads under `paths` (files or folders, relative to `cwd`), in a stable order: folders
 * depth first, names in code-point order. Honours every `.gitignore` from the repository root (the nearest
 * folder above with a `.git`) down, skips {@link SKIPPED_FOLDERS} and symbolic links, and yields files
 * named on the command line even when their kind is not one `check` reads by default.
 */
export function* walk(paths: readonly string[], cwd: string): Generator<string> {
  const seen = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      throw new UsageError(`no such file or folder: ${path}`);
    }
    if (stats.isFile()) {
      if (!seen.has(absolute)) yield absolute;
      seen.add(absolute);
      continue;
    }
    const root = repositoryRoot(absolute) ?? absolute;
    const layers = outerLayers(root, absolute);
    for (const file of walkFolder(absolute, toPosix(relative(root, absolute)), layers)) {
      if (seen.has(file)) continue;
      seen.add(file);
      yield file;
    }
  }
}

function* walkFolder(folder: string, relativeFolder: string, inherited: readonly IgnoreLayer[]): Generator<string> {
  const own = readGitignore(folder);
  const layers = own ? [...inherited, { base: relativeFolder, file: own }] : inherited;
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (SKIPPED_FOLDERS.has(entry.name) || isIgnored(layers, path, true)) continue;
      yield* walkFolder(join(folder, entry.name), path, layers);
    } else if (entry.isFile() && extractorFor(entry.name) !== null && !isIgnored(layers, path, false)) {
      yield join(folder, entry.name);
    }
  }
}

// The nearest folder at or above `folder` that holds `.git`: where .gitignore files start to count.
function repositoryRoot(folder: string): string | null {
  for (let current = folder; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return null;
  }
}

// The .gitignore files of the folders from the repository root down to (not including) the folder scanned.
function outerLayers(root: string, folder: string): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  const steps = relative(root, folder)
    .split(sep)
    .filter((step) => step !== '');
  let current = root;
  for (let index = 0; index <= steps.length - 1; index++) {
    const file = readGitignore(current);
    if (file) layers.push({ base: steps.slice(0, index).join('/'), file });
    current = join(current, steps[index]!);
  }
  return layers;
}

function readGitignore(folder: string): GitignoreFile | null {
  try {
    return new GitignoreFile(readFileSync(join(folder, '.gitignore'), 'utf8'));
  } catch {
    return null;
  }
}

/** A path with `/` separators, as reports print it. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
