/**
 * Where an occurrence stands, which decides the judgements that apply to it (DESIGN.md, "Precision before recall").
 * - `call`: the model argument of a recognised Bedrock call, written there or reaching it through a binding the
 *   tool resolved (a const, an `as const` member, a parameter default, a fallback). Region judgements apply, in the
 *   regions the code states or else in the configured ones.
 * - `region-construct`: a construct that names its own region: a `{ modelId, region }` object, a value under a
 *   region-code key (`{ 'eu-west-1': 'eu.anthropic…' }`), a runtime URL, an ARN. Judged in that region only.
 * - `elsewhere`: an ID-shaped string anywhere else (lookup tables, unions, test data, docs, generated catalogs).
 *   Only the judgements that hold in every region apply, and weak shapes are never reported as unknown.
 */
export type Site = 'call' | 'region-construct' | 'elsewhere';

/** The endpoint a call goes to: bedrock-runtime (the AWS SDK's runtime client and most wrappers) or bedrock-mantle. */
export type Endpoint = 'bedrock-runtime' | 'bedrock-mantle';

/**
 * One model ID found in code or configuration, as the tool that found it saw it: what the judgement is asked about.
 * The ESLint plugin builds these from the AST, the CLI from its text extractors; everything after is shared.
 */
export interface Occurrence {
  /** The ID judged: a model ID, profile ID or model-bearing ARN, URL-decoded. */
  id: string;
  /**
   * How sure the shape is that this is meant as a model ID. `strong`: a call's argument, an ARN, an endpoint path, a
   * geo prefix, a `:N` version, a release date. `weak`: only shaped like one; judged when the catalog knows it,
   * never reported as unknown.
   */
  strength: 'strong' | 'weak';
  site: Site;
  /** Passed to an on-demand runtime call (InvokeModel, Converse, a wrapper's model factory), not to IAM or provisioning. */
  onDemand: boolean;
  /** The regions the code itself states for it (a client's region, a `region` beside it, a region key); empty when none. */
  regions: readonly string[];
  /**
   * The code decides the region at run time around it (a branch guarded by a region test whose regions cannot be
   * told, a geo prefix computed at run time): no region judgement applies.
   */
  regionUnknowable: boolean;
  /** A geo prefix is computed at run time in front of it (`${geo}.anthropic…`): only base model IDs can replace it. */
  dynamicGeo: boolean;
  /** Read from another module's types, not written here: judged only where the code states its region. */
  typed: boolean;
  /** In a generated file (`@generated`, `DO NOT EDIT`, `*.generated.*`): at most the region-independent warnings. */
  generated: boolean;
  /** The endpoint of the call, when the call shape says (`bedrockMantle('…')`); null when unknown or not a call. */
  endpoint: Endpoint | null;
  /**
   * The model argument of an AWS SDK bedrock-runtime operation call that the request rules judge (a Converse or
   * InvokeModel command, the aggregated client's method, boto3's `converse(...)`). Absent: not one.
   */
  sdkOperation?: boolean;
}

/** An occurrence with the defaults of a plain string found elsewhere: handy for tools and tests. */
export function occurrence(id: string, facts: Partial<Omit<Occurrence, 'id'>> = {}): Occurrence {
  return {
    id,
    strength: 'strong',
    site: 'elsewhere',
    onDemand: false,
    regions: [],
    regionUnknowable: false,
    dynamicGeo: false,
    typed: false,
    generated: false,
    endpoint: null,
    ...facts,
  };
}
