// Lifecycle records: dates in order, announced dates at an explained time of day, and no live entry past its end.
import type { Catalog, Lifecycle, Model } from '../src/index.js';
import { pointer, type LintIssue } from './issue.js';

const ORDER = ['startOfLife', 'legacy', 'extendedAccess', 'endOfLife'] as const;

/** The catalog's date: `currentTo`, else the day of `generatedAt` (what `BedrockCatalog.date` says). */
export function catalogDate(catalog: Catalog): string {
  return catalog.currentTo ?? catalog.generatedAt.slice(0, 10);
}

/** Every lifecycle record with its path: live models' regions, retired entries, and the observed entries they keep. */
function* lifecycles(catalog: Catalog): Generator<[string, Lifecycle]> {
  function* ofModel(base: string, model: Model): Generator<[string, Lifecycle]> {
    for (const [region, entry] of Object.entries(model.regions))
      if (entry.lifecycle) yield [`${base}${pointer('regions', region, 'lifecycle')}`, entry.lifecycle];
  }
  for (const [id, model] of Object.entries(catalog.models)) yield* ofModel(pointer('models', id), model);
  for (const [id, entry] of Object.entries(catalog.retired)) {
    if (entry.lifecycle) yield [pointer('retired', id, 'lifecycle'), entry.lifecycle];
    if (entry.observed && entry.kind === 'model') yield* ofModel(pointer('retired', id, 'observed'), entry.observed as Model);
  }
}

/** startOfLife ≤ legacy ≤ extendedAccess ≤ endOfLife wherever they are given. */
export function checkLifecycleOrder(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [path, lifecycle] of lifecycles(catalog)) {
    const given = ORDER.filter((field) => lifecycle[field] !== undefined);
    for (let index = 1; index < given.length; index++) {
      const before = given[index - 1]!;
      const after = given[index]!;
      if (lifecycle[before]! > lifecycle[after]!)
        issues.push({ path, check: 'lifecycle-order', message: `${before} ${lifecycle[before]} is after ${after} ${lifecycle[after]}` });
    }
  }
  return issues;
}

// AWS announces legacy, extended-access and end-of-life dates as calendar days: midnight UTC, or midnight in
// US Pacific time (07:00Z in daylight time, 08:00Z in standard time; the API uses either). Launch moments
// (startOfLife) carry real times of day and are not checked.
const EXPLAINED_TIMES = new Set(['00:00:00', '07:00:00', '08:00:00']);

/** Announced lifecycle dates at an unexplained time of day, and one model's regions disagreeing by hours on the same date. */
export function checkTimestampOffsets(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [path, lifecycle] of lifecycles(catalog)) {
    for (const field of ['legacy', 'extendedAccess', 'endOfLife'] as const) {
      const value = lifecycle[field];
      if (value !== undefined && !EXPLAINED_TIMES.has(value.slice(11, 19)))
        issues.push({ path: `${path}/${field}`, check: 'timestamp-offset', message: `${value} is not midnight UTC or US Pacific time` });
    }
  }
  for (const [id, model] of Object.entries(catalog.models)) {
    for (const field of ['legacy', 'extendedAccess', 'endOfLife'] as const) {
      const byDay = new Map<string, Set<string>>();
      for (const entry of Object.values(model.regions)) {
        const value = entry.lifecycle?.[field];
        if (value !== undefined) byDay.set(value.slice(0, 10), (byDay.get(value.slice(0, 10)) ?? new Set()).add(value));
      }
      for (const [day, values] of byDay) {
        if (values.size > 1)
          issues.push({
            path: pointer('models', id, 'regions'),
            check: 'timestamp-offset',
            message: `regions give ${field} ${day} at different times: ${[...values].sort().join(', ')}`,
          });
      }
    }
  }
  const generated = catalog.generatedAt.slice(0, 10);
  if (catalog.currentTo !== undefined && catalog.currentTo < generated)
    issues.push({ path: '/currentTo', check: 'timestamp-offset', message: `${catalog.currentTo} is before generatedAt ${catalog.generatedAt}` });
  for (const [region, entry] of Object.entries(catalog.regions)) {
    if (entry.lastSynced > catalog.generatedAt)
      issues.push({
        path: pointer('regions', region, 'lastSynced'),
        check: 'timestamp-offset',
        message: `${entry.lastSynced} is after generatedAt ${catalog.generatedAt}`,
      });
  }
  return issues;
}

/** A live model whose every lifecycle record ends on or before the catalog's date: it should have been retired. */
export function checkLivePastEndOfLife(catalog: Catalog): LintIssue[] {
  const date = catalogDate(catalog);
  const issues: LintIssue[] = [];
  for (const [id, model] of Object.entries(catalog.models)) {
    const records = Object.values(model.regions)
      .map((entry) => entry.lifecycle)
      .filter((life): life is Lifecycle => life !== null);
    if (records.length > 0 && records.every((life) => life.endOfLife !== undefined && life.endOfLife.slice(0, 10) <= date)) {
      issues.push({
        path: pointer('models', id),
        check: 'live-past-end-of-life',
        message: `every region's end of life is on or before the catalog's date ${date}`,
      });
    }
  }
  return issues;
}

/** A live profile whose models are all retired. */
export function checkOrphanProfiles(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const [id, profile] of Object.entries(catalog.profiles)) {
    if (profile.models.length > 0 && profile.models.every((modelId) => Object.hasOwn(catalog.retired, modelId))) {
      issues.push({
        path: pointer('profiles', id),
        check: 'live-profile-of-retired-models',
        message: `routes only to retired models (${profile.models.join(', ')})`,
      });
    }
  }
  return issues;
}
