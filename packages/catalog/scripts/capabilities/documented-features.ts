// Converse features and limits by model, from AWS's own pages as the docs index holds them on 2026-12-01 (each
// page's opening: a table or list further down a page could not be read). build.ts reads these claims beside
// documented.ts and sets a field only where every claim about it agrees. What the readable parts do not state
// (Converse features of Claude 4.5 and later, cachePoint minimums other than Claude 3.7 Sonnet's and Haiku 4.5's, the
// 1,024-token thinking floor) stays unknown: data/CAPABILITIES.md lists it.
import type { Claim } from './documented.ts';
import type { Source } from './sources.ts';

const READ = '2026-12-01';

/** The pages, each as read: where a copy in another language or the Markdown rendering was the readable one, its own URL. */
export const FEATURE_PAGES = {
  // The Markdown rendering of the extended-thinking page: a newer list than the HTML page's opening (which names
  // Claude Opus 4, Sonnet 4 and 3.7 Sonnet only), with a note that Claude Fable 5 takes no extended thinking.
  extendedThinking: { url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.md', date: READ },
  // "Model reasoning is available for the following models", with the number of tokens each may produce
  // (output and reasoning together).
  inferenceReasoning: { url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-reasoning.html', date: READ },
  // The Simplified Chinese copy of the Converse table reaches the Claude Opus 4 and Opus 4.1 rows.
  converseFeaturesZhCn: {
    url: 'https://docs.aws.amazon.com/zh_cn/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
    date: READ,
  },
  // The Korean Markdown copy of the prompt-caching page: "most models support a 5-minute TTL, while Claude Opus
  // 4.5, Claude Haiku 4.5 and … support an extended TTL" (the third name is lost in the translation).
  promptCachingTtl: { url: 'https://docs.aws.amazon.com/ko_kr/bedrock/latest/userguide/prompt-caching.md', date: READ },
  // Model cards whose copy in the index reaches past the details. The Japanese copy of Claude Haiku 4.5's card
  // reaches its prompt-caching table: supported, at least 4,096 tokens per checkpoint, 4 checkpoints, TTL 5 minutes
  // or 1 hour, in system, messages and tools.
  haiku45CardJa: { url: 'https://docs.aws.amazon.com/ja_jp/bedrock/latest/userguide/model-card-anthropic-claude-haiku-4-5.html', date: READ },
  // The Markdown rendering of Claude Opus 4.7's card: "only supports thinking.type: "adaptive" … thinking.type:
  // "enabled" with budget_tokens is not supported and will return a 400 error".
  opus47Card: { url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-4-7.md', date: READ },
  // Amazon Nova 2 user guide, "Using the Converse API": system prompts, document chat, vision (images and video)
  // and tool use for Amazon Nova models (the French copy, still in English when read).
  nova2Converse: { url: 'https://docs.aws.amazon.com/fr_fr/nova/latest/nova2-userguide/using-converse-api.html', date: READ },
} satisfies Record<string, Source>;

const OPUS_4 = 'anthropic.claude-opus-4-20250514-v1:0';
const SONNET_4 = 'anthropic.claude-sonnet-4-20250514-v1:0';
const SONNET_37 = 'anthropic.claude-3-7-sonnet-20250219-v1:0';
const OPUS_45 = 'anthropic.claude-opus-4-5-20251101-v1:0';
const SONNET_45 = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const HAIKU_45 = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const SONNET_46 = 'anthropic.claude-sonnet-4-6';
const OPUS_46 = 'anthropic.claude-opus-4-6-v1';

const budgeted = { 'converse.reasoning': { kind: 'budgeted', minBudgetTokens: null } };

const REASONING: Claim[] = [
  // "The supported models are as follows" (the list is not read as closed: it leaves out Claude Opus 4.1).
  {
    models: [OPUS_45, OPUS_4, SONNET_4, SONNET_45, SONNET_46, OPUS_46, HAIKU_45, SONNET_37],
    facts: budgeted,
    source: FEATURE_PAGES.extendedThinking,
  },
  // "Claude Fable 5.1, Claude Mythos 5.1, Claude Mythos 5, and Claude Fable 5 do not support extended thinking":
  // of those the catalog lists Fable 5, which the adaptive-thinking page gives adaptive thinking only.
  {
    models: ['anthropic.claude-fable-5'],
    facts: { 'converse.reasoning': { kind: 'adaptive-only', minBudgetTokens: null } },
    source: FEATURE_PAGES.extendedThinking,
  },
  // "Reasoning can be enabled or disabled for this model using a configurable token budget."
  { models: [OPUS_4, SONNET_4, SONNET_37], facts: budgeted, source: FEATURE_PAGES.inferenceReasoning },
  {
    models: ['anthropic.claude-opus-4-7'],
    facts: { 'converse.reasoning': { kind: 'adaptive-only', minBudgetTokens: null } },
    source: FEATURE_PAGES.opus47Card,
  },
];

const LIMITS: Claim[] = [
  // "This model will have N tokens, which includes both output and reasoning tokens."
  { models: [OPUS_4], facts: { maxOutputTokens: 32_768 }, source: FEATURE_PAGES.inferenceReasoning },
  { models: [SONNET_4, SONNET_37], facts: { maxOutputTokens: 65_536 }, source: FEATURE_PAGES.inferenceReasoning },
  // "The maximum number of output tokens must not be greater than 8192": disagrees with the DeepSeek
  // parameters page (max_tokens up to 32,768), so the limit stays unknown.
  { models: ['deepseek.r1-v1:0'], facts: { maxOutputTokens: 8192 }, source: FEATURE_PAGES.inferenceReasoning },
];

const CONVERSE_TABLE: Claim[] = [
  // Anthropic Claude Opus 4: Converse, ConverseStream, system prompts, document chat, vision, tool use and
  // streaming tool use all "是" (yes).
  {
    models: [OPUS_4],
    facts: {
      'operations.converse': true,
      'operations.converseStream': true,
      'converse.systemPrompt': true,
      'converse.documentInput': true,
      'converse.imageInput': true,
      'converse.toolUse': true,
      'converse.toolUseStreaming': true,
    },
    source: FEATURE_PAGES.converseFeaturesZhCn,
  },
  {
    models: ['amazon.nova-2-lite-v1:0'],
    facts: {
      'converse.systemPrompt': true,
      'converse.documentInput': true,
      'converse.imageInput': true,
      'converse.videoInput': true,
      'converse.toolUse': true,
    },
    source: FEATURE_PAGES.nova2Converse,
  },
];

const CACHING: Claim[] = [
  // A cache TTL is documented for it, so it caches; the minimum per checkpoint is further down the page. (Haiku 4.5,
  // named there too, takes its minimum from its card.)
  { models: [OPUS_45], facts: { 'converse.promptCaching': { supported: true, minimumTokens: null } }, source: FEATURE_PAGES.promptCachingTtl },
  { models: [HAIKU_45], facts: { 'converse.promptCaching': { supported: true, minimumTokens: 4096 } }, source: FEATURE_PAGES.haiku45CardJa },
];

/** The claims of this file, in the order build.ts reads them (after documented.ts). */
export const DOCUMENTED_FEATURES: readonly Claim[] = [...REASONING, ...LIMITS, ...CONVERSE_TABLE, ...CACHING];
