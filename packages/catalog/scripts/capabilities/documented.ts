// Facts from AWS's pages and from errors the API returned in public reports, by model. Each claim sets
// dotted fields of ModelCapabilities for some models and names its source; build.ts sets a field only
// where every claim about it agrees (and to null where two disagree).
import { DOCS, OBSERVED, type Source } from './sources.ts';

export interface Claim {
  models: readonly string[];
  facts: Readonly<Record<string, unknown>>;
  source: Source;
}

const CLAUDE_3 = ['anthropic.claude-3-haiku-20240307-v1:0', 'anthropic.claude-3-sonnet-20240229-v1:0'];
const CLAUDE_35_SONNET = ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0'];
const CLAUDE_37_SONNET = ['anthropic.claude-3-7-sonnet-20250219-v1:0'];
const CLAUDE_35_HAIKU = ['anthropic.claude-3-5-haiku-20241022-v1:0'];
const CLAUDE_4_IN_TABLE = ['anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic.claude-opus-4-1-20250805-v1:0'];
const CLAUDE_ALL = [
  ...CLAUDE_3,
  ...CLAUDE_35_SONNET,
  ...CLAUDE_37_SONNET,
  ...CLAUDE_35_HAIKU,
  ...CLAUDE_4_IN_TABLE,
  'anthropic.claude-haiku-4-5-20251001-v1:0',
  'anthropic.claude-sonnet-4-5-20250929-v1:0',
  'anthropic.claude-opus-4-5-20251101-v1:0',
  'anthropic.claude-opus-4-6-v1',
  'anthropic.claude-sonnet-4-6',
  'anthropic.claude-opus-4-7',
  'anthropic.claude-opus-4-8',
  'anthropic.claude-fable-5',
  'anthropic.claude-opus-5',
  'anthropic.claude-sonnet-5',
];
const NOVA_MULTIMODAL = ['amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0', 'amazon.nova-premier-v1:0'];
const NOVA_MICRO = ['amazon.nova-micro-v1:0'];
const JAMBA = ['ai21.jamba-1-5-large-v1:0', 'ai21.jamba-1-5-mini-v1:0'];
const COHERE_COMMAND_R = ['cohere.command-r-v1:0', 'cohere.command-r-plus-v1:0'];
const LLAMA_3 = ['meta.llama3-8b-instruct-v1:0', 'meta.llama3-70b-instruct-v1:0'];
const LLAMA_31 = ['meta.llama3-1-8b-instruct-v1:0', 'meta.llama3-1-70b-instruct-v1:0', 'meta.llama3-1-405b-instruct-v1:0'];
const LLAMA_32_SMALL = ['meta.llama3-2-1b-instruct-v1:0', 'meta.llama3-2-3b-instruct-v1:0'];
const LLAMA_32_VISION = ['meta.llama3-2-11b-instruct-v1:0', 'meta.llama3-2-90b-instruct-v1:0'];
const LLAMA_4 = ['meta.llama4-maverick-17b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0'];
const LLAMA_ALL = [...LLAMA_3, ...LLAMA_31, ...LLAMA_32_SMALL, ...LLAMA_32_VISION, 'meta.llama3-3-70b-instruct-v1:0', ...LLAMA_4];
const MISTRAL_INSTRUCT = ['mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1'];
const MISTRAL_LARGE = ['mistral.mistral-large-2402-v1:0', 'mistral.mistral-large-2407-v1:0'];
const GPT_OSS = ['openai.gpt-oss-20b-1:0', 'openai.gpt-oss-120b-1:0'];
const GPT_56 = ['openai.gpt-5.6-luna', 'openai.gpt-5.6-sol', 'openai.gpt-5.6-terra'];
const TITAN_TEXT = ['amazon.titan-text-express-v1', 'amazon.titan-text-lite-v1', 'amazon.titan-text-premier-v1:0'];

/** The columns of the Converse "supported models and model features" table for one row. */
function converseRow(system: boolean, documents: boolean, vision: boolean, tools: boolean, streamingTools: boolean): Record<string, boolean> {
  return {
    'operations.converse': true,
    'operations.converseStream': true,
    'converse.systemPrompt': system,
    'converse.documentInput': documents,
    'converse.imageInput': vision,
    'converse.toolUse': tools,
    'converse.toolUseStreaming': streamingTools,
  };
}

