// The check record (packages/catalog/data/checks.json): when the sync last looked at each region and what came
// of it, kept apart from catalog.json so that a run that finds nothing new changes no byte of the catalog and
// still records that it checked. Pure: no I/O, no clock.
import type { CatalogChecks, Check, RegionCheck } from '@bedrock-models/catalog';
import { sortKeys } from './write.ts';

/** One run's outcome, as the record needs it. */
export interface CheckRun {
  /** The sync's --as-of. */
  asOf: string;
  /** Regions polled, each with its error, or null when it answered. */
  polled: ReadonlyMap<string, string | null>;
  /** Regions the mantle probe ran in, each with its error or null; null when the probe was off. */
  mantle: ReadonlyMap<string, string | null> | null;
  /** Whether the run changed catalog.json. */
  changed: boolean;
  /** The written catalog's generatedAt. */
  catalogGeneratedAt: string;
}

function nextCheck(before: Check | undefined, asOf: string, error: string | null): Check {
  if (error === null) return { checked: asOf, outcome: 'ok', lastOk: asOf };
  return { checked: asOf, outcome: 'failed', lastOk: before?.lastOk ?? null, error };
}

/** The record after `run`: regions it polled get a new check, the others keep theirs. */
export function nextChecks(previous: CatalogChecks | null, run: CheckRun): CatalogChecks {
  const regions: Record<string, RegionCheck> = structuredClone(previous?.regions ?? {});
  for (const [region, error] of run.polled) {
    const before = regions[region];
    const entry: RegionCheck = nextCheck(before, run.asOf, error);
    if (before?.mantle) entry.mantle = before.mantle;
    regions[region] = entry;
  }
  for (const [region, error] of run.mantle ?? []) {
    const entry = regions[region];
    if (entry) entry.mantle = nextCheck(entry.mantle, run.asOf, error);
  }
  return {
    schemaVersion: 1,
    catalogGeneratedAt: run.catalogGeneratedAt,
    lastRun: { at: run.asOf, polled: [...run.polled.keys()].sort(), changed: run.changed, ...(run.mantle ? { mantleProbe: true as const } : {}) },
    regions,
  };
}

/** The record as written: top-level fields in schema order, every other object's keys sorted, two-space indent. */
export function serializeChecks(checks: CatalogChecks): string {
  const { schemaVersion, catalogGeneratedAt, lastRun, regions } = checks;
  return `${JSON.stringify({ schemaVersion, catalogGeneratedAt, lastRun: sortKeys(lastRun), regions: sortKeys(regions) }, null, 2)}\n`;
}
