// The native InvokeModel request body of each model family, as each family's inference-parameters page
// documents it. `allowed` is given only where the page lists the whole body and Bedrock rejects other keys
// ("extraneous key [x] is not permitted"); elsewhere it is null, so that an unlisted but valid key is never
// reported. `foreign` names keys that certainly belong elsewhere.
import type { RequestFamily } from '../../src/capabilities-types.ts';
import { DOCS, OBSERVED, type Source } from './sources.ts';

const CLAUDE_MESSAGES = 'Anthropic Claude Messages API';
const CLAUDE_TEXT = 'Anthropic Claude Text Completions API (retired with Claude 2)';
const TITAN_TEXT = 'Amazon Titan Text';
const TITAN_EMBED_V2 = 'Amazon Titan Text Embeddings V2';
const TITAN_MULTIMODAL = 'Amazon Titan Multimodal Embeddings G1';
const LLAMA = 'Meta Llama';
const NOVA = 'Amazon Nova';

const source = (from: Source, fields: string[]) => ({ url: from.url, date: from.date, fields });

// The members of Converse's ContentBlock union. Nova's native blocks are the same union ("the request schema is
// nearly identical between the Invoke API and the Converse API"): one key naming the block's kind.
const CONVERSE_BLOCK_KEYS = [
  'audio',
  'cachePoint',
  'citationsContent',
  'document',
  'guardContent',
  'image',
  'reasoningContent',
  'searchResult',
  'text',
  'toolResult',
  'toolUse',
  'video',
];

