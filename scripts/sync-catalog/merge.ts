// Merges fresh regional observations into the previous catalog. Pure: no I/O, no clock.
// Nothing is ever dropped: a model that no region lists any more moves to `retired` with its history.
import type { Catalog, HistoryEvent, Lifecycle, Model, ModelRegion, Profile, RetiredEntry } from '@bedrock-models/catalog';
import type { ObservedModel, ObservedProfile, RegionObservation } from './normalize.ts';

export interface MergeInput {
  previous: Catalog | null;
  /** Regions that answered, in any order. */
  observations: readonly RegionObservation[];
  /** Regions that failed but whose previous data is kept (`--allow-partial`). */
  staleRegions: readonly string[];
  /** RFC 3339 moment the observations are stamped with. */
  asOf: string;
}

/** What a merge changed, for the changeset and the summary. */
export interface Changes {
  addedModels: Array<{ id: string; provider: string; name: string; regions: string[] }>;
  returnedModels: Array<{ id: string; regions: string[] }>;
  retiredModels: Array<{ id: string; name: string; regions: string[] }>;
  addedProfiles: Array<{ id: string; name: string; regions: string[] }>;
  retiredProfiles: Array<{ id: string; name: string; regions: string[] }>;
  regionsAdded: Array<{ id: string; regions: string[] }>;
  regionsRemoved: Array<{ id: string; regions: string[] }>;
  profileRegionsAdded: Array<{ id: string; regions: string[] }>;
  profileRegionsRemoved: Array<{ id: string; regions: string[] }>;
  lifecycle: Array<{ id: string; status: 'ACTIVE' | 'LEGACY'; regions: string[]; lifecycle: Lifecycle }>;
  inferenceTypes: Array<{ id: string; inferenceTypes: string[]; regions: string[] }>;
  /** bedrock-mantle names whose regions the probe saw change (filled by the caller, not the merge). */
  mantle: Array<{ id: string; added: string[]; removed: string[] }>;
  /** Models past their end of life by the day a check confirmed the data to (filled by the caller). */
  endOfLife: Array<{ id: string; name: string; retired: string }>;
  staleRegions: string[];
}

export interface MergeResult {
  catalog: Catalog;
  changes: Changes;
}

function emptyCatalog(asOf: string): Catalog {
  return { schemaVersion: 1, generatedAt: asOf, source: 'Amazon Bedrock control plane', regions: {}, models: {}, profiles: {}, retired: {} };
}

function emptyChanges(): Changes {
  return {
    addedModels: [],
    returnedModels: [],
    retiredModels: [],
    addedProfiles: [],
    retiredProfiles: [],
    regionsAdded: [],
    regionsRemoved: [],
    profileRegionsAdded: [],
    profileRegionsRemoved: [],
    lifecycle: [],
    inferenceTypes: [],
    mantle: [],
    endOfLife: [],
    staleRegions: [],
  };
}