const CONVERSE_TABLE: Claim[] = [
  { models: JAMBA, facts: converseRow(true, true, false, true, true), source: DOCS.converseFeatures },
  { models: NOVA_MULTIMODAL, facts: converseRow(true, true, true, true, true), source: DOCS.converseFeatures },
  { models: NOVA_MICRO, facts: converseRow(true, false, false, true, true), source: DOCS.converseFeatures },
  {
    models: [...CLAUDE_3, ...CLAUDE_35_SONNET, ...CLAUDE_37_SONNET, ...CLAUDE_4_IN_TABLE],
    facts: converseRow(true, true, true, true, true),
    source: DOCS.converseFeatures,
  },
  { models: CLAUDE_35_HAIKU, facts: converseRow(true, true, false, true, true), source: DOCS.converseFeatures },
  // "Amazon Titan models": no system prompt, no tools; document chat except Titan Text Premier.
  { models: TITAN_TEXT, facts: { 'converse.systemPrompt': false, 'converse.imageInput': false, 'converse.toolUse': false }, source: DOCS.converseFeatures },
  { models: COHERE_COMMAND_R, facts: converseRow(true, true, false, true, true), source: DOCS.converseFeaturesEarlier },
  { models: LLAMA_3, facts: converseRow(true, true, false, false, false), source: DOCS.converseFeaturesEarlier },
  { models: LLAMA_31, facts: converseRow(true, true, false, true, false), source: DOCS.converseFeaturesEarlier },
  { models: LLAMA_32_SMALL, facts: converseRow(true, true, false, false, false), source: DOCS.converseFeaturesEarlier },
  { models: LLAMA_32_VISION, facts: converseRow(true, true, true, true, false), source: DOCS.converseFeaturesEarlier },
  { models: MISTRAL_INSTRUCT, facts: converseRow(false, true, false, false, false), source: DOCS.converseFeaturesEarlier },
  { models: MISTRAL_LARGE, facts: converseRow(true, true, false, true, false), source: DOCS.converseFeaturesEarlier },
];

const TOOLS_AND_IMAGES: Claim[] = [
  // ToolChoice `tool`: "Only supported by Anthropic Claude 3 and Amazon Nova models"; the earlier text of the
  // same page: "ToolChoice is only supported by Anthropic Claude 3 models and by Mistral AI Mistral Large".
  {
    models: [...CLAUDE_3, ...CLAUDE_35_SONNET, ...CLAUDE_37_SONNET, ...NOVA_MULTIMODAL, ...NOVA_MICRO, 'amazon.nova-2-lite-v1:0'],
    facts: { 'converse.toolChoice': true },
    source: DOCS.toolChoice,
  },
  { models: ['mistral.mistral-large-2402-v1:0'], facts: { 'converse.toolChoice': true }, source: DOCS.toolChoice },
  // ToolResultContentBlock `image`: "This field is only supported by Anthropic Claude 3 models."
  { models: [...CLAUDE_3, ...CLAUDE_35_SONNET, ...CLAUDE_37_SONNET], facts: { 'converse.imagesInToolResults': true }, source: DOCS.toolResultContentBlock },
  { models: GPT_56, facts: { 'converse.imagesInToolResults': false }, source: OBSERVED.gpt56NoToolResultImages },
  // Verified live on 2026-08-18, when GPT-5.6 came to bedrock-runtime: "toolConfig works and returns a normal toolUse block".
  { models: GPT_56, facts: { 'converse.toolUse': true }, source: OBSERVED.gpt56ToolUse },
  { models: ['deepseek.r1-v1:0'], facts: { 'converse.toolUse': false }, source: OBSERVED.deepseekR1NoTools },
  // The report names Llama 3.2 1B, 3B and 11B; the table says 11B takes tools, so 11B ends up unknown.
  { models: [...LLAMA_32_SMALL, 'meta.llama3-2-11b-instruct-v1:0'], facts: { 'converse.toolUse': false }, source: OBSERVED.llama32NoTools },
  { models: LLAMA_4, facts: { 'converse.toolUseStreaming': false }, source: OBSERVED.llama4NoStreamingTools },
  { models: MISTRAL_INSTRUCT, facts: { 'converse.systemPrompt': false }, source: OBSERVED.mistralNoSystem },
];

