// The documented-facts layer: what AWS's documentation (and recordings of endpoints the sync does not poll) says
// that the API has not said yet. The sync strips the layer before merging what the API says, and applies it again
// afterwards, so that an API observation of the same fact always supersedes the document and nothing the API said
// is ever overwritten. Pure: no I/O, no clock.
import type { Catalog, DocumentedRegion, Lifecycle, Model, ModelRegion, Profile, RetiredEntry } from '@bedrock-models/catalog';

type Endpoint = 'bedrock-runtime' | 'bedrock-mantle';

/** Where a fact comes from and the date its source documents it. */
export interface Provenance {
  source: string;
  date: string;
}

/** A model the API has not listed yet. */
export interface DocumentedModel extends Provenance {
  provider: string;
  name: string;
  inputModalities?: string[];
  outputModalities?: string[];
  endpoints?: Endpoint[];
  notes?: string;
}

/** A system-defined profile the API has not listed yet; `sources` only where AWS documents them. */
export interface DocumentedProfile extends Provenance {
  name: string;
  models: string[];
  sources?: Record<string, string[]>;
}

/** An ID that was offered before any recording the sync replays, and is gone. */
export interface DocumentedRetirement extends Provenance {
  kind: 'model' | 'profile';
  provider?: string;
  name: string;
  retired?: string;
  lastSeen: string | null;
  regions: string[];
  replacement?: string;
}

/** A documented end-of-life date for a model whose API records carry none. */
export interface DocumentedEndOfLife extends Provenance {
  endOfLife: string;
}

/** Per-region facts: inference types where the API left them unknown, or a region the sync never polled. */
export interface DocumentedRegionFact extends Provenance {
  inferenceTypes: string[] | null;
}

/** A bedrock-mantle `/v1/models` name and the regions that list it. */
export interface MantleName extends Provenance {
  regions: string[];
  /** The same model's bedrock-runtime ID, when the mantle name differs from it. */
  runtimeModel?: string;
  provider?: string;
  name?: string;
}

/** The parsed `documented.json`. */
export interface DocumentedLayer {
  /** The day every fact of the layer was last checked against its sources (`YYYY-MM-DD`). */
  checked: string;
  models: Record<string, DocumentedModel>;
  profiles: Record<string, DocumentedProfile>;
  retired: Record<string, DocumentedRetirement>;
  endOfLife: Record<string, DocumentedEndOfLife>;
  regions: Record<string, Record<string, DocumentedRegionFact>>;
  mantle: Record<string, MantleName>;
}

