/** A string found in a file that may hold a model reference, with where it starts. */
export interface Candidate {
  /** The string's value (escapes decoded; for interpolated strings, the text with the interpolations in place). */
  value: string;
  /** 1-based line and column (UTF-16 code units) of the token's first character: its quote, prefix or first letter. */
  line: number;
  column: number;
  /**
   * The static parts of a string that interpolates (`"${var.region}"`, `!Sub "…${AWS::Region}…"`, a Python
   * f-string): only IDs that end inside one part are judged, without a region. Absent for static strings.
   */
  parts?: string[];
  /**
   * Set when the string is the model argument of a known Bedrock call (`invoke_model(modelId=…)`): judged
   * like the ESLint rules judge a call's argument, with the regions of the call's client.
   */
  call?: {
    onDemand: boolean;
    regions: readonly string[];
    /** A boto3 bedrock-runtime operation (`converse(…)`, `invoke_model(…)`) whose request the request rules judge. */
    sdkOperation?: boolean;
  };
  /**
   * For a string not traced to a call: the regions the surrounding code states (a Python file whose clients
   * all say `region_name="us-west-2"`). They stand in for `--region` where the string reaches a call.
   */
  regions?: readonly string[];
  /**
   * The keys the value stands under, innermost first (`["chat", "eu-west-1"]` for `{"eu-west-1": {"chat": "…"}}`;
   * a YAML mapping's keys, a TOML table, an `.env` variable). A region-code key names the value's region; a model
   * key (`modelId`, `FoundationModel`, `BEDROCK_MODEL_ID`) in a configuration file says the value reaches a call.
   */
  keys?: readonly string[];
  /**
   * The value's object is an item of a list (`[{"modelId": …}, {"modelId": …}]`, a YAML `- modelId: …`): a registry or a
   * menu of models, one of which may be chosen at run time, not the configuration of one call.
   */
  listed?: boolean;
  /**
   * For a value under a model key: the regions a region key beside it names (`{"modelId": "eu.anthropic…",
   * "region": "eu-west-1"}`). The object names where that model is called, so it is judged there.
   */
  beside?: readonly string[];
  /** A region test around the call decides its region at run time (an `else` branch, `region.startswith("eu")`). */
  regionUnknowable?: boolean;
}

/** What an extractor finds in one file. */
export interface Extraction {
  candidates: Candidate[];
}

/** Reads one file format. */
export type Extractor = (text: string) => Extraction;