const STREAMING: Claim[] = [
  // "You can't use InvokeModelWithResponseStream or ConverseStream (streaming) with Llama 4 Instruct", while
  // ListFoundationModels reports streaming for both: they disagree, so both operations end up unknown.
  { models: LLAMA_4, facts: { 'operations.converseStream': false, 'operations.invokeModelWithResponseStream': false }, source: DOCS.meta },
  // GPT-OSS on ConverseStream failed at the models' launch in August 2025 ("The model is unsupported for
  // streaming": amazon-bedrock-client-for-mac#112, llama_index#19655). Later observations supersede those
  // reports: ListFoundationModels (2026-08-22) and the model cards report streaming, so they make no claim.
  {
    models: ['cohere.embed-english-v3', 'cohere.embed-multilingual-v3', 'cohere.embed-v4:0'],
    facts: { 'operations.invokeModelWithResponseStream': false },
    source: DOCS.cohereEmbed,
  },
];

const ASYNC_VIDEO: Claim[] = [
  {
    models: ['amazon.nova-reel-v1:0', 'amazon.nova-reel-v1:1'],
    facts: {
      'operations.startAsyncInvoke': true,
      'operations.invokeModel': false,
      'operations.invokeModelWithResponseStream': false,
      'operations.converse': false,
      'operations.converseStream': false,
    },
    source: DOCS.novaReel,
  },
  {
    models: ['luma.ray-v2:0'],
    facts: {
      'operations.startAsyncInvoke': true,
      'operations.invokeModel': false,
      'operations.invokeModelWithResponseStream': false,
      'operations.converse': false,
      'operations.converseStream': false,
      family: 'luma-ray',
    },
    source: DOCS.luma,
  },
  {
    models: ['twelvelabs.marengo-embed-2-7-v1:0', 'twelvelabs.marengo-embed-3-0-v1:0'],
    facts: { 'operations.startAsyncInvoke': true },
    source: DOCS.twelveLabs,
  },
  {
    models: ['twelvelabs.pegasus-1-2-v1:0'],
    facts: { 'operations.invokeModel': true, 'operations.invokeModelWithResponseStream': true, family: 'twelvelabs-pegasus', maxOutputTokens: 4096 },
    source: DOCS.pegasus,
  },
];

const CACHING: Claim[] = [
  // "Generally available with Claude 3.7 Sonnet, Claude 3.5 Haiku, Amazon Nova Micro, Lite, Pro and Premier";
  // "Claude 3.7 Sonnet requires at least 1,024 tokens per cache checkpoint".
  { models: CLAUDE_37_SONNET, facts: { 'converse.promptCaching': { supported: true, minimumTokens: 1024 } }, source: DOCS.promptCaching },
  {
    models: [...CLAUDE_35_HAIKU, ...NOVA_MICRO, ...NOVA_MULTIMODAL],
    facts: { 'converse.promptCaching': { supported: true, minimumTokens: null } },
    source: DOCS.promptCaching,
  },
  // Disagrees with the page above for Nova Pro, which therefore ends up unknown.
  { models: ['amazon.nova-pro-v1:0'], facts: { 'converse.promptCaching': { supported: false, minimumTokens: null } }, source: OBSERVED.novaProNoCachePoint },
  {
    models: ['deepseek.r1-v1:0', 'anthropic.claude-3-5-sonnet-20240620-v1:0'],
    facts: { 'converse.promptCaching': { supported: false, minimumTokens: null } },
    source: OBSERVED.deepseekR1NoCache,
  },
  { models: ['qwen.qwen3-coder-next'], facts: { 'converse.promptCaching': { supported: false, minimumTokens: null } }, source: OBSERVED.qwenCoderNextNoCache },
];

