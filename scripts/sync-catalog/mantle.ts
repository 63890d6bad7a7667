// bedrock-mantle, the OpenAI-compatible endpoint, answers `GET /v1/models` per region with the names it serves.
// The documented layer's `mantle` section carries a recorded listing; the opt-in probe (mantle-probe.ts) keeps
// what each region's endpoint answered in the catalog's `regions[r].mantle` (observed data, like the control
// plane's answers), and mantleSection lays those answers over the recording, region by region, before
// applyDocumented runs: the endpoint's own answer supersedes the recording wherever the probe reached. Pure: no I/O.
import type { Catalog } from '@bedrock-models/catalog';
import type { MantleName } from './documented.ts';

/** One region's `/v1/models` answer, in the OpenAI list shape. */
export interface MantleListing {
  region: string;
  answer: { data: ReadonlyArray<{ id: string; created?: number }> };
}

/** What the probe last took in, per region (the catalog's `regions[r].mantle`). */
export type ObservedMantle = Record<string, NonNullable<Catalog['regions'][string]['mantle']>>;

const dayOf = (timestamp: string): string => timestamp.slice(0, 10);

/**
 * Takes fresh listings into the per-region record: a region whose listing is unchanged keeps its entry (and
 * its `lastSynced`), so a probe that finds nothing new changes nothing.
 */
export function takeInListings(previous: Readonly<ObservedMantle>, listings: readonly MantleListing[], asOf: string): ObservedMantle {
  const next: ObservedMantle = structuredClone(previous) as ObservedMantle;
  for (const { region, answer } of listings) {
    const models = [...new Set(answer.data.map((entry) => entry.id))].sort();
    const before = previous[region];
    if (before && JSON.stringify(before.models) === JSON.stringify(models)) continue;
    next[region] = { lastSynced: asOf, models };
  }
  return next;
}

/** Options of {@link mantleSection}. */
export interface MantleSectionOptions {
  /** The provider of a name the recording lacks, when the catalog can tell it (from other models of its prefix). */
  providerOf?: (id: string) => string | undefined;
}

/**
 * The `mantle` section that the recorded listing and the probe's per-region answers amount to. In a region the
 * probe answered for, the answer alone counts (a name it does not list is not served there); elsewhere the
 * recording stands. Names keep the recording's runtime ID, provider and name; a name only the endpoint lists
 * gets the provider {@link MantleSectionOptions.providerOf} gives and its own ID as name.
 */
export function mantleSection(
  observed: Readonly<ObservedMantle>,
  recorded: Readonly<Record<string, MantleName>>,
  options: MantleSectionOptions = {},
): Record<string, MantleName> {
  const probed = Object.keys(observed).sort();
  const names = new Set([...Object.keys(recorded), ...probed.flatMap((region) => observed[region]!.models)]);
  const section: Record<string, MantleName> = {};
  for (const id of [...names].sort()) {
    const before = Object.hasOwn(recorded, id) ? recorded[id] : undefined;
    const listedIn = probed.filter((region) => observed[region]!.models.includes(id));
    const touched = probed.filter((region) => listedIn.includes(region) || before?.regions.includes(region));
    if (touched.length === 0) {
      if (before) section[id] = structuredClone(before);
      continue;
    }
    const kept = (before?.regions ?? []).filter((region) => !Object.hasOwn(observed, region));
    const regions = [...new Set([...kept, ...listedIn])].sort();
    if (regions.length === 0) continue;
    const dates = touched.map((region) => dayOf(observed[region]!.lastSynced));
    if (kept.length > 0 && before) dates.push(before.date);
    const probeSource = `bedrock-mantle GET /v1/models as the sync's probe took it in (${listedIn.length > 0 ? `listed in ${listedIn.join(', ')}` : 'listed in no probed region'})`;
    const entry: MantleName = {
      regions,
      source: kept.length > 0 && before ? `${probeSource}; ${kept.join(', ')} from ${before.source}` : probeSource,
      date: dates.sort().at(-1)!,
    };
    if (before?.runtimeModel) entry.runtimeModel = before.runtimeModel;
    const provider = before?.provider ?? (before ? undefined : options.providerOf?.(id));
    if (provider) entry.provider = provider;
    if (before?.name) entry.name = before.name;
    else if (!before && provider) entry.name = id;
    section[id] = entry;
  }
  return section;
}

/** Each name's mantle regions in a catalog: what a changeset compares. */
export function mantleRegionsOf(catalog: Catalog | null): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [id, model] of Object.entries(catalog?.models ?? {})) if (model.mantle) found.set(id, model.mantle.regions);
  return found;
}

/** Names whose mantle regions changed between two catalogs, limited to `regions` (those the probe answered for). */
export function mantleChanges(
  before: Map<string, string[]>,
  after: Map<string, string[]>,
  regions: ReadonlySet<string>,
): Array<{ id: string; added: string[]; removed: string[] }> {
  const changes: Array<{ id: string; added: string[]; removed: string[] }> = [];
  for (const id of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(id) ?? [];
    const now = after.get(id) ?? [];
    const added = now.filter((region) => !old.includes(region) && regions.has(region));
    const removed = old.filter((region) => !now.includes(region) && regions.has(region));
    if (added.length > 0 || removed.length > 0) changes.push({ id, added, removed });
  }
  return changes;
}
