// One sync, from arguments to exit code: fetch every region, merge, check, write.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertValidCatalog, assertValidChecks, CatalogValidationError, checkedTo, type Catalog, type CatalogChecks } from '@bedrock-models/catalog';
import { fetchRegion, mapBounded } from './aws.ts';
import { hasChanges, renderChangeset, summarize } from './changeset.ts';
import { nextChecks, serializeChecks } from './checks.ts';
import { applyDocumented, parseDocumented, stripDocumented, type DocumentedLayer } from './documented.ts';
import { mantleChanges, mantleRegionsOf, mantleSection, takeInListings, type MantleListing, type ObservedMantle } from './mantle.ts';
import { fetchMantleListing, MANTLE_ENDPOINT } from './mantle-probe.ts';
import { mergeObservations, type Changes } from './merge.ts';
import { normalizeAnswer, type RegionObservation } from './normalize.ts';
import { parseOptions, UsageError, USAGE, type SyncOptions } from './options.ts';
import { applyOverrides, parseOverrides, type Overrides } from './overrides.ts';
import { DEFAULT_REGIONS } from './regions.ts';
import { serializeCatalog, writeFileAtomic } from './write.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CATALOG_DIR = join(REPO_ROOT, 'packages/catalog/data');

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: Date;
}

interface RegionFailure {
  region: string;
  error: string;
}

class SyncFailure extends Error {}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    return `${error.name}${status ? ` (HTTP ${status})` : ''}: ${error.message}`;
  }
  return String(error);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SyncFailure(`${path}: cannot be read as JSON (${(error as Error).message})`);
  }
}

function loadPrevious(catalogPath: string): Catalog | null {
  if (!existsSync(catalogPath)) return null;
  const value = readJson(catalogPath);
  assertValidCatalog(value, catalogPath);
  return value;
}

function loadOverrides(path: string): Overrides {
  return existsSync(path) ? parseOverrides(readFileSync(path, 'utf8'), path) : {};
}

/** The documented-facts layer of the catalog folder; null when it has none (the catalog is then the API's alone). */
function loadDocumented(path: string): DocumentedLayer | null {
  return existsSync(path) ? parseDocumented(readFileSync(path, 'utf8'), path) : null;
}

/** The check record beside the catalog; null when there is none yet. */
function loadChecks(path: string): CatalogChecks | null {
  if (!existsSync(path)) return null;
  const value = readJson(path);
  assertValidChecks(value, path);
  return value;
}

