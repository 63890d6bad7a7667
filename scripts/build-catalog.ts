// `pnpm --filter @bedrock-models/scripts build-catalog`: rebuilds packages/catalog/data/catalog.json by
// replaying every recorded snapshot through the real sync (and its checks.json), then regenerates the catalog's TypeScript.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CATALOG_DIR } from './sync-catalog/run.ts';
import { replaySnapshots, seedCatalogDir } from './sync-catalog/replay.ts';

const workDir = mkdtempSync(join(tmpdir(), 'bedrock-catalog-build-'));
try {
  const catalogDir = seedCatalogDir(join(workDir, 'data'));
  for (const result of await replaySnapshots({ catalogDir })) {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    if (result.code !== 0) throw new Error(`a replay step failed with exit code ${result.code}`);
  }
  // The check record says which regions the replayed answers covered and when; it travels with the catalog it confirms.
  for (const file of ['catalog.json', 'checks.json']) copyFileSync(join(catalogDir, file), join(DEFAULT_CATALOG_DIR, file));
  const { renderGeneratedFiles } = await import('../packages/catalog/scripts/generated-files.ts');
  const { writeFileAtomic } = await import('./sync-catalog/write.ts');
  for (const [path, text] of await renderGeneratedFiles()) writeFileAtomic(join(DEFAULT_CATALOG_DIR, '..', path), text);
  process.stdout.write(`wrote ${join(DEFAULT_CATALOG_DIR, 'catalog.json')} and checks.json\n`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