const SECTIONS = ['models', 'profiles', 'retired', 'endOfLife', 'regions', 'mantle'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function emptyLayer(checked: string): DocumentedLayer {
  return { checked, models: {}, profiles: {}, retired: {}, endOfLife: {}, regions: {}, mantle: {} };
}

function checkProvenance(value: unknown, where: string): void {
  const entry = value as Partial<Provenance> | null;
  if (typeof entry?.source !== 'string' || entry.source.trim() === '') throw new Error(`${where} must say where its facts come from in "source"`);
  if (typeof entry.date !== 'string' || !DATE.test(entry.date)) throw new Error(`${where} must give the date its source documents it in "date" (YYYY-MM-DD)`);
}

/** Checks `documented.json`'s shape, naming the file and the entry at fault. */
export function parseDocumented(text: string, where: string): DocumentedLayer {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: must be a JSON object`);
  const raw = value as Record<string, unknown>;
  for (const key of Object.keys(raw))
    if (key !== '$comment' && key !== 'checked' && !(SECTIONS as readonly string[]).includes(key))
      throw new Error(`${where}: unknown top-level field "${key}"`);
  if (typeof raw.checked !== 'string' || !DATE.test(raw.checked))
    throw new Error(`${where}: "checked" must be the date the facts were last checked (YYYY-MM-DD)`);
  const layer = { ...emptyLayer(raw.checked), ...raw } as DocumentedLayer;
  for (const section of SECTIONS) {
    for (const [id, entry] of Object.entries(layer[section])) {
      if (section === 'regions') {
        for (const [modelId, fact] of Object.entries(entry as Record<string, unknown>)) checkProvenance(fact, `${where}: /regions/${id}/${modelId}`);
      } else {
        checkProvenance(entry, `${where}: /${section}/${id}`);
      }
    }
  }
  return layer;
}

const dayOf = (timestamp: string): string => timestamp.slice(0, 10);
const midnight = (date: string): string => `${date}T00:00:00Z`;
const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Removes every documented fact from `catalog` in place, restoring entries exactly as the API last gave them:
 * what is left is the API-observed part (with the overrides), which the sync merges new observations into.
 */
export function stripDocumented(catalog: Catalog): Catalog {
  delete catalog.currentTo;
  for (const [id, entry] of Object.entries(catalog.retired)) {
    if (!entry.documented) continue;
    delete catalog.retired[id];
    if (!entry.observed) continue;
    if (entry.kind === 'model') catalog.models[id] = entry.observed as Model;
    else catalog.profiles[id] = entry.observed as Profile;
  }
  for (const [id, model] of Object.entries(catalog.models)) {
    if (model.documented) {
      delete catalog.models[id];
      continue;
    }
    delete model.mantle;
    for (const [region, entry] of Object.entries(model.regions)) {
      const marker = entry.documented;
      if (!marker) continue;
      if (marker.fields.includes('offered')) {
        delete model.regions[region];
        continue;
      }
      if (marker.fields.includes('inferenceTypes')) entry.inferenceTypes = null;
      if (marker.fields.includes('lifecycle')) entry.lifecycle = null;
      if (marker.fields.includes('lifecycle.endOfLife') && entry.lifecycle) delete entry.lifecycle.endOfLife;
      delete entry.documented;
    }
  }
  for (const [id, profile] of Object.entries(catalog.profiles)) if (profile.documented) delete catalog.profiles[id];
  return catalog;
}

/** Options of {@link applyDocumented}. */
export interface ApplyOptions {
  /** The newest observation's date (`YYYY-MM-DD`); the catalog is current to the later of it and the layer's check. */
  observedTo: string;
}

/**
 * Applies the layer to a catalog that holds only what the API said (see {@link stripDocumented}), in place.
 * A fact is taken only where the API is silent; then entries whose end of life has passed by the catalog's
 * `currentTo` move to `retired` (keeping the observed entry), and so do profiles whose models are all retired.
 * Returns warnings for facts that no longer fit the data.
 */
export function applyDocumented(catalog: Catalog, layer: DocumentedLayer, options: ApplyOptions): string[] {
  const warnings: string[] = [];
  const currentTo = later(options.observedTo, layer.checked);
  addRetirements(catalog, layer, warnings);
  addModels(catalog, layer, warnings);
  addProfiles(catalog, layer, warnings);
  addMantle(catalog, layer, warnings);
  addRegionFacts(catalog, layer, warnings);
  addEndsOfLife(catalog, layer, warnings);
  retirePastEndOfLife(catalog, currentTo);
  retireOrphanProfiles(catalog, currentTo);
  catalog.currentTo = currentTo;
  return warnings;
}

function isKnown(catalog: Catalog, id: string): boolean {
  return Object.hasOwn(catalog.models, id) || Object.hasOwn(catalog.profiles, id) || Object.hasOwn(catalog.retired, id);
}

function addRetirements(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [id, fact] of Object.entries(layer.retired)) {
    if (Object.hasOwn(catalog.models, id) || Object.hasOwn(catalog.profiles, id)) {
      warnings.push(`documented: /retired/${id} is offered again; the API supersedes the document`);
      continue;
    }
    if (Object.hasOwn(catalog.retired, id)) continue; // an observed retirement (or the overrides') says more
    const entry: RetiredEntry = {
      kind: fact.kind,
      name: fact.name,
      lastSeen: fact.lastSeen,
      regions: [...fact.regions].sort(),
      evidence: fact.source,
      documented: { source: fact.source, date: fact.date },
    };
    if (fact.provider) entry.provider = fact.provider;
    if (fact.retired) entry.retired = fact.retired;
    if (fact.replacement) entry.replacement = fact.replacement;
    catalog.retired[id] = entry;
  }
}

function addModels(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [id, fact] of Object.entries(layer.models)) {
    if (isKnown(catalog, id)) {
      warnings.push(`documented: /models/${id} is known to the API now; the entry can go`);
      continue;
    }
    const model: Model = {
      provider: fact.provider,
      name: fact.name,
      inputModalities: [...(fact.inputModalities ?? [])],
      outputModalities: [...(fact.outputModalities ?? [])],
      streaming: null,
      customizations: [],
      regions: {},
      history: [],
      documented: { source: fact.source, date: fact.date },
    };
    if (fact.endpoints) model.endpoints = [...fact.endpoints].sort();
    if (fact.notes) model.notes = fact.notes;
    catalog.models[id] = model;
  }
}

function geoOf(id: string): Profile['geo'] {
  return (id.startsWith('us-gov.') ? 'us-gov' : id.slice(0, id.indexOf('.'))) as Profile['geo'];
}

function addProfiles(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [id, fact] of Object.entries(layer.profiles)) {
    if (isKnown(catalog, id)) {
      warnings.push(`documented: /profiles/${id} is known to the API now; the entry can go`);
      continue;
    }
    const missing = fact.models.filter((modelId) => !isKnown(catalog, modelId));
    if (missing.length > 0) {
      warnings.push(`documented: /profiles/${id} routes to ${missing.join(', ')}, which the catalog does not have`);
      continue;
    }
    const sources: Record<string, string[]> = {};
    for (const [region, destinations] of Object.entries(fact.sources ?? {})) {
      // A region the API answered for is authoritative: a profile it did not list is not callable there.
      if (!Object.hasOwn(catalog.regions, region)) sources[region] = [...destinations].sort();
    }
    catalog.profiles[id] = {
      name: fact.name,
      geo: geoOf(id),
      models: [...fact.models].sort() as Profile['models'],
      sources,
      history: [],
      documented: { source: fact.source, date: fact.date },
    };
  }
}

function addMantle(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [id, fact] of Object.entries(layer.mantle)) {
    const mantle = { regions: [...fact.regions].sort(), source: fact.source, date: fact.date };
    const existing = Object.hasOwn(catalog.models, id) ? catalog.models[id]! : undefined;
    if (existing) {
      existing.mantle = mantle;
      continue;
    }
    if (Object.hasOwn(catalog.retired, id) || Object.hasOwn(catalog.profiles, id)) continue;
    const runtime = fact.runtimeModel === undefined ? undefined : (catalog.models[fact.runtimeModel] ?? catalog.retired[fact.runtimeModel]);
    if (fact.runtimeModel !== undefined && !runtime) warnings.push(`documented: /mantle/${id}/runtimeModel "${fact.runtimeModel}" is not in the catalog`);
    const provider = fact.provider ?? runtime?.provider;
    const name = fact.name ?? runtime?.name;
    // A name with neither is a runtime ID the API lists (from some snapshot on); the data test checks it is there in the end.
    if (!provider || !name) continue;
    const runtimeModel = runtime && 'inputModalities' in runtime ? runtime : undefined;
    const model: Model = {
      provider,
      name,
      inputModalities: [...(runtimeModel?.inputModalities ?? [])],
      outputModalities: [...(runtimeModel?.outputModalities ?? [])],
      streaming: null,
      customizations: [],
      endpoints: ['bedrock-mantle'],
      regions: {},
      history: [],
      mantle,
      documented: { source: fact.source, date: fact.date },
    };
    if (fact.runtimeModel !== undefined && runtime) model.runtimeModel = fact.runtimeModel;
    catalog.models[id] = model;
  }
}

function markRegion(entry: ModelRegion, field: DocumentedRegion['fields'][number], fact: Provenance): void {
  const fields = new Set(entry.documented?.fields ?? []);
  fields.add(field);
  entry.documented = {
    fields: [...fields].sort() as DocumentedRegion['fields'],
    source: entry.documented ? `${entry.documented.source} | ${fact.source}` : fact.source,
    date: later(entry.documented?.date ?? fact.date, fact.date),
  };
}

function addRegionFacts(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [region, models] of Object.entries(layer.regions)) {
    const polled = Object.hasOwn(catalog.regions, region);
    for (const [id, fact] of Object.entries(models)) {
      const model = Object.hasOwn(catalog.models, id) ? catalog.models[id]! : undefined;
      if (!model) {
        if (!Object.hasOwn(catalog.retired, id)) warnings.push(`documented: /regions/${region}/${id} names a model the catalog does not have`);
        continue;
      }
      const entry = model.regions[region];
      if (entry) {
        // The API's own answer is fresher than any document: fill only what it leaves unknown.
        if (entry.inferenceTypes === null && fact.inferenceTypes !== null) {
          entry.inferenceTypes = [...fact.inferenceTypes].sort();
          markRegion(entry, 'inferenceTypes', fact);
        }
        continue;
      }
      if (polled) {
        warnings.push(`documented: /regions/${region}/${id}: the API does not list ${id} in ${region}; the API supersedes the document`);
        continue;
      }
      const added: ModelRegion = { inferenceTypes: fact.inferenceTypes === null ? null : [...fact.inferenceTypes].sort(), lifecycle: null };
      markRegion(added, 'offered', fact);
      model.regions[region] = added;
    }
  }
}

function addEndsOfLife(catalog: Catalog, layer: DocumentedLayer, warnings: string[]): void {
  for (const [id, fact] of Object.entries(layer.endOfLife)) {
    const model = Object.hasOwn(catalog.models, id) ? catalog.models[id]! : undefined;
    if (!model) {
      if (!Object.hasOwn(catalog.retired, id)) warnings.push(`documented: /endOfLife/${id} names a model the catalog does not have`);
      continue;
    }
    for (const entry of Object.values(model.regions)) {
      if (!entry.lifecycle || entry.lifecycle.endOfLife) continue; // the API's own date stands
      entry.lifecycle.endOfLife = midnight(fact.endOfLife);
      markRegion(entry, 'lifecycle.endOfLife', fact);
    }
  }
}

/** The last day any region the entry was offered in was synced. */
function lastSeen(catalog: Catalog, regions: readonly string[]): string | null {
  return (
    regions
      .map((region) => catalog.regions[region]?.lastSynced)
      .filter((value): value is string => Boolean(value))
      .map(dayOf)
      .sort()
      .at(-1) ?? null
  );
}

/** A model's end of life when every region record that has a lifecycle gives one; the latest of them. */
function endOfLifeEverywhere(model: Model): { lifecycle: Lifecycle; documented: DocumentedRegion | undefined } | null {
  let latest: { lifecycle: Lifecycle; documented: DocumentedRegion | undefined } | null = null;
  for (const region of Object.keys(model.regions).sort()) {
    const entry = model.regions[region]!;
    if (!entry.lifecycle) continue;
    if (!entry.lifecycle.endOfLife) return null;
    if (!latest || entry.lifecycle.endOfLife > latest.lifecycle.endOfLife!) latest = { lifecycle: entry.lifecycle, documented: entry.documented };
  }
  return latest;
}

function retirePastEndOfLife(catalog: Catalog, currentTo: string): void {
  for (const id of Object.keys(catalog.models).sort()) {
    const model = catalog.models[id]!;
    if (model.documented) continue;
    const end = endOfLifeEverywhere(model);
    if (!end || dayOf(end.lifecycle.endOfLife!) > currentTo) continue;
    const regions = Object.keys(model.regions).sort();
    const eol = dayOf(end.lifecycle.endOfLife!);
    const where = end.documented?.fields.includes('lifecycle.endOfLife') ? end.documented.source : "the API's modelLifecycle.endOfLifeTime";
    const observed = structuredClone(model);
    const entry: RetiredEntry = {
      kind: 'model',
      provider: model.provider,
      name: model.name,
      lastSeen: lastSeen(catalog, regions),
      retired: eol,
      regions,
      lifecycle: structuredClone(end.lifecycle),
      history: structuredClone(model.history),
      documented: { source: `end of life ${eol} (${where}), passed by ${currentTo}`, date: end.documented?.date ?? eol },
      observed,
    };
    if (model.replacement) entry.replacement = model.replacement;
    if (model.notes) entry.notes = model.notes;
    catalog.retired[id] = entry;
    delete catalog.models[id];
  }
}

function retireOrphanProfiles(catalog: Catalog, currentTo: string): void {
  for (const id of Object.keys(catalog.profiles).sort()) {
    const profile = catalog.profiles[id]!;
    const retiredModels = profile.models.map((modelId) => (Object.hasOwn(catalog.retired, modelId) ? catalog.retired[modelId]! : undefined));
    if (retiredModels.length === 0 || !retiredModels.every(Boolean)) continue;
    const dates = retiredModels
      .map((entry) => entry!.retired)
      .filter((date): date is string => Boolean(date))
      .sort();
    const regions = Object.keys(profile.sources).sort();
    const entry: RetiredEntry = {
      kind: 'profile',
      name: profile.name,
      lastSeen: lastSeen(catalog, regions),
      regions,
      history: structuredClone(profile.history),
      documented: { source: `every model it routes to is retired (${profile.models.join(', ')}), by ${currentTo}`, date: dates.at(-1) ?? currentTo },
      observed: structuredClone(profile),
    };
    const lifecycle = retiredModels.find((model) => model?.lifecycle?.endOfLife)?.lifecycle;
    if (lifecycle) entry.lifecycle = structuredClone(lifecycle);
    if (dates.length > 0) entry.retired = dates.at(-1)!;
    catalog.retired[id] = entry;
    delete catalog.profiles[id];
  }
}
