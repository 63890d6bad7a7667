// Generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`.

/**
 * The moment of the observations behind the newest change the sync found (the sync's --as-of): when the observed data last changed.
 */
export type Timestamp = string;
/**
 * The date the data is current to: the newer of the newest API observation (generatedAt) and the day the documented facts were last checked against their sources. Lint rules judge lifecycle at this date unless told otherwise. Absent: the date of generatedAt.
 */
export type IsoDate = string;
/**
 * Geography prefix of a cross-region inference profile.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "geo".
 */
export type Geo = 'us' | 'eu' | 'apac' | 'jp' | 'au' | 'ca' | 'in' | 'us-gov' | 'global';
/**
 * When this region's answer was last taken in.
 */
export type Timestamp1 = string;
/**
 * Model IDs ListFoundationModels returns here.
 */
export type IdList = string[];
/**
 * Profile IDs ListInferenceProfiles returns here (where they may be called from).
 */
export type IdList1 = string[];
/**
 * When the listing last changed (the probing sync's --as-of).
 */
export type Timestamp2 = string;
/**
 * How a model can be invoked in a region. ON_DEMAND: by its model ID. PROVISIONED: only through Provisioned Throughput. INFERENCE_PROFILE: only through an inference profile. The API documents the first two; the third is observed in real answers.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "inferenceType".
 */
export type InferenceType = string;
/**
 * RFC 3339 UTC timestamp, seconds precision.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "timestamp".
 */
export type Timestamp3 = string;
/**
 * RFC 3339 UTC timestamp, seconds precision.
 */
export type Timestamp4 = string;
/**
 * RFC 3339 UTC timestamp, seconds precision.
 */
export type Timestamp5 = string;
/**
 * RFC 3339 UTC timestamp, seconds precision.
 */
export type Timestamp6 = string;
/**
 * Calendar date (UTC).
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "date".
 */
export type IsoDate1 = string;
/**
 * The recommended replacement (hand-curated; see overrides.json).
 */
export type AnyIdString = ModelIdString | ProfileIdString;
/**
 * A foundation-model ID: provider, a dot, then the model name and version.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "modelId".
 */
export type ModelIdString = string;
/**
 * A system-defined inference profile ID: a geo prefix, a dot, a model ID.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "profileId".
 */
export type ProfileIdString = string;
/**
 * An AWS region code.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "region".
 */
export type Region = string;
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "history".
 */
export type History = HistoryEvent[];
/**
 * Calendar date (UTC).
 */
export type IsoDate2 = string;
/**
 * A foundation-model ID: provider, a dot, then the model name and version.
 */
export type ModelIdString1 = string;
/**
 * Calendar date (UTC).
 */
export type IsoDate3 = string;
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "anyId".
 */
export type AnyIdString1 = ModelIdString | ProfileIdString;
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "idList".
 */
export type IdList2 = string[];

/**
 * Every Amazon Bedrock foundation-model ID and system-defined inference profile, by region, with lifecycle and history. Written only by the sync (scripts/sync-catalog.ts). A field that is null means the fact is unknown: consumers must not guess it.
 */
export interface Catalog {
  /**
   * Optional pointer to this schema.
   */
  $schema?: string;
  /**
   * Major version of this shape. A change here is a major release of @bedrock-models/catalog.
   */
  schemaVersion: 1;
  generatedAt: Timestamp;
  currentTo?: IsoDate;
  /**
   * Where the data came from, in words.
   */
  source: string;
  /**
   * The regions the sync polled. A region absent here is unknown, not unsupported.
   */
  regions: {
    [k: string]: RegionEntry;
  };
  /**
   * Foundation models offered in at least one polled region, keyed by model ID.
   */
  models: {
    [k: string]: Model;
  };
  /**
   * System-defined cross-region inference profiles, keyed by profile ID.
   */
  profiles: {
    [k: string]: Profile;
  };
  /**
   * Model and profile IDs that were offered and are gone. Nothing leaves the catalog silently: removal moves an entry here.
   */
  retired: {
    [k: string]: RetiredEntry;
  };
}
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "regionEntry".
 */
export interface RegionEntry {
  /**
   * The geography prefix of cross-region profiles called from this region; null when it has none of its own.
   */
  geo: null | Geo;
  lastSynced: Timestamp1;
  /**
   * The last sync could not reach this region; its data is from lastSynced.
   */
  stale?: true;
  models: IdList;
  profiles: IdList1;
  /**
   * What bedrock-mantle's GET /v1/models lists in this region, as the sync's opt-in probe last took it in. It supersedes the documented layer's recorded listing for this region. Absent: never probed.
   */
  mantle?: {
    lastSynced: Timestamp2;
    /**
     * The model names the listing holds, sorted.
     */
    models: string[];
  };
}
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "model".
 */
export interface Model {
  provider: string;
  name: string;
  inputModalities: string[];
  outputModalities: string[];
  /**
   * Whether responses can be streamed; null when unknown.
   */
  streaming: null | boolean;
  customizations: string[];
  /**
   * Where the model is served when not on bedrock-runtime (for example the OpenAI-compatible bedrock-mantle endpoint). Absent: bedrock-runtime.
   */
  endpoints?: ('bedrock-runtime' | 'bedrock-mantle')[];
  /**
   * Per region where the model is offered.
   */
  regions: {
    [k: string]: ModelRegion;
  };
  replacement?: AnyIdString;
  notes?: string;
  history: History;
  documented?: Documented;
  mantle?: MantleAvailability;
  runtimeModel?: ModelIdString1;
}
/**
 * What one region offers of a model. null means the data does not say.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "modelRegion".
 */
