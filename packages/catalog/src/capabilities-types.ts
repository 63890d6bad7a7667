// Per-model capabilities: what a model accepts in a request. Generated types must keep these names.
// Every fact is nullable: null = unknown, and the request rules stay silent on unknown.

/** Where a capability fact comes from: a public AWS page (or a recording's file name) and the date it was read. */
export interface CapabilitySource {
  /** The dotted field path(s) this source supports, e.g. `maxOutputTokens`, `converse.toolUse`; `*` for the whole entry. */
  fields: string[];
  /** A public URL (AWS documentation preferred) or a recording's file name in the reference set. */
  url: string;
  /** `YYYY-MM-DD` the source was read or dated. */
  date: string;
}

/** The runtime operations a model serves on bedrock-runtime. */
export interface ModelOperations {
  converse: boolean | null;
  converseStream: boolean | null;
  invokeModel: boolean | null;
  invokeModelWithResponseStream: boolean | null;
  /** Async-only models (video generation) are served by StartAsyncInvoke and not by InvokeModel. */
  startAsyncInvoke: boolean | null;
  countTokens: boolean | null;
}

/** The endpoints that serve a model, and on bedrock-mantle which APIs. */
export interface ModelEndpoints {
  bedrockRuntime: boolean | null;
  /** null: unknown whether mantle serves it; false: it does not. */
  bedrockMantle:
    | {
        responses: boolean | null;
        chatCompletions: boolean | null;
        messages: boolean | null;
        /**
         * The path under which mantle's OpenAI-compatible APIs (Responses, Chat Completions) serve the model: most models
         * `/v1`, some `/openai/v1`; a request under the other path is rejected with a 400. Absent or null: unknown.
         */
        openaiBasePath?: '/v1' | '/openai/v1' | null;
      }
    | false
    | null;
}

/** Converse API features. */
export interface ConverseFeatures {
  toolUse: boolean | null;
  toolUseStreaming: boolean | null;
  toolChoice: boolean | null;
  systemPrompt: boolean | null;
  imageInput: boolean | null;
  documentInput: boolean | null;
  videoInput: boolean | null;
  /** Image blocks inside toolResult content. */
  imagesInToolResults: boolean | null;
  /** `cachePoint` blocks; `minimumTokens`: the smallest cacheable prefix where documented. */
  promptCaching: { supported: boolean; minimumTokens: number | null } | null;
  /**
   * Reasoning configuration through additionalModelRequestFields: `budgeted` (thinking with budget_tokens, bounds below),
   * `adaptive-only` (the model decides; a budget is rejected), `none` (no reasoning configuration accepted).
   */
  reasoning: { kind: 'budgeted' | 'adaptive-only' | 'none'; minBudgetTokens: number | null } | null;
  /** `temperature` and `topP` may not be sent together. */
  temperatureTopPExclusive: boolean | null;
}

/** What one model supports. */
export interface ModelCapabilities {
  operations: ModelOperations;
  endpoints: ModelEndpoints;
  /** Maximum output tokens per request. */
  maxOutputTokens: number | null;
  contextWindow: number | null;
  converse: ConverseFeatures;
  /** The native InvokeModel request family (a key of `families`); null when unknown. */
  family: string | null;
  /**
   * Limits read from a rounded figure on AWS's model card, with the card's text (`{ maxOutputTokens: '64K tokens' }`).
   * The card does not say whether K is 1,000 or 1,024 (it shows 4,096 as "4K" and 64,000 as "64K"), so the value is
   * the upper reading (64 × 1,024): a request above it exceeds the limit under either reading, one below it may not fit.
   * Absent: the value is exact (or null).
   */
  roundedFrom?: { maxOutputTokens?: string; contextWindow?: string };
  sources: CapabilitySource[];
}

/** A value constraint on one body key. `max: 'maxOutputTokens'` means the model's own output limit. */
export interface ValueRange {
  min?: number;
  max?: number | 'maxOutputTokens';
  /** Allowed values (e.g. Titan Embeddings `dimensions`: 256, 512, 1024). */
  oneOf?: Array<number | string>;
  /** Exact value required (e.g. `anthropic_version: 'bedrock-2023-05-31'`). */
  equals?: string | number;
  /** Texts a string value must contain, in this order (the Claude Text Completions `prompt`: `\n\nHuman:`, then `\n\nAssistant:`). */
  contains?: string[];
}

/** The keys a message content block (`messages[].content[]`) may carry, where the family's page documents them. */
export interface ContentBlockSchema {
  /** Keys every block must have (Anthropic's `type`). */
  required: string[];
  /** Keys a block may have; null when the list is not known (then unknown keys are not reported). */
  allowed: string[] | null;
  /** Keys of another family's content blocks, with what they belong to and the key to use instead, if any. */
  foreign: Record<string, { belongsTo: string; insteadUse: string | null }>;
}

/** The native InvokeModel request body of one model family. */
export interface RequestFamily {
  /** e.g. "Anthropic Claude Messages API". */
  name: string;
  /** Keys the body must have at top level. */
  required: string[];
  /** Keys the family accepts at top level; null when the list is not known (then unknown keys are not reported). */
  allowed: string[] | null;
  /** Keys that belong to another family or a retired API, with what they belong to and the key to use instead, if any. */
  foreign: Record<string, { belongsTo: string; insteadUse: string | null }>;
  /** Constraints on values, by dotted key path (`max_tokens`, `textGenerationConfig.maxTokenCount`). */
  ranges: Record<string, ValueRange>;
  /** The content blocks of `messages[].content`; absent when the family's pages do not describe them. */
  contentBlocks?: ContentBlockSchema;
  sources: CapabilitySource[];
}

/** The whole capabilities file: `@bedrock-models/catalog/capabilities.json`. */
export interface CapabilitiesData {
  schemaVersion: 1;
  /** `YYYY-MM-DD` of the newest source. */
  currentTo: string;
  /** By base model ID (profiles and ARNs resolve to their model through BedrockCatalog.resolve). */
  models: Record<string, ModelCapabilities>;
  families: Record<string, RequestFamily>;
}