function regionsToPoll(options: SyncOptions, previous: Catalog | null): string[] {
  if (options.regions) return [...new Set(options.regions)].sort();
  return [...new Set([...DEFAULT_REGIONS, ...Object.keys(previous?.regions ?? {})])].sort();
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${name}: "${value}" is not a positive whole number`);
  return number;
}

interface Tuning {
  callTimeoutMs: number;
  maxAttempts: number;
  concurrency: number;
}

function tuning(env: NodeJS.ProcessEnv): Tuning {
  return {
    callTimeoutMs: positiveInteger(env.BEDROCK_SYNC_TIMEOUT_MS, 15_000, 'BEDROCK_SYNC_TIMEOUT_MS'),
    maxAttempts: positiveInteger(env.BEDROCK_SYNC_MAX_ATTEMPTS, 4, 'BEDROCK_SYNC_MAX_ATTEMPTS'),
    concurrency: positiveInteger(env.BEDROCK_SYNC_CONCURRENCY, 6, 'BEDROCK_SYNC_CONCURRENCY'),
  };
}

async function pollRegions(regions: string[], options: SyncOptions, tune: Tuning): Promise<{ observations: RegionObservation[]; failures: RegionFailure[] }> {
  const fetchOptions = {
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    callTimeoutMs: tune.callTimeoutMs,
    maxAttempts: tune.maxAttempts,
  };
  const results = await mapBounded(regions, tune.concurrency, async (region) => {
    try {
      return { region, observation: normalizeAnswer(await fetchRegion(region, fetchOptions)) };
    } catch (error) {
      return { region, error: describeError(error) };
    }
  });
  const observations: RegionObservation[] = [];
  const failures: RegionFailure[] = [];
  for (const result of results) {
    if ('observation' in result && result.observation) observations.push(result.observation);
    else failures.push({ region: result.region, error: result.error ?? 'unknown error' });
  }
  return { observations, failures };
}

/** The probe's per-region answers the catalog holds (observed data, kept by every sync). */
function observedMantleOf(catalog: Catalog): ObservedMantle {
  const observed: ObservedMantle = {};
  for (const [region, entry] of Object.entries(catalog.regions)) if (entry.mantle) observed[region] = entry.mantle;
  return observed;
}

interface MantleProbe {
  listings: MantleListing[];
  /** Region → error, or null when it answered. */
  outcomes: Map<string, string | null>;
}

/**
 * Probes bedrock-mantle in the regions that answered this sync and where mantle is known to be served (the
 * recorded listing or an earlier probe names them). A region that fails keeps its earlier mantle data.
 */
async function probeMantle(
  catalog: Catalog,
  documented: DocumentedLayer | null,
  answered: readonly string[],
  options: SyncOptions,
  env: NodeJS.ProcessEnv,
  tune: Tuning,
): Promise<MantleProbe> {
  const served = new Set([...Object.values(documented?.mantle ?? {}).flatMap((name) => name.regions), ...Object.keys(observedMantleOf(catalog))]);
  const regions = answered.filter((region) => served.has(region)).sort();
  const probeOptions = {
    // A replay's --endpoint serves the mantle listing too: the probe never leaves for AWS unless the sync does.
    endpoint: options.mantleEndpoint ?? options.endpoint ?? MANTLE_ENDPOINT,
    bearerToken: env.AWS_BEARER_TOKEN_BEDROCK?.trim() || null,
    callTimeoutMs: tune.callTimeoutMs,
    maxAttempts: tune.maxAttempts,
  };
  const results = await mapBounded(regions, tune.concurrency, async (region) => {
    try {
      return { region, listing: await fetchMantleListing(region, probeOptions), error: null };
    } catch (error) {
      return { region, listing: null, error: describeError(error) };
    }
  });
  return {
    listings: results.flatMap((result) => (result.listing ? [result.listing] : [])),
    outcomes: new Map(results.map((result) => [result.region, result.error])),
  };
}

/** The provider the catalog's models of an ID's prefix share (`openai.` → `OpenAI`), if they share one. */
function providerByPrefix(catalog: Catalog): (id: string) => string | undefined {
  return (id) => {
    const prefix = `${id.slice(0, id.indexOf('.'))}.`;
    const providers = new Set(Object.entries(catalog.models).flatMap(([other, model]) => (other.startsWith(prefix) ? [model.provider] : [])));
    return providers.size === 1 ? [...providers][0] : undefined;
  };
}

/** The documented layer with its recorded mantle listing superseded by the probe's answers, region by region. */
function layerWithObservedMantle(documented: DocumentedLayer | null, catalog: Catalog): DocumentedLayer | null {
  const observed = observedMantleOf(catalog);
  if (Object.keys(observed).length === 0) return documented;
  const layer: DocumentedLayer = documented ?? {
    checked: catalog.generatedAt.slice(0, 10),
    models: {},
    profiles: {},
    retired: {},
    endOfLife: {},
    regions: {},
    mantle: {},
  };
  return { ...layer, mantle: mantleSection(observed, layer.mantle, { providerOf: providerByPrefix(catalog) }) };
}

const withoutCurrentTo = (catalog: Catalog): string => serializeCatalog({ ...catalog, currentTo: undefined } as Catalog);

/**
 * Applies the documented layer to the observed catalog at the newest observation's day. A check that found
 * nothing new confirms the data to the check's day; only what that day changes (an end of life passed by it)
 * is new, and then the layer is applied at that day instead. The day alone is not new: it stays in checks.json.
 */
function layDocumentsOver(observed: Catalog, layer: DocumentedLayer, checks: CatalogChecks, changes: Changes, warnings: string[]): Catalog {
  const catalog = structuredClone(observed);
  warnings.push(...applyDocumented(catalog, layer, { observedTo: catalog.generatedAt.slice(0, 10) }));
  const confirmedTo = checkedTo(catalog, checks);
  if (confirmedTo === null || confirmedTo <= (catalog.currentTo ?? '')) return catalog;
  const atCheck = structuredClone(observed);
  applyDocumented(atCheck, layer, { observedTo: confirmedTo });
  if (withoutCurrentTo(atCheck) === withoutCurrentTo(catalog)) return catalog;
  changes.endOfLife = Object.keys(atCheck.retired)
    .filter((id) => !Object.hasOwn(catalog.retired, id))
    .sort()
    .map((id) => ({ id, name: atCheck.retired[id]!.name, retired: atCheck.retired[id]!.retired ?? confirmedTo }));
  return atCheck;
}

/** A region that suddenly answers with no models is more likely broken than emptied. */
function checkEmptyAnswers(observations: RegionObservation[], previous: Catalog | null, force: boolean): void {
  if (force) return;
  for (const observation of observations) {
    const before = previous?.regions[observation.region]?.models.length ?? 0;
    if (observation.models.size === 0 && before > 0) {
      throw new SyncFailure(`region ${observation.region} answered with no models (it had ${before}); refusing without --force`);
    }
  }
}

function checkRemovals(changes: Changes, previous: Catalog | null, options: SyncOptions): void {
  const liveBefore = Object.keys(previous?.models ?? {}).length;
  const limit = options.maxRemovals ?? Math.max(5, Math.ceil(liveBefore * 0.1));
  const count = changes.retiredModels.length;
  if (count > limit && !options.force) {
    const ids = changes.retiredModels.map((model) => model.id).join(', ');
    throw new SyncFailure(
      `this sync would retire ${count} models, more than --max-removals ${limit}: ${ids}. Check the regions' answers, then rerun with --force if they are right.`,
    );
  }
}

