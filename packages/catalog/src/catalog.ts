import { parseBedrockArn, type BedrockArn } from './arn.js';
import type { Catalog, HistoryEvent, Lifecycle, Model, Profile, RetiredEntry } from './generated/catalog-types.js';
import { splitGeoPrefix, stripContextVariant } from './ids.js';
import { compareStages, dateOf, stageOn, type LifecycleStage } from './lifecycle.js';
import { getBundledCatalogData } from './load.js';
import { NearMatchIndex, nearMatches, toCandidate } from './near.js';

/** What a string names, once ARNs, geo prefixes and context variants are read. */
export type Resolution =
  | { kind: 'model'; input: string; id: string; model: Model; arn: BedrockArn | null; contextVariant: string | null }
  | { kind: 'profile'; input: string; id: string; profile: Profile; arn: BedrockArn | null }
  | { kind: 'retired'; input: string; id: string; retired: RetiredEntry; arn: BedrockArn | null; contextVariant: string | null }
  /** Application-inference-profile, provisioned, custom and imported model ARNs: account-owned, so never judged. */
  | { kind: 'opaque'; input: string; arn: BedrockArn }
  | { kind: 'unknown'; input: string; id: string; arn: BedrockArn | null; contextVariant: string | null };

/** Whether a region offers an ID, as far as the catalog knows. */
export type Availability =
  /** The region was not polled: nothing can be said. */
  | { status: 'unknown-region' }
  | { status: 'absent' }
  /** `inferenceTypes` null: offered, but how is not known. */
  | { status: 'offered'; inferenceTypes: readonly string[] | null; stale: boolean };

/** The two Bedrock inference endpoints: the AWS SDK's bedrock-runtime and the OpenAI-compatible bedrock-mantle. */
export type Endpoint = 'bedrock-runtime' | 'bedrock-mantle';

/** Options of {@link BedrockCatalog.availability}. */
export interface AvailabilityOptions {
  /**
   * The endpoint the call goes to. Without it, bedrock-runtime as before, silent on models only bedrock-mantle
   * serves; with it, a model the other endpoint serves only is `absent` where the region's answers are known.
   */
  endpoint?: Endpoint;
}

/** A model withdrawn from a region while still offered elsewhere, as the catalog's history records it. */
export interface Withdrawal {
  id: string;
  region: string;
  /** The first sync date the region no longer listed it. */
  withdrawn: string;
  /** The last recorded sync date before that, when the region still listed it; null when the history does not say. */
  lastListed: string | null;
  /** Where it is still offered (sorted). */
  offeredIn: string[];
  /** The recommended replacement, if one is known. */
  replacement: string | null;
}

/** A model's lifecycle on a date, and where that fact comes from. */
export interface LifecycleReport {
  stage: LifecycleStage;
  /** The lifecycle record judged; null for retired IDs the API never gave one for. */
  lifecycle: Lifecycle | null;
  /** The region whose record was judged; null when judged over every region that has one. */
  region: string | null;
  /** The retirement record, for stage `RETIRED`. */
  retired: RetiredEntry | null;
  /** A recommended replacement ID, if one is known. */
  replacement: string | null;
}

/** Options of {@link BedrockCatalog.lifecycle}. */
export interface LifecycleOptions {
  /** `YYYY-MM-DD` to judge at; default: the catalog's `generatedAt` date. */
  date?: string;
  /** Judge this region's record when it has one. */
  region?: string;
}

const indexes = new WeakMap<Catalog, BedrockCatalog>();

/**
 * The typed view of a catalog. Builds its indexes once (O(n)); every lookup after that is O(1),
 * except {@link BedrockCatalog.nearMatches}, which scans the candidate list.
 */
export class BedrockCatalog {
  /** The catalog shipped with this package. */
  static bundled(): BedrockCatalog {
    return BedrockCatalog.of(getBundledCatalogData());
  }