/** Groups (key, region) pairs into key → sorted regions. */
class RegionGroups {
  private readonly groups = new Map<string, Set<string>>();
  add(key: string, region: string): void {
    const set = this.groups.get(key) ?? new Set<string>();
    set.add(region);
    this.groups.set(key, set);
  }
  entries(): Array<[string, string[]]> {
    return [...this.groups].map(([key, set]): [string, string[]] => [key, [...set].sort()]).sort(([a], [b]) => (a < b ? -1 : 1));
  }
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The region's own geography: the most common non-global prefix among the profiles it may call. */
function homeGeo(observation: RegionObservation): string | null {
  const counts = new Map<string, number>();
  for (const id of observation.profiles.keys()) {
    const geo = geoOf(id);
    if (geo !== 'global') counts.set(geo, (counts.get(geo) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [geo, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (best === null || count > counts.get(best)!) best = geo;
  }
  return best;
}

function modelFrom(observed: ObservedModel, history: HistoryEvent[]): Model {
  return {
    provider: observed.provider,
    name: observed.name,
    inputModalities: observed.inputModalities,
    outputModalities: observed.outputModalities,
    streaming: observed.streaming,
    customizations: observed.customizations,
    regions: {},
    history,
  };
}

/** The most telling lifecycle record of a model: one with an end-of-life date, else the first region's. */
function lastLifecycle(model: Model): Lifecycle | undefined {
  const known = Object.keys(model.regions)
    .sort()
    .map((region) => model.regions[region]!.lifecycle)
    .filter((life): life is Lifecycle => life !== null);
  return known.find((life) => life.endOfLife) ?? known[0];
}

function geoOf(id: string): Profile['geo'] {
  return (id.startsWith('us-gov.') ? 'us-gov' : id.slice(0, id.indexOf('.'))) as Profile['geo'];
}

/** Merges `input.observations` into `input.previous`; `generatedAt` and `lastSynced` are left for the caller to stamp. */
export function mergeObservations(input: MergeInput): MergeResult {
  const catalog = input.previous ? structuredClone(input.previous) : emptyCatalog(input.asOf);
  const changes = emptyChanges();
  const date = input.asOf.slice(0, 10);
  const observations = [...input.observations].sort((a, b) => (a.region < b.region ? -1 : 1));
  const before: Snapshot = {
    modelRegions: new Map(Object.entries(catalog.models).map(([id, model]) => [id, Object.keys(model.regions).sort()])),
    profileRegions: new Map(Object.entries(catalog.profiles).map(([id, profile]) => [id, Object.keys(profile.sources).sort()])),
    lifecycles: new Map(Object.entries(catalog.models).map(([id, model]) => [id, lastLifecycle(model)])),
    lastSynced: new Map(Object.entries(catalog.regions).map(([region, entry]) => [region, entry.lastSynced.slice(0, 10)])),
  };

  markStale(catalog, input.staleRegions, changes);
  const modelEvents = mergeModels(catalog, observations);
  const profileEvents = mergeProfiles(catalog, observations);
  for (const observation of observations) {
    const mantle = catalog.regions[observation.region]?.mantle;
    catalog.regions[observation.region] = {
      geo: homeGeo(observation) as Catalog['regions'][string]['geo'],
      lastSynced: catalog.regions[observation.region]?.lastSynced ?? input.asOf,
      models: [...observation.models.keys()].sort(),
      profiles: [...observation.profiles.keys()].sort(),
      // The bedrock-mantle probe's answer is another endpoint's; the caller replaces it when the probe ran.
      ...(mantle ? { mantle } : {}),
    };
  }
  refreshFields(catalog, observations);
  recordModelHistory(catalog, changes, date, modelEvents);
  recordProfileHistory(catalog, changes, date, profileEvents);
  retireVanished(catalog, changes, date, before);
  return { catalog, changes };
}

/** The previous catalog's facts a retirement needs after the merge has removed them. */
interface Snapshot {
  modelRegions: Map<string, string[]>;
  profileRegions: Map<string, string[]>;
  lifecycles: Map<string, Lifecycle | undefined>;
  lastSynced: Map<string, string>;
}

interface Events {
  added: Set<string>;
  returned: Set<string>;
  regionsAdded: RegionGroups;
  regionsRemoved: RegionGroups;
  lifecycle: RegionGroups;
  inferenceTypes: RegionGroups;
}

function newEvents(): Events {
  return {
    added: new Set(),
    returned: new Set(),
    regionsAdded: new RegionGroups(),
    regionsRemoved: new RegionGroups(),
    lifecycle: new RegionGroups(),
    inferenceTypes: new RegionGroups(),
  };
}

function markStale(catalog: Catalog, staleRegions: readonly string[], changes: Changes): void {
  for (const region of [...staleRegions].sort()) {
    const entry = catalog.regions[region];
    if (!entry) continue;
    entry.stale = true;
    changes.staleRegions.push(region);
    for (const model of Object.values(catalog.models)) {
      const regional = model.regions[region];
      if (regional) regional.stale = true;
    }
  }
}

function mergeModels(catalog: Catalog, observations: readonly RegionObservation[]): Events {
  const events = newEvents();
  for (const { region, models } of observations) {
    for (const [id, model] of Object.entries(catalog.models)) {
      if (model.regions[region] && !models.has(id)) {
        delete model.regions[region];
        events.regionsRemoved.add(id, region);
      }
    }
    for (const [id, observed] of models) {
      const model = catalog.models[id] ?? reviveOrCreateModel(catalog, id, observed, events);
      const previous = model.regions[region];
      const entry: ModelRegion = { inferenceTypes: observed.inferenceTypes, lifecycle: observed.lifecycle };
      model.regions[region] = entry;
      if (!previous) {
        if (!events.added.has(id) && !events.returned.has(id)) events.regionsAdded.add(id, region);
        continue;
      }
      if (previous.lifecycle && entry.lifecycle && previous.lifecycle.status !== entry.lifecycle.status) {
        events.lifecycle.add(`${id}\u0000${entry.lifecycle.status}`, region);
      }
      if (previous.inferenceTypes && entry.inferenceTypes && !sameList(previous.inferenceTypes, entry.inferenceTypes)) {
        events.inferenceTypes.add(`${id}\u0000${entry.inferenceTypes.join(',')}`, region);
      }
    }
  }
  return events;
}

function reviveOrCreateModel(catalog: Catalog, id: string, observed: ObservedModel, events: Events): Model {
  const retired = catalog.retired[id];
  const model = modelFrom(observed, retired?.history ?? []);
  if (retired) {
    delete catalog.retired[id];
    if (retired.replacement) model.replacement = retired.replacement;
    events.returned.add(id);
  } else {
    events.added.add(id);
  }
  catalog.models[id] = model;
  return model;
}

function mergeProfiles(catalog: Catalog, observations: readonly RegionObservation[]): Events {
  const events = newEvents();
  for (const { region, profiles } of observations) {
    for (const [id, profile] of Object.entries(catalog.profiles)) {
      if (profile.sources[region] && !profiles.has(id)) {
        delete profile.sources[region];
        events.regionsRemoved.add(id, region);
      }
    }
    for (const [id, observed] of profiles) {
      const profile = catalog.profiles[id] ?? reviveOrCreateProfile(catalog, id, observed, events);
      const hadRegion = Boolean(profile.sources[region]);
      profile.sources[region] = observed.destinations;
      if (!hadRegion && !events.added.has(id) && !events.returned.has(id)) events.regionsAdded.add(id, region);
    }
  }
  return events;
}

function reviveOrCreateProfile(catalog: Catalog, id: string, observed: ObservedProfile, events: Events): Profile {
  const retired = catalog.retired[id];
  if (retired) {
    delete catalog.retired[id];
    events.returned.add(id);
  } else {
    events.added.add(id);
  }
  const profile: Profile = { name: observed.name, geo: geoOf(id), models: observed.models as Profile['models'], sources: {}, history: retired?.history ?? [] };
  catalog.profiles[id] = profile;
  return profile;
}

/** Entry-wide fields come from the alphabetically first region that listed the entry in this sync, so the result is deterministic. */
function refreshFields(catalog: Catalog, observations: readonly RegionObservation[]): void {
  const seenModels = new Set<string>();
  const seenProfiles = new Set<string>();
  for (const observation of observations) {
    for (const [id, observed] of observation.models) {
      if (seenModels.has(id)) continue;
      seenModels.add(id);
      Object.assign(catalog.models[id]!, {
        provider: observed.provider,
        name: observed.name,
        inputModalities: observed.inputModalities,
        outputModalities: observed.outputModalities,
        streaming: observed.streaming,
        customizations: observed.customizations,
      });
    }
    for (const [id, observed] of observation.profiles) {
      if (seenProfiles.has(id)) continue;
      seenProfiles.add(id);
      Object.assign(catalog.profiles[id]!, { name: observed.name, models: observed.models as Profile['models'] });
    }
  }
}

function recordModelHistory(catalog: Catalog, changes: Changes, date: string, events: Events): void {
  for (const id of [...events.added].sort()) {
    const model = catalog.models[id]!;
    const regions = Object.keys(model.regions).sort();
    model.history.push({ date, change: 'added', regions });
    changes.addedModels.push({ id, provider: model.provider, name: model.name, regions });
  }
  for (const id of [...events.returned].sort()) {
    const regions = Object.keys(catalog.models[id]!.regions).sort();
    catalog.models[id]!.history.push({ date, change: 'returned', regions });
    changes.returnedModels.push({ id, regions });
  }
  for (const [id, regions] of events.regionsAdded.entries()) {
    catalog.models[id]!.history.push({ date, change: 'regions-added', regions });
    changes.regionsAdded.push({ id, regions });
  }
  for (const [id, regions] of events.regionsRemoved.entries()) {
    const model = catalog.models[id];
    if (!model || Object.keys(model.regions).length === 0) continue; // retired below instead
    model.history.push({ date, change: 'regions-removed', regions });
    changes.regionsRemoved.push({ id, regions });
  }
  for (const [key, regions] of events.lifecycle.entries()) {
    const [id, status] = key.split('\u0000') as [string, 'ACTIVE' | 'LEGACY'];
    const model = catalog.models[id]!;
    model.history.push({ date, change: 'lifecycle', status, regions });
    changes.lifecycle.push({ id, status, regions, lifecycle: model.regions[regions[0]!]!.lifecycle! });
  }
  for (const [key, regions] of events.inferenceTypes.entries()) {
    const [id, types] = key.split('\u0000') as [string, string];
    const inferenceTypes = types === '' ? [] : types.split(',');
    catalog.models[id]!.history.push({ date, change: 'inference-types', inferenceTypes, regions });
    changes.inferenceTypes.push({ id, inferenceTypes, regions });
  }
}

function recordProfileHistory(catalog: Catalog, changes: Changes, date: string, events: Events): void {
  for (const id of [...events.added, ...events.returned].sort()) {
    const profile = catalog.profiles[id]!;
    const regions = Object.keys(profile.sources).sort();
    profile.history.push({ date, change: events.added.has(id) ? 'added' : 'returned', regions });
    changes.addedProfiles.push({ id, name: profile.name, regions });
  }
  for (const [id, regions] of events.regionsAdded.entries()) {
    catalog.profiles[id]!.history.push({ date, change: 'regions-added', regions });
    changes.profileRegionsAdded.push({ id, regions });
  }
  for (const [id, regions] of events.regionsRemoved.entries()) {
    const profile = catalog.profiles[id];
    if (!profile || Object.keys(profile.sources).length === 0) continue;
    profile.history.push({ date, change: 'regions-removed', regions });
    changes.profileRegionsRemoved.push({ id, regions });
  }
}

function retireVanished(catalog: Catalog, changes: Changes, date: string, before: Snapshot): void {
  const lastSeenOf = (regions: readonly string[]): string | null =>
    regions
      .map((region) => before.lastSynced.get(region))
      .filter((value): value is string => Boolean(value))
      .sort()
      .at(-1) ?? null;
  for (const id of Object.keys(catalog.models).sort()) {
    const model = catalog.models[id]!;
    const regions = before.modelRegions.get(id) ?? [];
    if (Object.keys(model.regions).length > 0 || regions.length === 0) continue;
    const entry: RetiredEntry = {
      kind: 'model',
      provider: model.provider,
      name: model.name,
      lastSeen: lastSeenOf(regions),
      retired: date,
      regions,
      history: [...model.history, { date, change: 'retired', regions }],
    };
    const lifecycle = before.lifecycles.get(id);
    if (lifecycle) entry.lifecycle = lifecycle;
    if (model.replacement) entry.replacement = model.replacement;
    if (model.notes) entry.notes = model.notes;
    catalog.retired[id] = entry;
    delete catalog.models[id];
    changes.retiredModels.push({ id, name: model.name, regions });
  }
  for (const id of Object.keys(catalog.profiles).sort()) {
    const profile = catalog.profiles[id]!;
    const regions = before.profileRegions.get(id) ?? [];
    if (Object.keys(profile.sources).length > 0 || regions.length === 0) continue;
    catalog.retired[id] = {
      kind: 'profile',
      name: profile.name,
      lastSeen: lastSeenOf(regions),
      retired: date,
      regions,
      history: [...profile.history, { date, change: 'retired', regions }],
    };
    delete catalog.profiles[id];
    changes.retiredProfiles.push({ id, name: profile.name, regions });
  }
}
