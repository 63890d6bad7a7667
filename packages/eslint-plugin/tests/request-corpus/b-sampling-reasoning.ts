// B-SAMPLING and B-REASONING (budget): inference parameters the model rejects together or out of bounds.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { BedrockModel } from '@strands-agents/sdk';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];

// case BerriAI/litellm#15070: Claude Sonnet 4.5 with temperature and top_p
export const litellm = () =>
  client.send(new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', messages, inferenceConfig: { temperature: 0.7, topP: 1 } })); // expect: valid-inference-parameters

// case mem0ai/mem0#4147: a memory layer's defaults send both to a newer Claude
const MEM0_CONFIG = { temperature: 0.1, topP: 0.1, maxTokens: 2000 }; // expect: valid-inference-parameters
export const mem0 = () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', messages, inferenceConfig: MEM0_CONFIG }));

// case skydiscover-ai/skydiscover#15: Claude Sonnet 4.6 through an agent framework with both set
export const skydiscover = new BedrockModel({ modelId: 'global.anthropic.claude-sonnet-4-6', temperature: 0.5, topP: 0.95 }); // expect: valid-inference-parameters

// case pollinations/pollinations#11925: a thinking budget as large as the output limit
export const pollinations = () =>
  client.send(
    new ConverseCommand({
      modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
      messages,
      inferenceConfig: { maxTokens: 8000 },
      additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } }, // expect: valid-inference-parameters
    }),
  );

// case aws-samples/sample-connector-for-bedrock#87: an application inference profile hides the model, so nothing is known and nothing is said
export const connector = () =>
  client.send(
    new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6', messages, inferenceConfig: { temperature: 0.7, topP: 0.9 } }),
  );

// correct: one sampling parameter, a budget below maxTokens, both where the model takes both
export const correct = [
  () => client.send(new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', messages, inferenceConfig: { temperature: 0.7 } })),
  () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { temperature: 0.7, topP: 0.9 } })),
  () =>
    client.send(
      new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages, inferenceConfig: { maxTokens: 16000 }, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 8000 } } }),
    ),
  new BedrockModel({ modelId: 'global.anthropic.claude-sonnet-4-6', temperature: 0.5 }),
];