  /** One shared index per catalog object. */
  static of(data: Catalog): BedrockCatalog {
    let index = indexes.get(data);
    if (!index) {
      index = new BedrockCatalog(data);
      indexes.set(data, index);
    }
    return index;
  }

  readonly data: Catalog;
  /** Providers (the part of a model ID before the first dot) of every model, live or retired. */
  readonly providers: ReadonlySet<string>;
  private readonly profilesByModel = new Map<string, string[]>();
  private readonly observedGeos = new Set<string>();
  private candidates: NearMatchIndex | undefined;

  constructor(data: Catalog) {
    this.data = data;
    const providers = new Set<string>();
    for (const id of [...Object.keys(data.models), ...Object.keys(data.retired)]) {
      const modelId = splitGeoPrefix(id)?.modelId ?? id;
      providers.add(modelId.slice(0, modelId.indexOf('.')));
    }
    this.providers = providers;
    for (const id of [...Object.keys(data.profiles), ...Object.keys(data.retired)]) {
      const geo = splitGeoPrefix(id)?.geo;
      if (geo !== undefined) this.observedGeos.add(geo);
    }
    for (const [profileId, profile] of Object.entries(data.profiles)) {
      for (const modelId of profile.models) {
        const list = this.profilesByModel.get(modelId) ?? [];
        list.push(profileId);
        this.profilesByModel.set(modelId, list);
      }
    }
  }

  /**
   * `YYYY-MM-DD` the catalog's data is current to (its `currentTo`: the newer of the newest observation and
   * the day its documented facts were last checked; else the day of `generatedAt`): the default date
   * lifecycle is judged at.
   */
  get date(): string {
    return this.data.currentTo ?? dateOf(this.data.generatedAt);
  }

  model(id: string): Model | undefined {
    return Object.hasOwn(this.data.models, id) ? this.data.models[id] : undefined;
  }

  profile(id: string): Profile | undefined {
    return Object.hasOwn(this.data.profiles, id) ? this.data.profiles[id] : undefined;
  }

  retired(id: string): RetiredEntry | undefined {
    return Object.hasOwn(this.data.retired, id) ? this.data.retired[id] : undefined;
  }

  /** Whether the sync polled this region (so absence from it means something). */
  knowsRegion(region: string): boolean {
    return Object.hasOwn(this.data.regions, region);
  }

  /**
   * Whether the catalog has seen any system profile (live or retired) of this geography, the only evidence
   * that its profiles were ever listed: of a geography it has not (GovCloud's `us-gov.` today), the absence
   * of a profile means nothing.
   */
  knowsGeo(geo: string): boolean {
    return this.observedGeos.has(geo);
  }

  /**
   * Reads a model ID, profile ID or model-bearing ARN. Returns null for strings that are not one
   * (including non-model Bedrock ARNs such as guardrails).
   */
  resolve(input: string): Resolution | null {
    let arn: BedrockArn | null = null;
    let id = input;
    if (input.startsWith('arn:')) {
      arn = parseBedrockArn(input);
      if (!arn) return null;
      if (arn.catalogId === null) return { kind: 'opaque', input, arn };
      id = arn.catalogId;
    }
    const model = this.model(id);
    if (model) return { kind: 'model', input, id, model, arn, contextVariant: null };
    const profile = this.profile(id);
    if (profile) return { kind: 'profile', input, id, profile, arn };
    const retired = this.retired(id);
    if (retired) return { kind: 'retired', input, id, retired, arn, contextVariant: null };
    const { base, variant } = stripContextVariant(id);
    if (variant !== null) {
      const baseModel = this.model(base);
      if (baseModel) return { kind: 'model', input, id: base, model: baseModel, arn, contextVariant: variant };
      const baseRetired = this.retired(base);
      if (baseRetired) return { kind: 'retired', input, id: base, retired: baseRetired, arn, contextVariant: variant };
    }
    return { kind: 'unknown', input, id, arn, contextVariant: variant };
  }