function sourceText(options: SyncOptions, overrides: Overrides, previous: Catalog | null, regionCount: number): string {
  if (options.endpoint) return overrides.replaySource ?? previous?.source ?? `Answers replayed through ${options.endpoint}`;
  return `Amazon Bedrock control plane (ListFoundationModels, ListInferenceProfiles), polled in ${regionCount} regions by scripts/sync-catalog.ts.`;
}

function nextChangesetPath(directory: string, date: string): string {
  let path = join(directory, `catalog-sync-${date}.md`);
  for (let n = 2; existsSync(path); n++) path = join(directory, `catalog-sync-${date}-${n}.md`);
  return path;
}

/** The `.changeset` folder of the repository that holds the catalog, or null outside one. */
function findChangesetDir(catalogDir: string): string | null {
  for (let directory = resolve(catalogDir); ; directory = dirname(directory)) {
    if (existsSync(join(directory, '.changeset', 'config.json'))) return join(directory, '.changeset');
    if (dirname(directory) === directory) return null;
  }
}

function isBundledCatalog(catalogDir: string): boolean {
  return existsSync(catalogDir) && realpathSync(catalogDir) === realpathSync(DEFAULT_CATALOG_DIR);
}

async function regenerateTypes(): Promise<string[]> {
  const { renderGeneratedFiles } = await import('../../packages/catalog/scripts/generated-files.ts');
  const written: string[] = [];
  for (const [path, text] of await renderGeneratedFiles()) {
    const target = join(REPO_ROOT, 'packages/catalog', path);
    const current = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (current !== text) {
      writeFileAtomic(target, text);
      written.push(target);
    }
  }
  return written;
}

