// Where the capability facts come from. Each constant is one public page (or one recording) and the date it
// was read; data/CAPABILITIES.md says why each kind of source is believed.

export interface Source {
  url: string;
  date: string;
}

const READ = '2026-12-01';
const guide = (page: string): Source => ({ url: `https://docs.aws.amazon.com/bedrock/latest/userguide/${page}`, date: READ });
const apiRef = (page: string): Source => ({ url: `https://docs.aws.amazon.com/bedrock/latest/APIReference/${page}`, date: READ });
const issue = (path: string): Source => ({ url: `https://github.com/${path}`, date: READ });

/** ListFoundationModels over 18 regions (modalities, responseStreamingSupported), as merged into catalog.json. */
export const LIST_FOUNDATION_MODELS: Source = { url: 'recorded/history/2026-08-22/models.json', date: '2026-08-22' };
/** The date the model-card scrape was taken; each card's own URL is the source's address. */
export const MODEL_CARDS_DATE = '2026-08-22';

export const DOCS = {
  converseFeatures: guide('conversation-inference-supported-models-features.html'),
  // An earlier version of the same table, with the rows for Cohere, Meta and Mistral models that the
  // current version's opening (the part that was readable) no longer reaches.
  converseFeaturesEarlier: {
    url: 'https://docs.aws.amazon.com/zh_tw/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
    date: READ,
  },
  promptCaching: guide('prompt-caching.html'),
  extendedThinking: guide('claude-messages-extended-thinking.html'),
  adaptiveThinking: guide('claude-messages-adaptive-thinking.html'),
  claudeMessages: guide('model-parameters-anthropic-claude-messages-request-response.html'),
  claudeMessagesModels: guide('claude-messages-supported-models.html'),
  claudeTextCompletions: guide('model-parameters-anthropic-claude-text-completion.html'),
  anthropicMessagesApi: guide('inference-messages-api.html'),
  novaInvoke: { url: 'https://docs.aws.amazon.com/nova/latest/userguide/invoke.html', date: READ },
  nova2Invoke: { url: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/using-invoke-api.html', date: READ },
  novaReel: { url: 'https://docs.aws.amazon.com/nova/latest/userguide/video-gen-access.html', date: READ },
  // Nova's native request, content blocks included ("nearly identical between the Invoke API and the Converse API").
  novaRequestSchema: { url: 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html', date: READ },
  nova2RequestSchema: { url: 'https://docs.aws.amazon.com/nova/latest/nova2-userguide/request-response-schema.html', date: READ },
  titanText: guide('model-parameters-titan-text.html'),
  titanEmbedText: guide('model-parameters-titan-embed-text.html'),
  titanEmbeddingModels: guide('titan-embedding-models.html'),
  titanEmbedMultimodal: guide('model-parameters-titan-embed-mm.html'),
  titanMultimodalModels: guide('titan-multiemb-models.html'),
  cohereCommandR: guide('model-parameters-cohere-command-r-plus.html'),
  cohereEmbed: guide('model-parameters-embed.html'),
  cohereEmbedV4: guide('model-parameters-embed-v4.html'),
  meta: guide('model-parameters-meta.html'),
  mistralTextCompletion: guide('model-parameters-mistral-text-completion.html'),
  mistralChatCompletion: guide('model-parameters-mistral-chat-completion.html'),
  mistralLarge2407: guide('model-parameters-mistral-large-2407.html'),
  jamba: guide('model-parameters-jamba.html'),
  deepseek: guide('model-parameters-deepseek.html'),
  stableImageUltra: guide('model-parameters-diffusion-stable-ultra-text-image-request-response.html'),
  stableImageCore: guide('model-parameters-diffusion-stable-image-core-text-image-request-response.html'),
  twelveLabs: guide('model-parameters-twelvelabs.html'),
  pegasus: guide('model-parameters-pegasus.html'),
  luma: guide('model-parameters-luma.html'),
  toolChoice: apiRef('API_runtime_ToolChoice.html'),
  // The members of Converse's ContentBlock union, the keys a Converse-shaped content block can have.
  converseContentBlock: apiRef('API_runtime_ContentBlock.html'),
  toolResultContentBlock: apiRef('API_runtime_ToolResultContentBlock.html'),
  // The base URLs of the OpenAI-compatible APIs on both endpoints, and that mantle's path prefix varies by model.
  responsesApi: guide('inference-responses-api.html'),
} satisfies Record<string, Source>;

/** Runtime errors reported in public issues: what the API answered to a real request. */
export const OBSERVED = {
  deepseekR1NoTools: issue('langchain-ai/langchain-aws/issues/447'),
  llama32NoTools: issue('epam/ai-dial-adapter-bedrock/issues/181'),
  llama4NoStreamingTools: issue('earendil-works/pi/issues/3739'),
  mistralNoSystem: issue('567-labs/instructor/issues/1753'),
  gpt56NoToolResultImages: issue('can1357/oh-my-pi/issues/11685'),
  gpt56ToolUse: issue('aws-samples/sample-apj-sup-sa/pull/228'),
  qwenCoderNextNoCache: issue('zeroclaw-labs/zeroclaw/issues/7315'),
  novaProNoCachePoint: issue('earendil-works/pi/issues/2053'),
  deepseekR1NoCache: issue('pensarai/apex/issues/943'),
  claude35SonnetLimit: issue('vercel/ai/issues/2772'),
  claude35SonnetLimitContinue: issue('continuedev/continue/issues/3342'),
  claude35SonnetLimitRoo: issue('RooCodeInc/Roo-Code/issues/248'),
  claude35HaikuLimit: issue('langgenius/dify/issues/10390'),
  llama31Limit: issue('aws-samples/bedrock-access-gateway/issues/41'),
  llama31_8bLimit: issue('pollinations/pollinations/issues/5503'),
  novaProLimit: issue('aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws/issues/175'),
  sonnet45TemperatureTopP: issue('BerriAI/litellm/issues/15070'),
  sonnet46TemperatureTopP: issue('skydiscover-ai/skydiscover/issues/15'),
  haiku45TemperatureTopP: issue('aws-samples/bedrock-access-gateway/issues/191'),
  opus4xTemperatureTopP: issue('aws-samples/bedrock-access-gateway/pull/238'),
  opus41TemperatureTopP: issue('open-webui/functions/pull/9'),
  opusAdaptiveOnly: issue('theopenco/llmgateway/issues/2778'),
  anthropicVersionChecked: issue('boto/boto3/issues/4218'),
  // "#/messages/0/content/0: extraneous key [type] is not permitted" from Nova for an Anthropic-shaped block.
  novaContentBlockType: issue('crmne/ruby_llm/issues/586'),
  // 'prompt must start with "\n\nHuman:" turn after an optional system prompt' from Claude v2.
  claudePromptHumanTurn: issue('spring-projects/spring-ai/issues/404'),
  // 'prompt must start with "\n\nHuman:" turn, prompt must end with "\n\nAssistant:" turn'.
  claudePromptAssistantTurn: issue('langchain-ai/langchain/pull/11090'),
  claudeMaxTokensRequired: issue('diffbot/code-gpt-docs/issues/300'),
  claudeTextCompletionKeys: issue('aws-samples/document-translation/issues/60'),
  titanBodyElsewhere: issue('aws-samples/serverless-pdf-chat/issues/35'),
  claudeExtraneousKeys: issue('fumito-ito/AnthropicSwiftSDK/issues/19'),
  titanEmbedExtraneousKey: issue('BerriAI/litellm/issues/701'),
  titanMultimodalExtraneousKey: issue('BerriAI/litellm/issues/30314'),
  // bedrock-mantle's base path per model: a request under the wrong one was rejected, the other one answered.
  gpt5MantleOpenaiPath: issue('strands-agents/harness-sdk/issues/2629'),
  gpt56MantleOpenaiPath: issue('strands-agents/harness-sdk/pull/3280'),
  gpt55MantleOpenaiPathRaw: issue('BerriAI/litellm/issues/29463'),
  gemma4MantleOpenaiPath: issue('TanStack/ai/pull/1270'),
  kimiMantleV1Path: issue('openai/openai-go/issues/812'),
} satisfies Record<string, Source>;