  /** The regions where a model is offered, or where a profile may be called from; sorted. */
  regionsOffering(id: string): string[] {
    const model = this.model(id);
    if (model) return Object.keys(model.regions).sort();
    const profile = this.profile(id);
    if (profile) return Object.keys(profile.sources).sort();
    return [];
  }

  /**
   * Whether `region` offers a model or profile ID, and with which inference types. An entry known only from
   * documentation (not listed by the API yet) is `unknown-region` wherever the documents do not place it.
   */
  availability(id: string, region: string, options: AvailabilityOptions = {}): Availability {
    if (options.endpoint === 'bedrock-mantle') return this.mantleAvailability(id, region);
    const model = this.model(id);
    const documentedHere = model?.regions[region]?.documented?.fields.includes('offered') === true;
    if (!this.knowsRegion(region) && !documentedHere) return { status: 'unknown-region' };
    const stale = this.data.regions[region]?.stale === true;
    if (model) {
      if (model.endpoints && !model.endpoints.includes('bedrock-runtime')) {
        // ListFoundationModels never lists a model only bedrock-mantle serves: silent unless the caller names the endpoint.
        return options.endpoint === 'bedrock-runtime' && this.knowsRegion(region) && !model.documented ? { status: 'absent' } : { status: 'unknown-region' };
      }
      const entry = model.regions[region];
      if (entry) return { status: 'offered', inferenceTypes: entry.inferenceTypes, stale };
      return model.documented ? { status: 'unknown-region' } : { status: 'absent' };
    }
    const profile = this.profile(id);
    if (profile && Object.hasOwn(profile.sources, region)) return { status: 'offered', inferenceTypes: null, stale };
    if (profile?.documented) return { status: 'unknown-region' };
    return { status: 'absent' };
  }

  private mantleRegionSet: Set<string> | undefined;

  /** Regions some bedrock-mantle listing answered for: there, a model it does not list is absent from mantle. */
  private mantleRegions(): Set<string> {
    this.mantleRegionSet ??= new Set(Object.values(this.data.models).flatMap((model) => model.mantle?.regions ?? []));
    return this.mantleRegionSet;
  }

  private mantleAvailability(id: string, region: string): Availability {
    const model = this.model(id);
    // Profiles are a bedrock-runtime concept, and a region no mantle listing answered for says nothing.
    if (!model || !this.mantleRegions().has(region)) return { status: 'unknown-region' };
    if (model.mantle) return model.mantle.regions.includes(region) ? { status: 'offered', inferenceTypes: null, stale: false } : { status: 'absent' };
    return model.documented ? { status: 'unknown-region' } : { status: 'absent' };
  }

  /**
   * The endpoints that serve `id` in `region`, sorted; null when neither endpoint's answer for the region is
   * known. A model only one endpoint serves there is what a call to the other needs to hear.
   */
  endpointsOf(id: string, region: string): Endpoint[] | null {
    const runtime = this.availability(id, region, { endpoint: 'bedrock-runtime' }).status;
    const mantle = this.availability(id, region, { endpoint: 'bedrock-mantle' }).status;
    if (runtime === 'unknown-region' && mantle === 'unknown-region') return null;
    const endpoints: Endpoint[] = [];
    if (runtime === 'offered') endpoints.push('bedrock-runtime');
    if (mantle === 'offered') endpoints.push('bedrock-mantle');
    // One endpoint unknown and the other absent says nothing either way.
    if (endpoints.length === 0 && (runtime === 'unknown-region' || mantle === 'unknown-region')) return null;
    return endpoints.sort();
  }

  /** The dated changes the sync recorded for a model or profile, live or retired, oldest first. */
  history(id: string): readonly HistoryEvent[] {
    return this.model(id)?.history ?? this.profile(id)?.history ?? this.retired(id)?.history ?? [];
  }

  private syncDates: string[] | undefined;