export const FAMILIES: Record<string, RequestFamily> = {
  'anthropic-claude-messages': {
    name: CLAUDE_MESSAGES,
    required: ['anthropic_version', 'max_tokens', 'messages'],
    // The body grows with Anthropic's features (thinking, output_config, context management): not closed here.
    allowed: null,
    foreign: {
      prompt: { belongsTo: CLAUDE_TEXT, insteadUse: 'messages' },
      max_tokens_to_sample: { belongsTo: CLAUDE_TEXT, insteadUse: 'max_tokens' },
      inputText: { belongsTo: TITAN_TEXT, insteadUse: 'messages' },
      textGenerationConfig: { belongsTo: TITAN_TEXT, insteadUse: null },
      max_gen_len: { belongsTo: LLAMA, insteadUse: 'max_tokens' },
      inferenceConfig: { belongsTo: NOVA, insteadUse: null },
    },
    ranges: {
      anthropic_version: { equals: 'bedrock-2023-05-31' },
      max_tokens: { max: 'maxOutputTokens' },
    },
    // Each block is `{ type, … }`; the keys beside `type` depend on the type and grow with Anthropic's features.
    contentBlocks: { required: ['type'], allowed: null, foreign: {} },
    sources: [
      source(DOCS.claudeMessages, ['required', 'ranges.anthropic_version', 'ranges.max_tokens', 'contentBlocks.required']),
      // Claude's body is validated strictly: a key of another family is rejected, not ignored.
      source(OBSERVED.claudeExtraneousKeys, ['foreign']),
      source(DOCS.claudeTextCompletions, ['foreign.prompt', 'foreign.max_tokens_to_sample']),
      source(DOCS.titanText, ['foreign.inputText', 'foreign.textGenerationConfig']),
      source(DOCS.meta, ['foreign.max_gen_len']),
      source(DOCS.novaInvoke, ['foreign.inferenceConfig']),
      source(OBSERVED.anthropicVersionChecked, ['ranges.anthropic_version']),
      source(OBSERVED.claudeMaxTokensRequired, ['required']),
      source(OBSERVED.claudeTextCompletionKeys, ['foreign.max_tokens_to_sample']),
    ],
  },
  'anthropic-claude-text-completions': {
    name: CLAUDE_TEXT,
    required: ['max_tokens_to_sample', 'prompt'],
    allowed: ['max_tokens_to_sample', 'prompt', 'stop_sequences', 'temperature', 'top_k', 'top_p'],
    foreign: {
      anthropic_version: { belongsTo: CLAUDE_MESSAGES, insteadUse: null },
      messages: { belongsTo: CLAUDE_MESSAGES, insteadUse: 'prompt' },
      max_tokens: { belongsTo: CLAUDE_MESSAGES, insteadUse: 'max_tokens_to_sample' },
    },
    ranges: {
      max_tokens_to_sample: { min: 0, max: 4096 },
      // Alternating turns: a Human turn (after an optional system prompt), ending with the Assistant's turn.
      prompt: { contains: ['\n\nHuman:', '\n\nAssistant:'] },
    },
    sources: [
      source(DOCS.claudeTextCompletions, ['required', 'allowed', 'ranges.max_tokens_to_sample', 'ranges.prompt']),
      source(OBSERVED.claudePromptHumanTurn, ['ranges.prompt']),
      source(OBSERVED.claudePromptAssistantTurn, ['ranges.prompt']),
      source(DOCS.claudeMessages, ['foreign.anthropic_version', 'foreign.messages', 'foreign.max_tokens']),
    ],
  },
  'amazon-nova': {
    name: `${NOVA} (Messages API)`,
    required: ['messages'],
    allowed: null,
    foreign: {
      inputText: { belongsTo: TITAN_TEXT, insteadUse: 'messages' },
      textGenerationConfig: { belongsTo: TITAN_TEXT, insteadUse: 'inferenceConfig' },
      anthropic_version: { belongsTo: CLAUDE_MESSAGES, insteadUse: null },
      max_tokens_to_sample: { belongsTo: CLAUDE_TEXT, insteadUse: 'inferenceConfig.maxTokens' },
    },
    ranges: { 'inferenceConfig.maxTokens': { max: 'maxOutputTokens' } },
    contentBlocks: {
      required: [],
      allowed: CONVERSE_BLOCK_KEYS,
      foreign: { type: { belongsTo: `${CLAUDE_MESSAGES} content blocks`, insteadUse: null } },
    },
    sources: [
      source(DOCS.novaInvoke, ['required', 'ranges']),
      source(DOCS.novaRequestSchema, ['contentBlocks']),
      source(DOCS.nova2RequestSchema, ['contentBlocks.allowed']),
      source(DOCS.converseContentBlock, ['contentBlocks.allowed']),
      source(OBSERVED.novaContentBlockType, ['contentBlocks.foreign.type']),
      source(DOCS.nova2Invoke, ['required', 'ranges']),
      source(DOCS.titanText, ['foreign.inputText', 'foreign.textGenerationConfig']),
      source(DOCS.claudeMessages, ['foreign.anthropic_version']),
      source(DOCS.claudeTextCompletions, ['foreign.max_tokens_to_sample']),
      source(OBSERVED.titanBodyElsewhere, ['foreign.textGenerationConfig']),
      // Nova's body is validated strictly too ("extraneous key [cachePoint] is not permitted").
      source(OBSERVED.novaProNoCachePoint, ['foreign']),
    ],
  },
  'amazon-titan-text': {
    name: TITAN_TEXT,
    required: ['inputText'],
    allowed: ['inputText', 'textGenerationConfig'],
    foreign: {
      prompt: { belongsTo: `${CLAUDE_TEXT}, ${LLAMA} and others`, insteadUse: 'inputText' },
      messages: { belongsTo: `${CLAUDE_MESSAGES}, ${NOVA} and others`, insteadUse: 'inputText' },
      maxTokenCount: { belongsTo: `${TITAN_TEXT} textGenerationConfig`, insteadUse: 'textGenerationConfig.maxTokenCount' },
    },
    ranges: {
      'textGenerationConfig.temperature': { min: 0, max: 1 },
      'textGenerationConfig.topP': { min: 0, max: 1 },
      'textGenerationConfig.maxTokenCount': { min: 0, max: 'maxOutputTokens' },
    },
    sources: [
      source(DOCS.titanText, ['required', 'allowed', 'foreign.maxTokenCount', 'ranges']),
      source(DOCS.claudeTextCompletions, ['foreign.prompt']),
      source(DOCS.claudeMessages, ['foreign.messages']),
    ],
  },
  'amazon-titan-embed-text-v1': {
    name: 'Amazon Titan Embeddings G1 - Text',
    required: ['inputText'],
    allowed: ['inputText'],
    foreign: {
      dimensions: { belongsTo: TITAN_EMBED_V2, insteadUse: null },
      normalize: { belongsTo: TITAN_EMBED_V2, insteadUse: null },
      texts: { belongsTo: 'Cohere Embed', insteadUse: 'inputText' },
      textGenerationConfig: { belongsTo: TITAN_TEXT, insteadUse: null },
    },
    ranges: {},
    sources: [
      source(DOCS.titanEmbedText, ['required', 'allowed', 'foreign.dimensions', 'foreign.normalize']),
      source(DOCS.cohereEmbed, ['foreign.texts']),
      source(DOCS.titanText, ['foreign.textGenerationConfig']),
      source(OBSERVED.titanEmbedExtraneousKey, ['foreign.textGenerationConfig']),
    ],
  },
  'amazon-titan-embed-text-v2': {
    name: TITAN_EMBED_V2,
    required: ['inputText'],
    allowed: ['dimensions', 'embeddingTypes', 'inputText', 'normalize'],
    foreign: {
      texts: { belongsTo: 'Cohere Embed', insteadUse: 'inputText' },
      input_type: { belongsTo: 'Cohere Embed', insteadUse: null },
      textGenerationConfig: { belongsTo: TITAN_TEXT, insteadUse: null },
      embeddingConfig: { belongsTo: TITAN_MULTIMODAL, insteadUse: 'dimensions' },
    },
    ranges: { dimensions: { oneOf: [256, 512, 1024] } },
    sources: [
      source(DOCS.titanEmbedText, ['required', 'allowed', 'ranges.dimensions']),
      source(DOCS.cohereEmbed, ['foreign.texts', 'foreign.input_type']),
      source(DOCS.titanText, ['foreign.textGenerationConfig']),
      source(DOCS.titanEmbedMultimodal, ['foreign.embeddingConfig']),
    ],
  },
  'amazon-titan-embed-image-v1': {
    name: TITAN_MULTIMODAL,
    // inputText or inputImage, at least one: neither is required on its own.
    required: [],
    allowed: ['embeddingConfig', 'inputImage', 'inputText'],
    foreign: {
      dimensions: { belongsTo: TITAN_EMBED_V2, insteadUse: 'embeddingConfig.outputEmbeddingLength' },
      texts: { belongsTo: 'Cohere Embed', insteadUse: 'inputText' },
    },
    ranges: { 'embeddingConfig.outputEmbeddingLength': { oneOf: [256, 384, 1024] } },
    sources: [
      source(DOCS.titanEmbedMultimodal, ['required', 'allowed', 'ranges']),
      source(DOCS.titanEmbedText, ['foreign.dimensions']),
      source(DOCS.cohereEmbed, ['foreign.texts']),
      // The body is validated strictly: "extraneous key [cache_control_injection_points] is not permitted".
      source(OBSERVED.titanMultimodalExtraneousKey, ['allowed']),
    ],
  },
  'cohere-command-r': {
    name: 'Cohere Command R and Command R+',
    required: ['message'],
    allowed: [
      'chat_history',
      'documents',
      'frequency_penalty',
      'k',
      'max_tokens',
      'message',
      'p',
      'preamble',
      'presence_penalty',
      'prompt_truncation',
      'raw_prompting',
      'return_prompt',
      'search_queries_only',
      'seed',
      'stop_sequences',
      'temperature',
      'tool_results',
      'tools',
    ],
    foreign: {
      messages: { belongsTo: `${CLAUDE_MESSAGES}, ${NOVA} and others`, insteadUse: 'message' },
      prompt: { belongsTo: `${LLAMA}, Mistral AI and others`, insteadUse: 'message' },
    },
    ranges: {},
    sources: [source(DOCS.cohereCommandR, ['required', 'allowed']), source(DOCS.claudeMessages, ['foreign.messages']), source(DOCS.meta, ['foreign.prompt'])],
  },
  'cohere-embed-v3': {
    name: 'Cohere Embed (English and Multilingual v3)',
    // `texts` or `images`, exactly one of them: neither is required on its own.
    required: ['input_type'],
    allowed: ['embedding_types', 'images', 'input_type', 'texts', 'truncate'],
    foreign: {
      inputText: { belongsTo: 'Amazon Titan Embeddings', insteadUse: 'texts' },
      dimensions: { belongsTo: TITAN_EMBED_V2, insteadUse: null },
    },
    ranges: {
      input_type: { oneOf: ['classification', 'clustering', 'image', 'search_document', 'search_query'] },
      truncate: { oneOf: ['END', 'NONE', 'START'] },
    },
    sources: [source(DOCS.cohereEmbed, ['required', 'allowed', 'ranges']), source(DOCS.titanEmbedText, ['foreign.inputText', 'foreign.dimensions'])],
  },
  'cohere-embed-v4': {
    name: 'Cohere Embed v4',
    // `texts`, `images` or `inputs`: one of them, none required on its own.
    required: ['input_type'],
    allowed: ['embedding_types', 'images', 'input_type', 'inputs', 'max_tokens', 'output_dimension', 'texts', 'truncate'],
    foreign: {
      inputText: { belongsTo: 'Amazon Titan Embeddings', insteadUse: 'texts' },
      dimensions: { belongsTo: TITAN_EMBED_V2, insteadUse: 'output_dimension' },
    },
    ranges: {
      input_type: { oneOf: ['classification', 'clustering', 'search_document', 'search_query'] },
      output_dimension: { oneOf: [256, 512, 1024, 1536] },
      truncate: { oneOf: ['LEFT', 'NONE', 'RIGHT'] },
      max_tokens: { max: 128_000 },
    },
    sources: [source(DOCS.cohereEmbedV4, ['required', 'allowed', 'ranges']), source(DOCS.titanEmbedText, ['foreign.inputText', 'foreign.dimensions'])],
  },
  'meta-llama': {
    name: `${LLAMA} (Llama 3, 3.1, 3.2, 3.3 and 4 Instruct)`,
    required: ['prompt'],
    // `images` is accepted from Llama 3.2 on.
    allowed: ['images', 'max_gen_len', 'prompt', 'temperature', 'top_p'],
    foreign: {
      max_tokens: { belongsTo: `${CLAUDE_MESSAGES}, Mistral AI and others`, insteadUse: 'max_gen_len' },
      messages: { belongsTo: `${CLAUDE_MESSAGES}, ${NOVA} and others`, insteadUse: 'prompt' },
      inputText: { belongsTo: TITAN_TEXT, insteadUse: 'prompt' },
    },
    ranges: { max_gen_len: { max: 'maxOutputTokens' } },
    sources: [
      source(DOCS.meta, ['required', 'allowed', 'ranges']),
      source(DOCS.claudeMessages, ['foreign.max_tokens', 'foreign.messages']),
      source(DOCS.titanText, ['foreign.inputText']),
    ],
  },
  'mistral-text-completion': {
    name: 'Mistral AI text completion',
    required: ['prompt'],
    allowed: ['max_tokens', 'prompt', 'stop', 'temperature', 'top_k', 'top_p'],
    foreign: {
      max_gen_len: { belongsTo: LLAMA, insteadUse: 'max_tokens' },
      inputText: { belongsTo: TITAN_TEXT, insteadUse: 'prompt' },
      stop_sequences: { belongsTo: `${CLAUDE_MESSAGES} and others`, insteadUse: 'stop' },
    },
    ranges: { max_tokens: { min: 1, max: 'maxOutputTokens' } },
    sources: [
      source(DOCS.mistralTextCompletion, ['required', 'allowed', 'ranges.max_tokens']),
      source(DOCS.meta, ['foreign.max_gen_len']),
      source(DOCS.titanText, ['foreign.inputText']),
      source(DOCS.claudeMessages, ['foreign.stop_sequences']),
    ],
  },
  'mistral-chat-completion': {
    name: 'Mistral AI chat completion',
    required: ['messages'],
    allowed: ['max_tokens', 'messages', 'temperature', 'tool_choice', 'tools', 'top_p'],
    foreign: {
      prompt: { belongsTo: 'Mistral AI text completion', insteadUse: 'messages' },
      max_gen_len: { belongsTo: LLAMA, insteadUse: 'max_tokens' },
    },
    ranges: { tool_choice: { oneOf: ['any', 'auto', 'none'] }, max_tokens: { max: 'maxOutputTokens' } },
    sources: [
      source(DOCS.mistralChatCompletion, ['required', 'allowed', 'ranges']),
      source(DOCS.mistralLarge2407, ['required']),
      source(DOCS.mistralTextCompletion, ['foreign.prompt']),
      source(DOCS.meta, ['foreign.max_gen_len']),
    ],
  },
  'ai21-jamba': {
    name: 'AI21 Labs Jamba',
    required: ['messages'],
    allowed: null,
    // Whether Jamba rejects or ignores a key it does not know is not documented.
    foreign: {},
    ranges: { max_tokens: { min: 0, max: 4096 }, temperature: { min: 0, max: 2 } },
    sources: [source(DOCS.jamba, ['required', 'ranges'])],
  },
  'deepseek-r1': {
    name: 'DeepSeek-R1 text completion',
    required: ['prompt'],
    allowed: ['max_tokens', 'prompt', 'stop', 'temperature', 'top_p'],
    foreign: {
      max_gen_len: { belongsTo: LLAMA, insteadUse: 'max_tokens' },
      anthropic_version: { belongsTo: CLAUDE_MESSAGES, insteadUse: null },
    },
    ranges: { max_tokens: { min: 1, max: 32_768 }, temperature: { max: 1 }, top_p: { max: 1 } },
    sources: [
      source(DOCS.deepseek, ['required', 'allowed', 'ranges']),
      source(DOCS.meta, ['foreign.max_gen_len']),
      source(DOCS.claudeMessages, ['foreign.anthropic_version']),
    ],
  },
  'stability-stable-image-ultra': {
    // Stable Image Core's page shows a `prompt` body in its example but lists `text_prompts` as required:
    // the sources disagree, so Core is not given this family.
    name: 'Stability AI Stable Image Ultra (text to image)',
    required: ['prompt'],
    allowed: null,
    foreign: {},
    ranges: {},
    sources: [source(DOCS.stableImageUltra, ['required'])],
  },
  'twelvelabs-pegasus': {
    name: 'TwelveLabs Pegasus 1.2',
    required: ['inputPrompt', 'mediaSource'],
    allowed: ['inputPrompt', 'maxOutputTokens', 'mediaSource', 'responseFormat', 'temperature'],
    foreign: { prompt: { belongsTo: `${LLAMA}, Mistral AI and others`, insteadUse: 'inputPrompt' } },
    ranges: { temperature: { min: 0, max: 1 }, maxOutputTokens: { max: 4096 } },
    sources: [source(DOCS.pegasus, ['required', 'allowed', 'ranges']), source(DOCS.meta, ['foreign.prompt'])],
  },
  'luma-ray': {
    name: 'Luma AI Ray 2 (StartAsyncInvoke modelInput)',
    required: ['prompt'],
    // The page lists these five fields; whether others are rejected is not documented.
    allowed: null,
    foreign: {},
    ranges: {
      aspect_ratio: { oneOf: ['16:9', '1:1', '21:9', '3:4', '4:3', '9:16', '9:21'] },
      duration: { oneOf: ['5s', '9s'] },
      resolution: { oneOf: ['540p', '720p'] },
    },
    sources: [source(DOCS.luma, ['required', 'ranges'])],
  },
};
