/** One model reference as code (or a configuration file) states it: what the judge is asked about. */
export interface ModelReference {
  /** A model ID, profile ID or model-bearing ARN, as written (URL-decoded, without `bedrock:`-style prefixes). */
  value: string;
  /** The regions the call runs in; empty or absent when unknown (the region checks then stay silent). */
  regions?: readonly string[];
  /**
   * Where `regions` came from. `code`: the call site states them (a client's `region`, wrapper options,
   * a URL's host). `settings`: the user's configured defaults. Only a region stated by the code can
   * contradict the region inside an ARN.
   */
  regionSource?: 'code' | 'settings';
  /**
   * Whether the value is passed to an on-demand runtime call (InvokeModel, Converse, a wrapper's model
   * factory). Only then is a Provisioned Throughput context variant or a foundation-model ARN of a
   * profile-only model a mistake; elsewhere (IAM policies, provisioning code) those are legitimate.
   */
  onDemand?: boolean;
  /** The endpoint the call goes to; absent: bedrock-runtime, the SDK's and most wrappers'. */
  endpoint?: 'bedrock-runtime' | 'bedrock-mantle';
  /**
   * `no-unsupported-model-operation` reports this call as one bedrock-runtime rejects because only bedrock-mantle
   * serves the model: the region judgement leaves the fact to it (one fact, one finding).
   */
  endpointJudged?: boolean;
}

/** How to judge. */
export interface JudgeOptions {
  /** `YYYY-MM-DD` to judge lifecycle at; default: the catalog's own date (never the wall clock). */
  date?: string;
  /** IDs to accept as known although the catalog does not list them (new or private models). */
  allow?: ReadonlySet<string>;
  /** Report ACTIVE models whose announced end of life is at most this many days after `date`; default: never. */
  warnDaysBeforeEndOfLife?: number;
}

/**
 * Why an ID is not a usable catalog ID.
 * - `unknown`: no such model, profile or retired ID (a typo, a wrong version suffix, a made-up name).
 * - `anthropic-api-name`: an Anthropic API model name (`claude-3-5-haiku-20241022`) where Bedrock needs its own ID.
 * - `vertex-name`: a Vertex AI style name (`claude-haiku-4-5@20251001`).
 * - `region-in-id`: a region glued to the ID (`us-east-1/anthropic.claude-…`); the region belongs to the client.
 * - `no-such-profile`: a real model behind a geo prefix it has no profile for (`eu.amazon.titan-embed-text-v2:0`).
 * - `context-variant`: a Provisioned Throughput context variant (`…:200k`) in an on-demand call.
 */
export type UnknownReason = 'unknown' | 'anthropic-api-name' | 'vertex-name' | 'region-in-id' | 'no-such-profile' | 'context-variant';

/** The value names nothing the catalog can judge, or nothing an on-demand call accepts. */
export interface UnknownFinding {
  type: 'unknown';
  reason: UnknownReason;
  /** The value as given. */
  value: string;
  /** The ID read from it (the resource of an ARN). */
  id: string;
  /** For `no-such-profile`: the model behind the prefix; for `context-variant`: the base model. */
  modelId: string | null;
  /** For `no-such-profile`: the geo prefix used. */
  geo: string | null;
  /** For `context-variant`: the variant (`200k`). */
  variant: string | null;
  /** Catalog IDs to use instead, best first (at most 3). */
  suggestions: string[];
}

/** Lifecycle stages worth a finding. `END_OF_LIFE_SOON`: ACTIVE, with an announced end of life within the warning window. */
export type LifecycleFindingStage = 'LEGACY' | 'PAST_END_OF_LIFE' | 'RETIRED' | 'END_OF_LIFE_SOON';

/** The value names a model (or a profile of one) that is LEGACY, past its end of life, retired, or about to end. */
export interface LifecycleFinding {
  type: 'lifecycle';
  stage: LifecycleFindingStage;
  /** The catalog ID judged. */
  id: string;
  /** The region whose record was judged; null when judged over every region. */
  region: string | null;
  /** `YYYY-MM-DD` dates from the lifecycle record; null when not announced. */
  legacy: string | null;
  extendedAccess: string | null;
  endOfLife: string | null;
  /** For `RETIRED`: when it stopped being listed, and when it was last seen (null when unknown). */
  retired: string | null;
  lastSeen: string | null;
  /** Days from the judging date to `endOfLife`; null without an end-of-life date. Negative when past. */
  daysToEndOfLife: number | null;
  /** The judging date. */
  date: string;
  /** IDs to move to, best first: the recommended replacement, or the profiles that reach it where it needs one. */
  replacements: string[];
}

/** A cross-region inference profile offered as an alternative. */
export interface ProfileChoice {
  id: string;
  geo: string;
  /** Whether the profile keeps requests inside the caller's geography (every prefix except `global.`). */
  inGeo: boolean;
  /** Where requests from the caller's region may be routed; `['*']`: every commercial region. */
  destinations: string[];
}

/**
 * The value is not usable in a region the call runs in.
 * - `not-offered`: the model (or profile) is not offered there.
 * - `profile-not-callable`: a profile that cannot be called from that region (a geo mismatch such as `eu.` from
 *   us-east-1, or a region missing from the profile's source regions).
 * - `arn-region-mismatch`: an ARN naming another region than the client's.
 */
export interface RegionFinding {
  type: 'region';
  /**
   * `withdrawn`: the catalog's history records that the region stopped listing it while it is offered elsewhere;
   * `mantle-only`: an on-demand bedrock-runtime call to a name only the bedrock-mantle endpoint serves.
   * `not-on-mantle`: a bedrock-mantle call to a model that endpoint does not serve in the region.
   */
  reason: 'not-offered' | 'withdrawn' | 'mantle-only' | 'not-on-mantle' | 'profile-not-callable' | 'arn-region-mismatch';
  /** The catalog ID judged (for an opaque ARN, the ARN). */
  id: string;
  kind: 'model' | 'profile' | 'opaque';
  /** The region the call runs in. */
  region: string;
  /** The region's own geo prefix (`us`, `eu`, …); null when it has none or is unknown. */
  regionGeo: string | null;
  /** For a profile: its geo prefix. */
  geo: string | null;
  /** For `arn-region-mismatch`: the ARN's region. */
  arnRegion: string | null;
  /** Where the model is offered, or where the profile may be called from; sorted. */
  offeredIn: string[];
  /** Profiles callable from `region` that reach the model: in-geo first, then `global.`. */
  profiles: ProfileChoice[];
  /** Replacement values, best first: a profile callable from `region`, or the ARN rewritten for `region`. */
  suggestions: string[];
  /** For `withdrawn`: the first sync date the region no longer listed it, and the last recorded one before (null: unknown). */
  withdrawal?: { withdrawn: string; lastListed: string | null };
  /** For `mantle-only`: the regions where bedrock-mantle serves the name (sorted; empty when unknown). */
  mantleRegions?: string[];
}

/** The value is a base model ID that `region` offers only through inference profiles. */
export interface InferenceProfileFinding {
  type: 'inference-profile';
  id: string;
  region: string;
  /** What the region offers for the model (for example `['INFERENCE_PROFILE']`). */
  inferenceTypes: readonly string[];
  /** Profiles callable from `region` that reach the model: in-geo first, then `global.`. */
  profiles: ProfileChoice[];
}

export type Finding = UnknownFinding | LifecycleFinding | RegionFinding | InferenceProfileFinding;
