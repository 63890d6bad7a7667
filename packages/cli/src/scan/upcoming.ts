import { dateOf, type BedrockCatalog } from '@bedrock-models/catalog';
import { daysBetween, NO_APPLICATION_PROFILES, rewriteId, successorsFor, throughApplicationProfile, type ApplicationProfiles } from '@bedrock-models/judge';
import type { FoundReference } from './references.js';

/** A lifecycle date ahead of a model. */
export interface UpcomingDate {
  kind: 'legacy' | 'extended-access' | 'end-of-life';
  /** `YYYY-MM-DD`. */
  date: string;
  /** Days after the judging date (0: that day). */
  days: number;
  /** The region whose record says so; null when judged over every region. */
  region: string | null;
}

/** One reference whose model has a lifecycle date inside the window. */
export interface UpcomingEntry {
  path: string;
  line: number;
  column: number;
  /** As written. */
  id: string;
  /** The catalog ID behind it. */
  modelId: string;
  /** The dates inside the window, earliest first. */
  dates: UpcomingDate[];
  /** What to move to, in the form written (an ARN stays an ARN); empty when none is known. */
  replacements: string[];
}

const KINDS = [
  ['legacy', 'legacy'],
  ['extended-access', 'extendedAccess'],
  ['end-of-life', 'endOfLife'],
] as const;

/**
 * The lifecycle dates of `reference` that fall from `today` to `days` days after it: its legacy date, the
 * start of extended access, its end of life. Judged in each of the reference's regions where known (that
 * region's record), else over every region as the catalog's lifecycle query does. Null when none falls inside.
 * A mapped application inference profile is judged as what it copies from; its replacements are then plain IDs, since
 * the change is made in the profile, not in the ARN the code holds.
 */
export function upcomingFor(
  reference: FoundReference,
  path: string,
  catalog: BedrockCatalog,
  today: string,
  days: number,
  applicationProfiles: ApplicationProfiles = NO_APPLICATION_PROFILES,
): UpcomingEntry | null {
  const through = throughApplicationProfile(catalog, applicationProfiles, reference.id);
  const resolution = catalog.resolve(through ?? reference.id);
  if (!resolution || (resolution.kind !== 'model' && resolution.kind !== 'profile')) return null;
  const regions = resolution.arn?.region ? [resolution.arn.region] : reference.regions;
  const byKind = new Map<UpcomingDate['kind'], UpcomingDate>();
  for (const region of regions.length > 0 ? regions : [undefined]) {
    const report = catalog.lifecycle(resolution.id, region === undefined ? { date: today } : { date: today, region });
    if (!report?.lifecycle) continue;
    for (const [kind, field] of KINDS) {
      const timestamp = report.lifecycle[field];
      if (!timestamp) continue;
      const date = dateOf(timestamp);
      const ahead = daysBetween(today, date);
      if (ahead < 0 || ahead > days) continue;
      const known = byKind.get(kind);
      if (!known || date < known.date) byKind.set(kind, { kind, date, days: ahead, region: report.region });
    }
  }
  if (byKind.size === 0) return null;
  const replacements = successorsFor(catalog, resolution.id, regions).map((id) => (through === null ? (rewriteId(reference.id, id) ?? id) : id));
  const dates = [...byKind.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : KINDS.findIndex(([kind]) => kind === a.kind) - KINDS.findIndex(([kind]) => kind === b.kind),
  );
  return { path, line: reference.line, column: reference.column, id: reference.id, modelId: resolution.id, dates, replacements };
}
