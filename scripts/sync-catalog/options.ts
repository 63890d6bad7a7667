// The sync's command line (README.md, "The sync"): parsing and validation only.
import { parseArgs } from 'node:util';

export interface SyncOptions {
  regions: string[] | null;
  endpoint: string | null;
  /** Probe bedrock-mantle's GET /v1/models too (opt-in). */
  mantle: boolean;
  /** The probe's base URL, `{region}` replaced; null: the regional bedrock-mantle host. */
  mantleEndpoint: string | null;
  catalogDir: string;
  asOf: string;
  dryRun: boolean;
  allowPartial: boolean;
  maxRemovals: number | null;
  force: boolean;
  json: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: pnpm sync [options]

Polls ListFoundationModels and ListInferenceProfiles in every region and merges the answers into the catalog.

  --regions a,b        only these regions (the others keep their data)
  --endpoint URL       send every region's calls to URL (tests and replays; the region is still signed)
  --mantle             also probe bedrock-mantle's GET /v1/models where the data says it is served; a
                       region's answer supersedes the recorded listing there (API key from
                       AWS_BEARER_TOKEN_BEDROCK, else SigV4 with the default credentials)
  --mantle-endpoint U  the probe's base URL instead of https://bedrock-mantle.<region>.api.aws (default with
                       --endpoint: that URL); {region} in it is replaced (tests); implies --mantle
  --catalog DIR        folder holding catalog.json, checks.json and the layers (default: packages/catalog/data)
  --as-of DATE         moment the observations are stamped with (YYYY-MM-DD or RFC 3339; default: now)
  --dry-run            report what would change, write nothing
  --allow-partial      keep the previous data of regions that fail, marked stale, instead of failing
  --max-removals N     refuse to retire more than N models (default: 10% of the catalog, at least 5)
  --force              retire even more than --max-removals, accept a region that answers with no models
  --json               print a machine-readable summary
  -h, --help           show this text

Every run that does not fail records, per region, when it checked and with what outcome in checks.json,
whether or not the catalog changed; a failed probe keeps the region's earlier mantle data.

Exit codes: 0 done (changed or not), 1 the sync failed and nothing was written, 2 bad arguments.
Tuning (environment): BEDROCK_SYNC_CONCURRENCY (regions in flight, default 6), BEDROCK_SYNC_TIMEOUT_MS
(per HTTP call, default 15000), BEDROCK_SYNC_MAX_ATTEMPTS (per call, default 4).`;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** `2026-02-08` or `2026-02-08T10:00:00.123+02:00` → `2026-02-08T08:00:00Z`. */
export function normalizeAsOf(value: string): string {
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value;
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/.test(text) || Number.isNaN(date.getTime())) {
    throw new UsageError(`--as-of: "${value}" is not a date (YYYY-MM-DD) or an RFC 3339 timestamp`);
  }
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function parseOptions(argv: readonly string[], defaults: { catalogDir: string; now: Date }): SyncOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        regions: { type: 'string' },
        endpoint: { type: 'string' },
        mantle: { type: 'boolean' },
        'mantle-endpoint': { type: 'string' },
        catalog: { type: 'string' },
        'as-of': { type: 'string' },
        'dry-run': { type: 'boolean' },
        'allow-partial': { type: 'boolean' },
        'max-removals': { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const regions =
    values.regions === undefined
      ? null
      : values.regions
          .split(',')
          .map((region) => region.trim())
          .filter(Boolean);
  for (const region of regions ?? []) if (!REGION.test(region)) throw new UsageError(`--regions: "${region}" is not a region code such as us-east-1`);
  if (regions !== null && regions.length === 0) throw new UsageError('--regions: give at least one region');
  if (values.endpoint !== undefined && !URL.canParse(values.endpoint)) throw new UsageError(`--endpoint: "${values.endpoint}" is not a URL`);
  const mantleEndpoint = values['mantle-endpoint'];
  if (mantleEndpoint !== undefined && !URL.canParse(mantleEndpoint.replaceAll('{region}', 'us-east-1'))) {
    throw new UsageError(`--mantle-endpoint: "${mantleEndpoint}" is not a URL`);
  }
  let maxRemovals: number | null = null;
  if (values['max-removals'] !== undefined) {
    maxRemovals = Number(values['max-removals']);
    if (!Number.isInteger(maxRemovals) || maxRemovals < 0) throw new UsageError(`--max-removals: "${values['max-removals']}" is not a whole number`);
  }
  return {
    regions,
    endpoint: values.endpoint ?? null,
    mantle: (values.mantle ?? false) || mantleEndpoint !== undefined,
    mantleEndpoint: mantleEndpoint ?? null,
    catalogDir: values.catalog ?? defaults.catalogDir,
    asOf: values['as-of'] === undefined ? normalizeAsOf(defaults.now.toISOString()) : normalizeAsOf(values['as-of']),
    dryRun: values['dry-run'] ?? false,
    allowPartial: values['allow-partial'] ?? false,
    maxRemovals,
    force: values.force ?? false,
    json: values.json ?? false,
    help: values.help ?? false,
  };
}