const REASONING: Claim[] = [
  {
    models: ['anthropic.claude-3-7-sonnet-20250219-v1:0', 'anthropic.claude-sonnet-4-20250514-v1:0'],
    facts: { 'converse.reasoning': { kind: 'budgeted', minBudgetTokens: null } },
    source: DOCS.extendedThinking,
  },
  // Opus 4.6 and Sonnet 4.6 still take a budget ("deprecated"); Fable 5 and Opus 4.7 take only adaptive thinking.
  {
    models: ['anthropic.claude-opus-4-6-v1', 'anthropic.claude-sonnet-4-6'],
    facts: { 'converse.reasoning': { kind: 'budgeted', minBudgetTokens: null } },
    source: DOCS.adaptiveThinking,
  },
  {
    models: ['anthropic.claude-fable-5', 'anthropic.claude-opus-4-7'],
    facts: { 'converse.reasoning': { kind: 'adaptive-only', minBudgetTokens: null } },
    source: DOCS.adaptiveThinking,
  },
  // "Opus 4.6-4.8: thinking.type.enabled is not supported for this model": agrees for 4.7, adds 4.8, and
  // disagrees with the page for 4.6 (unknown).
  {
    models: ['anthropic.claude-opus-4-6-v1', 'anthropic.claude-opus-4-7', 'anthropic.claude-opus-4-8'],
    facts: { 'converse.reasoning': { kind: 'adaptive-only', minBudgetTokens: null } },
    source: OBSERVED.opusAdaptiveOnly,
  },
];

const SAMPLING: Claim[] = [
  { models: ['anthropic.claude-sonnet-4-5-20250929-v1:0'], facts: { 'converse.temperatureTopPExclusive': true }, source: OBSERVED.sonnet45TemperatureTopP },
  { models: ['anthropic.claude-sonnet-4-6'], facts: { 'converse.temperatureTopPExclusive': true }, source: OBSERVED.sonnet46TemperatureTopP },
  { models: ['anthropic.claude-haiku-4-5-20251001-v1:0'], facts: { 'converse.temperatureTopPExclusive': true }, source: OBSERVED.haiku45TemperatureTopP },
  {
    models: [
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
      'anthropic.claude-haiku-4-5-20251001-v1:0',
      'anthropic.claude-opus-4-5-20251101-v1:0',
      'anthropic.claude-sonnet-4-6',
    ],
    facts: { 'converse.temperatureTopPExclusive': true },
    source: OBSERVED.opus4xTemperatureTopP,
  },
  { models: ['anthropic.claude-opus-4-1-20250805-v1:0'], facts: { 'converse.temperatureTopPExclusive': true }, source: OBSERVED.opus41TemperatureTopP },
];