/** Runs one sync; returns the exit code. */
export async function runSync(argv: readonly string[], io: Io): Promise<number> {
  let options: SyncOptions;
  try {
    options = parseOptions(argv, { catalogDir: DEFAULT_CATALOG_DIR, now: io.now });
    if (options.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sync: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  try {
    return await sync(options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sync: ${error.message}\n`);
      return 2;
    }
    if (error instanceof SyncFailure || error instanceof CatalogValidationError || error instanceof Error) {
      io.stderr(`sync failed, nothing written: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function sync(options: SyncOptions, io: Io): Promise<number> {
  const catalogPath = join(options.catalogDir, 'catalog.json');
  const checksPath = join(options.catalogDir, 'checks.json');
  const previous = loadPrevious(catalogPath);
  const previousChecks = loadChecks(checksPath);
  const overrides = loadOverrides(join(options.catalogDir, 'overrides.json'));
  const documented = loadDocumented(join(options.catalogDir, 'documented.json'));
  // The API's observations merge into what the API said before; the documented layer is laid over the result.
  const observedBefore = previous ? stripDocumented(structuredClone(previous)) : null;
  const regions = regionsToPoll(options, previous);
  const tune = tuning(io.env);
  const { observations, failures } = await pollRegions(regions, options, tune);

  const unrecoverable = failures.filter((failure) => !options.allowPartial || !previous?.regions[failure.region]);
  if (unrecoverable.length > 0) {
    const lines = unrecoverable.map((failure) => `  ${failure.region}: ${failure.error}`).join('\n');
    const hint = options.allowPartial ? ' (--allow-partial keeps only regions the catalog already has)' : '';
    throw new SyncFailure(`${unrecoverable.length} of ${regions.length} regions failed${hint}:\n${lines}`);
  }
  checkEmptyAnswers(observations, previous, options.force);

  const { catalog: merged, changes } = mergeObservations({
    previous: observedBefore,
    observations,
    staleRegions: failures.map((failure) => failure.region),
    asOf: options.asOf,
  });
  let catalog = merged;
  checkRemovals(changes, observedBefore, options);
  const answered = observations.map((observation) => observation.region);
  const probe = options.mantle ? await probeMantle(catalog, documented, answered, options, io.env, tune) : null;
  if (probe) {
    for (const [region, entry] of Object.entries(takeInListings(observedMantleOf(catalog), probe.listings, options.asOf))) {
      if (catalog.regions[region]) catalog.regions[region].mantle = entry;
    }
  }
  const warnings = applyOverrides(catalog, overrides);
  catalog.source = sourceText(options, overrides, previous, Object.keys(catalog.regions).length);

  // generatedAt and lastSynced say when the observed data last changed; currentTo also moves with the documents.
  if (observedBefore === null || serializeCatalog(catalog) !== serializeCatalog(observedBefore)) {
    catalog.generatedAt = options.asOf;
    for (const observation of observations) catalog.regions[observation.region]!.lastSynced = options.asOf;
  }
  const checks = nextChecks(previousChecks, {
    asOf: options.asOf,
    polled: new Map([...observations.map((o): [string, null] => [o.region, null]), ...failures.map((f): [string, string] => [f.region, f.error])]),
    mantle: probe?.outcomes ?? null,
    changed: false,
    catalogGeneratedAt: catalog.generatedAt,
  });
  const layer = layerWithObservedMantle(documented, catalog);
  if (layer) catalog = layDocumentsOver(catalog, layer, checks, changes, warnings);
  if (probe) {
    const answeredMantle = new Set([...probe.outcomes].flatMap(([region, error]) => (error === null ? [region] : [])));
    changes.mantle = mantleChanges(mantleRegionsOf(previous), mantleRegionsOf(catalog), answeredMantle);
  }
  const changed = previous === null || serializeCatalog(catalog) !== serializeCatalog(previous);
  assertValidCatalog(catalog, `the merged catalog for ${catalogPath}`);
  checks.lastRun.changed = changed;
  assertValidChecks(checks, `the check record for ${checksPath}`);

  const written: string[] = [];
  let changesetPath: string | null = null;
  if (changed && !options.dryRun) {
    const changesetDir = findChangesetDir(options.catalogDir);
    if (changesetDir && hasChanges(changes)) {
      changesetPath = nextChangesetPath(changesetDir, options.asOf.slice(0, 10));
      writeFileAtomic(changesetPath, renderChangeset(changes, catalog, options.asOf.slice(0, 10)));
      written.push(changesetPath);
    }
    writeFileAtomic(catalogPath, serializeCatalog(catalog));
    written.push(catalogPath);
    if (isBundledCatalog(options.catalogDir)) written.push(...(await regenerateTypes()));
  }
  // After the catalog, so a reader never sees checks that claim a catalog not yet written.
  const checksText = serializeChecks(checks);
  if (!options.dryRun && (!existsSync(checksPath) || readFileSync(checksPath, 'utf8') !== checksText)) {
    writeFileAtomic(checksPath, checksText);
    written.push(checksPath);
  }
  const mantleFailures = [...(probe?.outcomes ?? [])].flatMap(([region, error]) => (error === null ? [] : [{ region, error }]));
  for (const failure of mantleFailures) warnings.push(`bedrock-mantle probe failed in ${failure.region}, its mantle data is kept: ${failure.error}`);
  report(io, options, {
    changed,
    changes,
    failures,
    observations,
    warnings,
    written,
    changesetPath,
    checksPath,
    probe: probe ? { probed: [...probe.outcomes.keys()], failures: mantleFailures } : null,
  });
  return 0;
}

interface Outcome {
  changed: boolean;
  changes: Changes;
  failures: RegionFailure[];
  observations: RegionObservation[];
  warnings: string[];
  written: string[];
  changesetPath: string | null;
  checksPath: string;
  probe: { probed: string[]; failures: RegionFailure[] } | null;
}

function report(io: Io, options: SyncOptions, outcome: Outcome): void {
  for (const warning of outcome.warnings) io.stderr(`warning: ${warning}\n`);
  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        {
          changed: outcome.changed,
          dryRun: options.dryRun,
          asOf: options.asOf,
          regions: { synced: outcome.observations.map((o) => o.region).sort(), stale: outcome.failures },
          changes: outcome.changes,
          written: outcome.written,
          changeset: outcome.changesetPath,
          checks: outcome.written.includes(outcome.checksPath) ? outcome.checksPath : null,
          mantle: outcome.probe,
          warnings: outcome.warnings,
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const regions = `${outcome.observations.length} regions synced${outcome.failures.length > 0 ? `, ${outcome.failures.length} kept stale (${outcome.failures.map((f) => `${f.region}: ${f.error}`).join('; ')})` : ''}`;
  const recorded = outcome.written.includes(outcome.checksPath) ? `; checked, recorded in ${outcome.checksPath}` : '';
  if (!outcome.changed) io.stdout(`Catalog unchanged (${regions})${options.dryRun ? '; nothing written' : recorded || '; nothing written'}.\n`);
  else if (options.dryRun) io.stdout(`Dry run: would change the catalog: ${summarize(outcome.changes)} (${regions}).\n`);
  else io.stdout(`Catalog updated: ${summarize(outcome.changes)} (${regions}).\n${outcome.written.map((path) => `  wrote ${path}\n`).join('')}`);
}