  /** Every date the catalog records a change on, sorted: the syncs that found something. */
  private changeDates(): string[] {
    if (!this.syncDates) {
      const dates = new Set<string>([dateOf(this.data.generatedAt)]);
      for (const entry of [...Object.values(this.data.models), ...Object.values(this.data.profiles), ...Object.values(this.data.retired)]) {
        for (const event of entry.history ?? []) dates.add(event.date);
      }
      this.syncDates = [...dates].sort();
    }
    return this.syncDates;
  }

  /**
   * Whether the history records that `region` stopped listing model or profile `id` while it is still offered
   * elsewhere (and not offered in `region` again since); null otherwise, and for regions the catalog never polled.
   */
  withdrawal(id: string, region: string): Withdrawal | null {
    if (!this.knowsRegion(region) || this.availability(id, region).status !== 'absent') return null;
    const offeredIn = this.regionsOffering(id);
    if (offeredIn.length === 0) return null;
    let withdrawn: string | null = null;
    for (const event of this.history(id)) {
      if (!event.regions?.includes(region)) continue;
      if (event.change === 'regions-removed') withdrawn = event.date;
      else if (event.change === 'added' || event.change === 'regions-added' || event.change === 'returned') withdrawn = null;
    }
    if (withdrawn === null) return null;
    const lastListed =
      this.changeDates()
        .filter((date) => date < withdrawn)
        .at(-1) ?? null;
    return { id, region, withdrawn, lastListed, offeredIn, replacement: this.replacementFor(id) };
  }

  /** The inference types a model has in a region; null when unknown (region not polled, or the data does not say). */
  inferenceTypes(modelId: string, region: string): readonly string[] | null {
    const availability = this.availability(modelId, region);
    if (availability.status === 'unknown-region') return null;
    if (availability.status === 'absent') return [];
    return availability.inferenceTypes;
  }

  /**
   * System-defined profiles that route to `modelId` and may be called from `region`:
   * the region's own geography first, then other geographies, then `global.`.
   */
  profilesReaching(modelId: string, region: string): string[] {
    const home = this.data.regions[region]?.geo ?? null;
    const rank = (profileId: string): number => {
      const geo = this.data.profiles[profileId]!.geo;
      return geo === home ? 0 : geo === 'global' ? 2 : 1;
    };
    return (this.profilesByModel.get(modelId) ?? [])
      .filter((profileId) => Object.hasOwn(this.data.profiles[profileId]!.sources, region))
      .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  }

  /** Every system-defined profile that routes to `modelId`. */
  profilesFor(modelId: string): readonly string[] {
    return this.profilesByModel.get(modelId) ?? [];
  }

  /**
   * The lifecycle of a model, profile or retired ID on a date. With a region, that region's record
   * when it has one; otherwise the least advanced stage over the regions that have a record, so that
   * one region's news never condemns the others. null when nothing is known.
   */
  lifecycle(id: string, options: LifecycleOptions = {}): LifecycleReport | null {
    const date = options.date ?? this.date;
    const retired = this.retired(id);
    if (retired?.documented) return this.documentedRetirement(id, retired, date, options.region);
    if (retired) {
      return { stage: 'RETIRED', lifecycle: retired.lifecycle ?? null, region: null, retired, replacement: this.liveReplacement(retired.replacement) };
    }
    const profile = this.profile(id);
    const modelIds = profile ? profile.models : [id];
    let best: LifecycleReport | null = null;
    for (const modelId of modelIds) {
      const report = this.modelLifecycle(modelId, date, options.region);
      if (report && (!best || compareStages(report.stage, best.stage) < 0)) best = report;
    }
    if (best && profile) best = { ...best, replacement: this.replacementFor(id) };
    if (!best && profile) {
      // AWS keeps listing some profiles after the models they route to are gone (observed for us.meta.llama3-2-*).
      const retiredModels = profile.models.map((modelId) => this.retired(modelId));
      const retiredModel = retiredModels[0];
      if (retiredModel && retiredModels.every(Boolean))
        return { stage: 'RETIRED', lifecycle: retiredModel.lifecycle ?? null, region: null, retired: retiredModel, replacement: this.replacementFor(id) };
    }
    return best;
  }

