// The sync's check record (checks.json): when each region was last looked at, apart from what was found there.
// catalog.json changes only when the data does; this file changes whenever the sync runs, so "checked" and
// "changed" never blur.
import type { Catalog } from './generated/catalog-types.js';
import { bundledDataFile, readPackageJson } from './load.js';
import { checkAgainstSchema, type SchemaIssue } from './schema-check.js';

/** The outcome of one check: `ok` (answered and taken in, changed or not) or `failed` (earlier data kept). */
export type CheckOutcome = 'ok' | 'failed';

/** One endpoint's newest check in one region. */
export interface Check {
  /** RFC 3339: when the newest check ran. */
  checked: string;
  outcome: CheckOutcome;
  /** RFC 3339: when the newest successful check ran; null when none has. */
  lastOk: string | null;
  /** For `failed`: the error of the call that failed. */
  error?: string;
}

/** A region's newest control-plane check, and the newest bedrock-mantle probe there if one ran. */
export interface RegionCheck extends Check {
  mantle?: Check;
}

/** The parsed `checks.json` (see checks.schema.json). */
export interface CatalogChecks {
  schemaVersion: 1;
  /** The `generatedAt` of the catalog these checks confirm; for any other catalog they say nothing. */
  catalogGeneratedAt: string;
  lastRun: { at: string; polled: string[]; changed: boolean; mantleProbe?: true };
  regions: Record<string, RegionCheck>;
}

/** What the check record says about one region of a catalog; `not-polled` when no sync has checked it. */
export interface RegionCheckReport {
  region: string;
  outcome: CheckOutcome | 'not-polled';
  /** RFC 3339 of the newest check; null when not polled. */
  checked: string | null;
  /** RFC 3339 of the newest successful check; null when none. */
  lastOk: string | null;
  error: string | null;
  /** Whether the newest sync run polled it. */
  inLastRun: boolean;
  mantle: Check | null;
}

/** Thrown for a checks object that fails checks.schema.json. */
export class ChecksValidationError extends Error {
  readonly issues: readonly SchemaIssue[];
  constructor(where: string, issues: readonly SchemaIssue[]) {
    super(`Invalid Bedrock catalog check record (${where}):\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n')}`);
    this.name = 'ChecksValidationError';
    this.issues = issues;
  }
}

/** The checks JSON Schema shipped in this package. */
export function getChecksSchema(): Record<string, unknown> {
  return readPackageJson('checks.schema.json') as Record<string, unknown>;
}

/** Every way `value` fails checks.schema.json; empty when it is a valid check record. */
export function validateChecks(value: unknown): SchemaIssue[] {
  return checkAgainstSchema(value, getChecksSchema());
}

/** Throws a {@link ChecksValidationError} naming `where` unless `value` is a valid check record. */
export function assertValidChecks(value: unknown, where: string): asserts value is CatalogChecks {
  const issues = validateChecks(value);
  if (issues.length > 0) throw new ChecksValidationError(where, issues);
}

let bundled: CatalogChecks | null | undefined;

/** The check record shipped beside the bundled catalog (`@bedrock-models/catalog/checks.json`); null if the package has none. */
export function getBundledChecksData(): CatalogChecks | null {
  if (bundled === undefined) {
    try {
      bundled = readPackageJson(bundledDataFile('checks.json')) as CatalogChecks;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bundled = null;
    }
  }
  return bundled;
}

/** Whether `checks` speak about `catalog`: they were written with (or after) the sync that wrote its observed data. */
export function checksApply(catalog: Catalog, checks: CatalogChecks | null | undefined): checks is CatalogChecks {
  return Boolean(checks) && checks!.catalogGeneratedAt === catalog.generatedAt;
}

/**
 * `YYYY-MM-DD` the catalog's observed data is confirmed current to by its checks: the day of the oldest
 * newest-successful check over every region the catalog holds API answers for. A check that found nothing
 * new means that region's data is current to the check's day; the whole catalog is current to the least of
 * them. Null when the checks do not apply, or some region was never checked successfully.
 */
export function checkedTo(catalog: Catalog, checks: CatalogChecks | null | undefined): string | null {
  if (!checksApply(catalog, checks)) return null;
  const regions = Object.keys(catalog.regions);
  if (regions.length === 0) return null;
  let oldest: string | null = null;
  for (const region of regions) {
    const lastOk = Object.hasOwn(checks.regions, region) ? checks.regions[region]!.lastOk : null;
    if (lastOk === null) return null;
    const day = lastOk.slice(0, 10);
    if (oldest === null || day < oldest) oldest = day;
  }
  return oldest;
}

/** The check record's answer for `region`. */
export function regionCheckReport(region: string, checks: CatalogChecks | null | undefined): RegionCheckReport {
  const entry = checks && Object.hasOwn(checks.regions, region) ? checks.regions[region]! : undefined;
  return {
    region,
    outcome: entry?.outcome ?? 'not-polled',
    checked: entry?.checked ?? null,
    lastOk: entry?.lastOk ?? null,
    error: entry?.error ?? null,
    inLastRun: Boolean(checks?.lastRun.polled.includes(region)),
    mantle: entry?.mantle ?? null,
  };
}