export interface ModelRegion {
  /**
   * Inference types offered in this region; null when unknown.
   */
  inferenceTypes: null | InferenceType[];
  /**
   * Lifecycle in this region; null when unknown.
   */
  lifecycle: null | Lifecycle;
  /**
   * This region's data could not be refreshed by the last sync and is kept from an earlier one.
   */
  stale?: true;
  documented?: DocumentedRegion;
}
/**
 * Lifecycle of a model in one region, as the API's modelLifecycle reports it.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "lifecycle".
 */
export interface Lifecycle {
  status: 'ACTIVE' | 'LEGACY';
  startOfLife?: Timestamp3;
  legacy?: Timestamp4;
  extendedAccess?: Timestamp5;
  endOfLife?: Timestamp6;
}
/**
 * Which facts of a model's region entry are documented rather than observed.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "documentedRegion".
 */
export interface DocumentedRegion {
  /**
   * offered: the region entry itself (the region is not one the API answered for); inferenceTypes, lifecycle: the field, where the API left it unknown; lifecycle.endOfLife: the end-of-life date added to the API's record.
   *
   * @minItems 1
   */
  fields: [
    'offered' | 'inferenceTypes' | 'lifecycle' | 'lifecycle.endOfLife',
    ...('offered' | 'inferenceTypes' | 'lifecycle' | 'lifecycle.endOfLife')[]
  ];
  source: string;
  date: IsoDate1;
}
/**
 * One dated change the sync observed.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "historyEvent".
 */
export interface HistoryEvent {
  date: IsoDate1;
  change: 'added' | 'regions-added' | 'regions-removed' | 'lifecycle' | 'inference-types' | 'retired' | 'returned';
  regions?: Region[];
  status?: 'ACTIVE' | 'LEGACY';
  inferenceTypes?: InferenceType[];
}
/**
 * The model is known from documentation only: the API has not listed it yet, so its per-region facts are unknown (not absent).
 */
export interface Documented {
  /**
   * A public URL (AWS documentation first; other sources only as corroboration) or a recording's name, with what it says.
   */
  source: string;
  date: IsoDate2;
}
/**
 * Where the OpenAI-compatible bedrock-mantle endpoint serves the model, under this ID.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "mantle".
 */
export interface MantleAvailability {
  /**
   * Regions whose bedrock-mantle /v1/models lists the ID.
   */
  regions: Region[];
  source: string;
  date: IsoDate1;
}
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "profile".
 */
export interface Profile {
  name: string;
  geo: Geo;
  /**
   * @minItems 1
   */
  models: [ModelIdString, ...ModelIdString[]];
  /**
   * Source regions (where the profile may be called) and, for each, the destination regions requests may be routed to. "*" stands for every commercial region (global profiles).
   */
  sources: {
    [k: string]: (Region | '*')[];
  };
  notes?: string;
  history: History;
  documented?: Documented1;
}
/**
 * The profile is known from documentation only: where it may be called from is unknown (sources is empty).
 */
export interface Documented1 {
  /**
   * A public URL (AWS documentation first; other sources only as corroboration) or a recording's name, with what it says.
   */
  source: string;
  date: IsoDate2;
}
/**
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "retiredEntry".
 */
export interface RetiredEntry {
  kind: 'model' | 'profile';
  provider?: string;
  name: string;
  /**
   * The last date an API answer listed it; null when only its retirement is known.
   */
  lastSeen: null | IsoDate1;
  retired?: IsoDate3;
  /**
   * Where it was last offered.
   */
  regions: Region[];
  lifecycle?: Lifecycle1;
  replacement?: AnyIdString1;
  notes?: string;
  /**
   * Where the retirement is known from, when not from a sync.
   */
  evidence?: string;
  history?: History;
  documented?: Documented2;
  /**
   * The entry as the API last gave it, kept so that the next sync can restore it before merging what the API says.
   */
  observed?: Model | Profile;
}
/**
 * Lifecycle of a model in one region, as the API's modelLifecycle reports it.
 */
export interface Lifecycle1 {
  status: 'ACTIVE' | 'LEGACY';
  startOfLife?: Timestamp3;
  legacy?: Timestamp4;
  extendedAccess?: Timestamp5;
  endOfLife?: Timestamp6;
}
/**
 * The retirement is documented (an end of life that has passed by the catalog's currentTo), not observed: the API may still list the entry.
 */
export interface Documented2 {
  /**
   * A public URL (AWS documentation first; other sources only as corroboration) or a recording's name, with what it says.
   */
  source: string;
  date: IsoDate2;
}
/**
 * Where a fact the API has not (or not yet) given comes from: AWS documentation, or a recording of an answer from an endpoint the sync does not poll. An API observation of the same fact supersedes it on the next sync.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "documented".
 */
export interface Documented3 {
  /**
   * A public URL (AWS documentation first; other sources only as corroboration) or a recording's name, with what it says.
   */
  source: string;
  date: IsoDate2;
}