  /**
   * An entry retired by a document (its end of life passed by the catalog's date) while the API may still list
   * it: before the retirement date it is judged as the API last gave it; from then on it is past its end of
   * life when the date is known, else retired.
   */
  private documentedRetirement(id: string, retired: RetiredEntry, date: string, region: string | undefined): LifecycleReport | null {
    const replacement = this.replacementFor(id);
    if (retired.retired && date < retired.retired && retired.observed) {
      const observed = retired.kind === 'model' ? this.lifecycleOf(retired.observed as Model, date, region) : null;
      if (observed) return { ...observed, replacement };
    }
    const endOfLife = retired.lifecycle?.endOfLife;
    const stage = endOfLife && dateOf(endOfLife) <= date ? 'PAST_END_OF_LIFE' : 'RETIRED';
    return { stage, lifecycle: retired.lifecycle ?? null, region: null, retired, replacement };
  }

  private modelLifecycle(modelId: string, date: string, region: string | undefined): LifecycleReport | null {
    const model = this.model(modelId);
    return model ? this.lifecycleOf(model, date, region) : null;
  }

  private lifecycleOf(model: Model, date: string, region: string | undefined): LifecycleReport | null {
    const replacement = this.liveReplacement(model.replacement);
    const regional = region === undefined ? undefined : model.regions[region]?.lifecycle;
    if (regional && region !== undefined) return { stage: stageOn(regional, date), lifecycle: regional, region, retired: null, replacement };
    let best: LifecycleReport | null = null;
    for (const entry of Object.values(model.regions)) {
      if (!entry.lifecycle) continue;
      const stage = stageOn(entry.lifecycle, date);
      if (!best || compareStages(stage, best.stage) < 0) best = { stage, lifecycle: entry.lifecycle, region: null, retired: null, replacement };
    }
    return best;
  }

  /**
   * The recommended replacement of an ID. For a profile, the same geography's profile of the
   * replacement model when one exists, else the replacement model itself.
   */
  replacementFor(id: string): string | null {
    const direct = this.liveReplacement(this.model(id)?.replacement ?? this.retired(id)?.replacement);
    if (direct) return direct;
    const split = splitGeoPrefix(id);
    if (!split) return null;
    const modelReplacement = this.liveReplacement(this.model(split.modelId)?.replacement ?? this.retired(split.modelId)?.replacement);
    if (!modelReplacement) return null;
    const sameGeo = `${split.geo}.${modelReplacement}`;
    return this.profile(sameGeo) ? sameGeo : modelReplacement;
  }

  /**
   * Follows a replacement through retired IDs to a live model or profile; null when the chain ends nowhere
   * live (a replacement can itself reach its end of life after it was recommended).
   */
  private liveReplacement(start: string | undefined): string | null {
    const seen = new Set<string>();
    for (let current = start; current !== undefined && !seen.has(current); current = this.retired(current)?.replacement) {
      if (this.model(current) || this.profile(current)) return current;
      seen.add(current);
    }
    return null;
  }

  /**
   * Up to `limit` IDs closest to `input`, by a distance that understands the ID grammar: live IDs, and IDs a
   * document retired at the catalog's date while the API may still list them (a typo of one means that model,
   * whose end of life the caller then hears about).
   */
  nearMatches(input: string, limit = 3): string[] {
    this.candidates ??= new NearMatchIndex(
      [
        ...Object.keys(this.data.models),
        ...Object.keys(this.data.profiles),
        ...Object.keys(this.data.retired).filter((id) => this.data.retired[id]!.documented && this.data.retired[id]!.observed),
      ]
        .sort()
        .map(toCandidate),
    );
    return nearMatches(input, this.candidates, limit);
  }
}
