// The sync is deterministic: replaying the recordings reproduces a frozen expected catalog byte for byte (not
// the live catalog.json, which a nightly sync moves on), and its API-observed part is exactly what a replay
// without the documented layer writes, so a document never overrides an observation.
import { readFileSync } from 'node:fs';
import { type Catalog } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import { snapshotDates } from '../../fixtures/paths.ts';
import { stripDocumented } from '../documented.ts';
import { serializeCatalog } from '../write.ts';
import { EXPECTED_FILE, replayRecordings, type Replay } from './replay-recordings.ts';

const REFREEZE = 'after reviewing the change, run `tsx scripts/sync-catalog/test/replay-recordings.ts --freeze`';

/** Warnings an earlier step may print: today's layers also name models that only appear in later snapshots. */
const EARLY_WARNING =
  /^warning: (?:overrides: \/models\/\S+ (?:names a model the catalog does not have|the catalog does not list \S+ in \S+)|documented: \/(?:regions\/\S+\/\S+|endOfLife\/\S+) names a model the catalog does not have|documented: \/profiles\/\S+ routes to \S+, which the catalog does not have|documented: \/regions\/\S+\/\S+: the API does not list \S+ in \S+; the API supersedes the document)$/;

function expectCleanReplay({ results }: Replay): void {
  expect(results.map((result) => result.code)).toEqual(snapshotDates().map(() => 0));
  const earlier = results.slice(0, -1).flatMap((result) => result.stderr.split('\n').filter((line) => line.trim() !== ''));
  for (const line of earlier) expect(line).toMatch(EARLY_WARNING);
  // Against the newest snapshot every override and every documented fact must fit.
  expect(results.at(-1)?.stderr).toBe('');
}

describe('replaying the recordings through pnpm sync --endpoint', () => {
  const expected = readFileSync(EXPECTED_FILE, 'utf8');

  it('reproduces the frozen expected catalog byte for byte', async () => {
    const replay = await replayRecordings({ documented: true });
    expectCleanReplay(replay);
    expect(replay.text === expected, `the replay differs from ${EXPECTED_FILE}: ${REFREEZE}`).toBe(true);
  }, 120_000);

  it('writes, without the documented layer, exactly the API-observed part of that catalog', async () => {
    const replay = await replayRecordings({ documented: false });
    expectCleanReplay(replay);
    const observedPart = serializeCatalog(stripDocumented(JSON.parse(expected) as Catalog));
    expect(replay.text === observedPart, 'stripping the documented facts must give back what the API said').toBe(true);
  }, 120_000);
});
