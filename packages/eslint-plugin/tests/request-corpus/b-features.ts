// B-IMAGE, B-CACHE, B-TOOLS, B-SYSTEM, B-STREAM (tools), B-REASONING (type): Converse features the model lacks.
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];
declare const tools: unknown[];
declare const bytes: Uint8Array;
declare const toolUseId: string;

// case NousResearch/hermes-agent#55429: an image format written as the file extension
export const hermes = () =>
  client.send(
    new ConverseCommand({
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      messages: [{ role: 'user', content: [{ text: 'Describe it.' }, { image: { format: 'jpg', source: { bytes } } }] }], // expect: no-unsupported-model-feature
    }),
  );

// case anomalyco/opencode#50272: a screenshot returned inside a tool result to a model that takes images only from the user
const toolTurn = [
  { role: 'user', content: [{ toolResult: { toolUseId, content: [{ image: { format: 'png', source: { bytes } } }] } }] }, // expect: no-unsupported-model-feature
];
export const opencode = () => client.send(new ConverseCommand({ modelId: 'deepseek.r1-v1:0', messages: toolTurn }));

// case can1357/oh-my-pi#11685: the same tool-result image sent to a GPT-5.6 model on Converse
export const ohMyPi = () =>
  client.send(
    new ConverseCommand({
      modelId: 'openai.gpt-5.6-terra',
      messages: [{ role: 'user', content: [{ toolResult: { toolUseId, content: [{ image: { format: 'png', source: { bytes } } }] } }] }], // expect: no-unsupported-model-feature
    }),
  );

// case earendil-works/pi#2053: cachePoint sent to a model without prompt caching ("extraneous key [cachePoint]")
export const pi = () =>
  client.send(new ConverseCommand({ modelId: 'mistral.mistral-large-2402-v1:0', system: [{ text: 'You are a coding agent.' }, { cachePoint: { type: 'default' } }], messages })); // expect: no-unsupported-model-feature

// case pensarai/apex#943: cachePoint for DeepSeek R1 and for Claude 3.5 Sonnet (June 2024), neither of which caches
const cached = [{ role: 'user', content: [{ text: 'Long context' }, { cachePoint: { type: 'default' } }] }]; // expect: no-unsupported-model-feature
export const apexDeepSeek = () => client.send(new ConverseCommand({ modelId: 'deepseek.r1-v1:0', messages: cached }));
export const apexClaude = () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages: cached }));

// case strands-agents/harness-sdk#1807: caching turned on by a model-name test that also matched Llama
export const harness = () =>
  client.send(new ConverseCommand({ modelId: 'us.meta.llama3-3-70b-instruct-v1:0', system: [{ text: 'System' }, { cachePoint: { type: 'default' } }], messages })); // expect: no-unsupported-model-feature

// case zeroclaw-labs/zeroclaw#7315: Qwen3 Coder Next with a cache checkpoint among the tools
export const zeroclaw = () =>
  client.send(new ConverseCommand({ modelId: 'qwen.qwen3-coder-next', messages, toolConfig: { tools: [...tools, { cachePoint: { type: 'default' } }] } })); // expect: no-unsupported-model-feature

// case epam/ai-dial-adapter-bedrock#181: tools sent to Llama 3.2 1B
export const dialAdapter = () => client.send(new ConverseCommand({ modelId: 'meta.llama3-2-1b-instruct-v1:0', messages, toolConfig: { tools } })); // expect: no-unsupported-model-feature

// case langchain-ai/langchain-aws#447: tools sent to DeepSeek R1 through Converse
export const langchainAws = () => client.send(new ConverseCommand({ modelId: 'us.deepseek.r1-v1:0', messages, toolConfig: { tools, toolChoice: { auto: {} } } })); // expect: no-unsupported-model-feature

// case 567-labs/instructor#1753: a system prompt for Mistral 7B Instruct
export const instructor = () => client.send(new ConverseCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', system: [{ text: 'Extract the fields as JSON.' }], messages })); // expect: no-unsupported-model-feature

// case earendil-works/pi#3739: tools while streaming with Llama 4 Maverick
export const piStream = () => client.send(new ConverseStreamCommand({ modelId: 'us.meta.llama4-maverick-17b-instruct-v1:0', messages, toolConfig: { tools } })); // expect: no-unsupported-model-feature

// case run-llama/llama_index#19655: streaming tool calls with Llama 4 Scout
export const llamaIndexStream = () => client.send(new ConverseStreamCommand({ modelId: 'meta.llama4-scout-17b-instruct-v1:0', messages, toolConfig: { tools } })); // expect: no-unsupported-model-feature

// case theopenco/llmgateway#2778: budgeted thinking for a model that takes only adaptive thinking
export const gatewayThinking = () =>
  client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-7', messages, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } } })); // expect: no-unsupported-model-feature

// case theopenco/llmgateway#2846: stale data said Claude 4.x took no images and the gateway refused them; an image to Claude Sonnet 4.5 is right
export const gatewayVision = () =>
  client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes } } }] }] }));

// correct: the same features where the models have them
export const correct = [
  () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes } } }] }] })),
  () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages: toolTurn, system: [{ text: 'x' }, { cachePoint: { type: 'default' } }], toolConfig: { tools } })),
  () => client.send(new ConverseCommand({ modelId: 'us.meta.llama4-maverick-17b-instruct-v1:0', messages, toolConfig: { tools } })),
  () => client.send(new ConverseStreamCommand({ modelId: 'us.meta.llama4-maverick-17b-instruct-v1:0', messages })),
  () => client.send(new ConverseCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', messages })),
  () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-7', messages, additionalModelRequestFields: { thinking: { type: 'adaptive' } } })),
  // Features that depend on configuration are not known statically.
  (toolConfig: object) => client.send(new ConverseCommand({ modelId: 'meta.llama3-2-1b-instruct-v1:0', messages, ...toolConfig })),
];
