// The temporary folder every benchmark works in: corpora, configs, generated catalogs, and snapshots of the
// built packages under test. Removed at the end.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeConfigs, type Variant } from './eslint.ts';
import { CATALOG_DIR, JUDGE_DIR, CLI_DIR, PLUGIN_DIR } from './paths.ts';

/** Entry points of the snapshots. */
export interface Built {
  pluginEntry: string;
  catalogEntry: string;
  /** `@bedrock-models/judge`'s ES module entry, resolving the catalog snapshot beside it. */
  judgeEntry: string;
  /** What users import as `@bedrock-models/catalog/catalog.json` (and `bundled()` reads). */
  catalogJson: string;
  /** Null when packages/cli is not built. */
  cliBin: string | null;
}

export interface Workspace {
  dir: string;
  built: Built;
  configs: Record<Variant, string>;
  /** Where the calls in linted code run when the code does not say: the region rules are on. */
  regions: readonly string[];
  dispose(): void;
}

/**
 * Copies a built package (manifest, dist and the data files its manifest publishes) to
 * `<dir>/node_modules/<name>`, where the other snapshots resolve it.
 */
function snapshot(source: string, dir: string): string {
  const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as { name: string; files?: string[] };
  const target = join(dir, 'node_modules', manifest.name);
  for (const entry of ['package.json', ...(manifest.files ?? ['dist'])]) {
    if (existsSync(join(source, entry))) cpSync(join(source, entry), join(target, entry), { recursive: true, dereference: true });
  }
  return target;
}

export function createWorkspace(keep: boolean): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bedrock-bench-'));
  const regions = ['us-east-1'];
  const catalog = snapshot(CATALOG_DIR, dir);
  // The plugin and the CLI import the judgement as a package of its own.
  const judge = snapshot(JUDGE_DIR, dir);
  const plugin = snapshot(PLUGIN_DIR, dir);
  const cli = existsSync(join(CLI_DIR, 'dist/bin.js')) ? snapshot(CLI_DIR, dir) : null;
  const catalogExport = (JSON.parse(readFileSync(join(catalog, 'package.json'), 'utf8')) as { exports: Record<string, string> }).exports['./catalog.json']!;
  const built: Built = {
    pluginEntry: join(plugin, 'dist/esm/index.js'),
    catalogEntry: join(catalog, 'dist/esm/index.js'),
    judgeEntry: join(judge, 'dist/esm/index.js'),
    catalogJson: join(catalog, catalogExport),
    cliBin: cli && join(cli, 'dist/bin.js'),
  };
  return {
    dir,
    built,
    regions,
    configs: writeConfigs(dir, regions, built.pluginEntry),
    dispose() {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