const LIMITS: Claim[] = [
  { models: ['anthropic.claude-3-5-sonnet-20240620-v1:0'], facts: { maxOutputTokens: 4096 }, source: OBSERVED.claude35SonnetLimit },
  { models: ['anthropic.claude-3-5-sonnet-20240620-v1:0'], facts: { maxOutputTokens: 4096 }, source: OBSERVED.claude35SonnetLimitContinue },
  { models: ['anthropic.claude-3-5-sonnet-20240620-v1:0'], facts: { maxOutputTokens: 4096 }, source: OBSERVED.claude35SonnetLimitRoo },
  // Each of these disagrees with the model card's figure; the field ends up unknown.
  { models: CLAUDE_35_HAIKU, facts: { maxOutputTokens: 4096 }, source: OBSERVED.claude35HaikuLimit },
  { models: ['meta.llama3-1-70b-instruct-v1:0'], facts: { maxOutputTokens: 2048 }, source: OBSERVED.llama31Limit },
  { models: ['meta.llama3-1-8b-instruct-v1:0'], facts: { maxOutputTokens: 8192 }, source: OBSERVED.llama31_8bLimit },
  { models: ['amazon.nova-pro-v1:0'], facts: { maxOutputTokens: 10_000 }, source: OBSERVED.novaProLimit },
  // The parameter pages' maxima of the output-length key.
  { models: ['amazon.titan-text-lite-v1'], facts: { maxOutputTokens: 4096 }, source: DOCS.titanText },
  { models: ['amazon.titan-text-express-v1'], facts: { maxOutputTokens: 8192 }, source: DOCS.titanText },
  { models: ['amazon.titan-text-premier-v1:0'], facts: { maxOutputTokens: 3072 }, source: DOCS.titanText },
  {
    models: ['mistral.mistral-7b-instruct-v0:2', 'mistral.mistral-large-2402-v1:0', 'mistral.mistral-small-2402-v1:0'],
    facts: { maxOutputTokens: 8192 },
    source: DOCS.mistralTextCompletion,
  },
  { models: ['mistral.mixtral-8x7b-instruct-v0:1'], facts: { maxOutputTokens: 4096 }, source: DOCS.mistralTextCompletion },
  { models: JAMBA, facts: { maxOutputTokens: 4096 }, source: DOCS.jamba },
  { models: ['deepseek.r1-v1:0'], facts: { maxOutputTokens: 32_768 }, source: DOCS.deepseek },
  // "Titan Text Embeddings V1 and V2 can take up to 8,192 tokens": the cards' "8K" is 8 × 1,024 here.
  { models: ['amazon.titan-embed-text-v1', 'amazon.titan-embed-text-v2:0'], facts: { contextWindow: 8192 }, source: DOCS.titanEmbeddingModels },
  { models: ['amazon.titan-embed-image-v1'], facts: { contextWindow: 256 }, source: DOCS.titanMultimodalModels },
  { models: ['cohere.embed-v4:0'], facts: { contextWindow: 128_000 }, source: DOCS.cohereEmbedV4 },
];

const FAMILY: Claim[] = [
  { models: CLAUDE_ALL, facts: { family: 'anthropic-claude-messages' }, source: DOCS.anthropicMessagesApi },
  {
    models: [
      ...CLAUDE_3,
      ...CLAUDE_35_SONNET,
      ...CLAUDE_37_SONNET,
      ...CLAUDE_35_HAIKU,
      ...CLAUDE_4_IN_TABLE,
      'anthropic.claude-haiku-4-5-20251001-v1:0',
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
      'anthropic.claude-opus-4-5-20251101-v1:0',
    ],
    facts: { family: 'anthropic-claude-messages' },
    source: DOCS.claudeMessagesModels,
  },
  // The retired models the Text Completions page names (Claude Instant v1.2, v2, v2.1): their body is still reported on.
  {
    models: ['anthropic.claude-instant-v1', 'anthropic.claude-v2', 'anthropic.claude-v2:1'],
    facts: { family: 'anthropic-claude-text-completions' },
    source: DOCS.claudeTextCompletions,
  },
  { models: [...NOVA_MICRO, ...NOVA_MULTIMODAL], facts: { family: 'amazon-nova' }, source: DOCS.novaInvoke },
  { models: ['amazon.nova-2-lite-v1:0'], facts: { family: 'amazon-nova' }, source: DOCS.nova2Invoke },
  { models: TITAN_TEXT, facts: { family: 'amazon-titan-text' }, source: DOCS.titanText },
  { models: ['amazon.titan-embed-text-v1'], facts: { family: 'amazon-titan-embed-text-v1' }, source: DOCS.titanEmbedText },
  { models: ['amazon.titan-embed-text-v2:0'], facts: { family: 'amazon-titan-embed-text-v2' }, source: DOCS.titanEmbedText },
  { models: COHERE_COMMAND_R, facts: { family: 'cohere-command-r' }, source: DOCS.cohereCommandR },
  { models: ['cohere.embed-english-v3', 'cohere.embed-multilingual-v3'], facts: { family: 'cohere-embed-v3' }, source: DOCS.cohereEmbed },
  { models: ['cohere.embed-v4:0'], facts: { family: 'cohere-embed-v4' }, source: DOCS.cohereEmbedV4 },
  { models: ['amazon.titan-embed-image-v1'], facts: { family: 'amazon-titan-embed-image-v1' }, source: DOCS.titanEmbedMultimodal },
  { models: LLAMA_ALL, facts: { family: 'meta-llama' }, source: DOCS.meta },
  // Mistral Large (24.02) is listed on both the text-completion and the chat-completion page: it takes either
  // body, so it is given neither family.
  { models: [...MISTRAL_INSTRUCT, 'mistral.mistral-small-2402-v1:0'], facts: { family: 'mistral-text-completion' }, source: DOCS.mistralTextCompletion },
  { models: ['mistral.mistral-large-2407-v1:0'], facts: { family: 'mistral-chat-completion' }, source: DOCS.mistralLarge2407 },
  { models: JAMBA, facts: { family: 'ai21-jamba' }, source: DOCS.jamba },
  { models: ['deepseek.r1-v1:0'], facts: { family: 'deepseek-r1' }, source: DOCS.deepseek },
  { models: ['stability.stable-image-ultra-v1:1'], facts: { family: 'stability-stable-image-ultra' }, source: DOCS.stableImageUltra },
];

