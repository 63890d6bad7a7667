// Replays every recorded snapshot into a fresh folder: what reproduce.test.ts compares with its frozen file,
// and what `tsx scripts/sync-catalog/test/replay-recordings.ts --freeze` writes as that file after a reviewed change.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaySnapshots, seedCatalogDir, type CliResult } from '../replay.ts';

/** The frozen result of replaying the recordings with the overrides and the documented facts. */
export const EXPECTED_FILE = fileURLToPath(new URL('./expected-catalog.json', import.meta.url));

/** One replay's outcome: each step's result and the catalog text it ended with. */
export interface Replay {
  results: CliResult[];
  text: string;
}

/** Replays the recordings into a temporary folder seeded with the bundled layers (documented facts unless told not to). */
export async function replayRecordings(options: { documented: boolean }): Promise<Replay> {
  const workDir = mkdtempSync(join(tmpdir(), 'bedrock-reproduce-'));
  try {
    const catalogDir = seedCatalogDir(join(workDir, 'data'), { documented: options.documented });
    const results = await replaySnapshots({ catalogDir });
    return { results, text: readFileSync(join(catalogDir, 'catalog.json'), 'utf8') };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--freeze')) {
  const { results, text } = await replayRecordings({ documented: true });
  if (results.some((result) => result.code !== 0)) throw new Error(results.map((result) => result.stderr).join('\n'));
  writeFileSync(EXPECTED_FILE, text);
  process.stdout.write(`wrote ${EXPECTED_FILE}\n`);
}
