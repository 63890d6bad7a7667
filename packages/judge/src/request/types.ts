/**
 * The runtime operation a call performs. `mantle:*` are the OpenAI- and Anthropic-compatible APIs of the
 * bedrock-mantle endpoint (Responses, Chat Completions, Messages); `runtime:*` the OpenAI-compatible APIs of
 * bedrock-runtime (under `/openai/v1`). `mantle:openai` and `runtime:openai`: an OpenAI-compatible client whose call
 * does not say which of its APIs it uses (the AI SDK's `openai('…')`).
 */
export type RequestOperation =
  | 'Converse'
  | 'ConverseStream'
  | 'InvokeModel'
  | 'InvokeModelWithResponseStream'
  | 'StartAsyncInvoke'
  | 'CountTokens'
  | 'mantle:responses'
  | 'mantle:chatCompletions'
  | 'mantle:messages'
  | 'mantle:openai'
  | 'runtime:responses'
  | 'runtime:chatCompletions'
  | 'runtime:openai';

/** The base URL an OpenAI-compatible client is built with, where the code writes it as a string. */
export interface RequestBaseUrl<L> {
  /** The URL as written. */
  value: string;
  location: L;
  /** Whether the string at `location` is the whole URL, so that writing another URL there is one edit. */
  editable: boolean;
}

/** The endpoint a call is sent to. */
export type RequestEndpoint = 'bedrock-runtime' | 'bedrock-mantle';

/**
 * A request as code states it: a small tree of keys and values. Every node carries an opaque `location` that
 * only the adapter that built it understands (an AST node, a text span); the judge hands it back in findings.
 */
export type RequestValue<L> = RequestObject<L> | RequestArray<L> | RequestLiteral<L> | RequestUnknown<L>;

/** An object literal (or a dict). `complete` is false when a spread or a computed key may add keys the tree does not show. */
export interface RequestObject<L> {
  kind: 'object';
  entries: Array<RequestEntry<L>>;
  complete: boolean;
  location: L;
}

/** One key of an object. `location` covers the whole entry (what a removal deletes), `keyLocation` the key alone. */
export interface RequestEntry<L> {
  key: string;
  /** The option name the code writes, where an adapter mapped a wrapper's option onto Converse's key (`maxOutputTokens` → `maxTokens`). */
  writtenKey?: string;
  value: RequestValue<L>;
  location: L;
  keyLocation: L;
}

/** An array literal (or a list). `complete` is false when a spread may add items. */
export interface RequestArray<L> {
  kind: 'array';
  items: Array<RequestValue<L>>;
  complete: boolean;
  location: L;
}

/** A value known statically. */
export interface RequestLiteral<L> {
  kind: 'literal';
  value: string | number | boolean | null;
  location: L;
}

/** A value not known statically (a parameter, a call, an environment variable). */
export interface RequestUnknown<L> {
  kind: 'unknown';
  location: L;
  /** A template string: its literal pieces in order, the interpolations between them unknown (`` `a${x}b` `` → `['a', 'b']`). */
  templateParts?: string[];
  /** The bytes of a file whose path is written as a literal (`readFileSync('photo.jpg')`, Python `open('photo.jpg', 'rb').read()`). */
  readsFile?: string;
}

/**
 * One request a tool found in code: which model it goes to, by which operation and endpoint, and what it sends.
 * Both the ESLint plugin and the CLI build these; the judge functions read nothing else.
 */
export interface RequestOccurrence<L> {
  /** The model ID, profile ID or ARN as written; profiles and ARNs reach their model through `BedrockCatalog.resolve`. */
  modelId: string;
  modelLocation: L;
  /** The whole call (where a finding about the call itself goes). */
  location: L;
  operation: RequestOperation;
  endpoint: RequestEndpoint;
  /**
   * `sdk`: the code calls the operation itself (an SDK command, a boto3 method). `wrapper`: a library chooses the
   * operation; only options that map one to one onto Converse's (`maxTokens`, `temperature`, `topP`) are in `request`.
   */
  via: 'sdk' | 'wrapper';
  /**
   * What is sent. Converse and ConverseStream: the input (`messages`, `system`, `inferenceConfig`, `toolConfig`,
   * `additionalModelRequestFields`; wrappers map their options into `inferenceConfig`). InvokeModel and
   * InvokeModelWithResponseStream: the parsed JSON body. null when not known statically.
   */
  request: RequestValue<L> | null;
  /** An OpenAI-compatible client's base URL (its host says the endpoint, its path the route); absent for the AWS SDK. */
  baseUrl?: RequestBaseUrl<L>;
  /**
   * Whether the model ID is the only value the code can pass here. false when it is one branch of several
   * (`cond ? a : b`, a fallback): a finding is then a warning, never an error.
   */
  modelCertain: boolean;
}

/** An edit that fixes a finding, in terms of the tree's locations. Offered as a suggestion, never applied by itself. */
export type RequestEdit<L> =
  /** Write this value in place of the node at `location`. */
  | { kind: 'replace-value'; location: L; value: string | number }
  /** Delete the entry (or array item) at `location`. */
  | { kind: 'remove-entry'; location: L }
  /** Rename the key at `location` (an entry's `keyLocation`). */
  | { kind: 'rename-key'; location: L; key: string }
  /** Add `key: value` as the first entry of the object at `location`. */
  | { kind: 'insert-entry'; location: L; key: string; value: string | number };

/** A suggestion: its message and the single edit it makes. */
export interface RequestSuggestion<L> {
  messageId: string;
  data: Record<string, string>;
  edit: RequestEdit<L>;
}

/** The four request rules. */
export type RequestRuleName = 'no-unsupported-model-operation' | 'no-unsupported-model-feature' | 'valid-inference-parameters' | 'valid-invoke-model-body';

/** A judgement about a request: the rule, its message and data, where it goes, and the fact's source. */
export interface RequestFinding<L> {
  rule: RequestRuleName;
  messageId: string;
  /** Placeholder values of the message (values, never sentence fragments). */
  data: Record<string, string>;
  location: L;
  /** The public page (or recording) the fact comes from. */
  source: string;
  /** `error` when the fact is known for the model and every value involved is static; `warn` otherwise. */
  severity: 'error' | 'warn';
  suggestions: Array<RequestSuggestion<L>>;
}