const MANTLE_MESSAGES: Claim[] = [
  // The Anthropic Messages API is served on bedrock-mantle for Claude models (`/anthropic/v1/messages`).
  { models: CLAUDE_ALL, facts: { 'endpoints.bedrockMantle.messages': true }, source: DOCS.anthropicMessagesApi },
];

const GPT_5 = ['openai.gpt-5.4', 'openai.gpt-5.5'];
const GEMMA_4 = ['google.gemma-4-26b-a4b', 'google.gemma-4-31b', 'google.gemma-4-e2b'];

// The path under which bedrock-mantle's OpenAI-compatible APIs serve a model. AWS's Responses API page gives `/v1` as
// mantle's base, says some models are served under `/openai/v1` instead and that the wrong prefix is rejected, and
// names the GPT OSS models as served through mantle's `/v1` Responses API. The rest are API observations: a request
// under one path rejected ("does not support the '/v1/responses' API", "isn't supported on this route"), the same
// request under the other answered.
const MANTLE_PATHS: Claim[] = [
  { models: GPT_OSS, facts: { 'endpoints.bedrockMantle.openaiBasePath': '/v1' }, source: DOCS.responsesApi },
  { models: GPT_5, facts: { 'endpoints.bedrockMantle.openaiBasePath': '/openai/v1' }, source: OBSERVED.gpt5MantleOpenaiPath },
  { models: ['openai.gpt-5.5'], facts: { 'endpoints.bedrockMantle.openaiBasePath': '/openai/v1' }, source: OBSERVED.gpt55MantleOpenaiPathRaw },
  { models: GPT_56, facts: { 'endpoints.bedrockMantle.openaiBasePath': '/openai/v1' }, source: OBSERVED.gpt56MantleOpenaiPath },
  { models: GEMMA_4, facts: { 'endpoints.bedrockMantle.openaiBasePath': '/openai/v1' }, source: OBSERVED.gemma4MantleOpenaiPath },
  { models: ['moonshotai.kimi-k2.5'], facts: { 'endpoints.bedrockMantle.openaiBasePath': '/v1' }, source: OBSERVED.kimiMantleV1Path },
];

/**
 * Models for which the card's "Invoke" mark says nothing about InvokeModel. The mark stands for the whole Invoke
 * family (InvokeModel, InvokeModelWithResponseStream, InvokeModelWithBidirectionalStream, async invoke: AWS's API
 * compatibility page), and these speech-to-speech models are documented with the bidirectional stream only
 * (https://docs.aws.amazon.com/nova/latest/userguide/speech-bidirection.html).
 */
export const BIDIRECTIONAL_ONLY: readonly string[] = ['amazon.nova-sonic-v1:0', 'amazon.nova-2-sonic-v1:0'];

export const DOCUMENTED: readonly Claim[] = [
  ...CONVERSE_TABLE,
  ...TOOLS_AND_IMAGES,
  ...STREAMING,
  ...ASYNC_VIDEO,
  ...CACHING,
  ...REASONING,
  ...SAMPLING,
  ...LIMITS,
  ...FAMILY,
  ...MANTLE_MESSAGES,
  ...MANTLE_PATHS,
];
