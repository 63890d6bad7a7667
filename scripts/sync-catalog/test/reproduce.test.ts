// The bundled catalog is what the real sync makes of the recorded snapshots, replayed in date order.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { snapshotDates } from '../../fixtures/paths.ts';
import { replaySnapshots, seedCatalogDir } from '../replay.ts';
import { DEFAULT_CATALOG_DIR } from '../run.ts';

const workDir = mkdtempSync(join(tmpdir(), 'bedrock-reproduce-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

it('replaying every snapshot through pnpm sync --endpoint reproduces packages/catalog/data/catalog.json byte for byte', async () => {
  const catalogDir = seedCatalogDir(join(workDir, 'data'));
  const results = await replaySnapshots({ catalogDir });
  expect(results.map((result) => result.code)).toEqual(snapshotDates().map(() => 0));
  // Today's overrides also name models that only appear in later snapshots; an earlier step may say so, and
  // nothing else. Against the newest snapshot every override must fit.
  const earlier = results.slice(0, -1).flatMap((result) => result.stderr.split('\n').filter((line) => line.trim() !== ''));
  for (const line of earlier) expect(line).toMatch(/^warning: overrides: \/models\/\S+ (?:names a model the catalog does not have|the catalog does not list \S+ in \S+)$/);
  expect(results.at(-1)?.stderr).toBe('');
  const rebuilt = readFileSync(join(catalogDir, 'catalog.json'), 'utf8');
  const bundled = readFileSync(join(DEFAULT_CATALOG_DIR, 'catalog.json'), 'utf8');
  // On a mismatch, rebuild with `pnpm --filter @bedrock-models/scripts build-catalog` and review the diff.
  expect(rebuilt === bundled).toBe(true);
}, 120_000);
