import rule from '../../src/rules/valid-inference-parameters.js';
import { testCapabilities } from '../capabilities.js';
import { testCatalog } from '../catalog.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester({ capabilities: testCapabilities });
// The user maps the application inference profile of aws-samples/sample-connector-for-bedrock#87 to the system profile it copies from.
const PROFILE_ARN = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
const mappedProfile = {
  'bedrock-models': {
    catalog: testCatalog,
    capabilities: testCapabilities,
    applicationInferenceProfiles: { [PROFILE_ARN]: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
  },
};

ruleTester.run('valid-inference-parameters', rule, {
  valid: [
    {
      // at the limit
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens: 4096 } }));`,
    },
    {
      // a value not known statically
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
export async function ask(maxTokens: number) {
  return client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens } }));
}`,
    },
    {
      // a spread of unknown values
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { ...defaults } }));`,
    },
    {
      // a model the capabilities do not know
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mycorp.private-model-v1:0', messages, inferenceConfig: { maxTokens: 100000 } }));`,
    },
    {
      // a model whose output limit is null
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'openai.gpt-5.6-sol', messages, inferenceConfig: { maxTokens: 100000 } }));`,
    },
    {
      // temperature with topP where the model takes both
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { temperature: 0.2, topP: 0.9 } }));`,
    },
    {
      // temperature with topP where exclusivity is unknown (null)
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-1-20250805-v1:0', messages, inferenceConfig: { temperature: 0.2, topP: 0.9 } }));`,
    },
    {
      // topP that may be undefined (the SDK then sends nothing)
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages, inferenceConfig: { temperature: 0.2, topP: options.topP } }));`,
    },
    {
      // an application inference profile: opaque
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123', messages, inferenceConfig: { maxTokens: 100000 } }));`,
    },
    {
      // an application inference profile the settings do not map: its model is not known, so nothing is said
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/f6e5d4c3b2a1', messages, inferenceConfig: { temperature: 0.2, topP: 0.9 } }));`,
      settings: mappedProfile,
    },
    {
      // a class of our own with the same name
      code: `class ConverseCommand { constructor(readonly input: object) {} }
new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', inferenceConfig: { maxTokens: 8192 } });`,
    },
    {
      // a request for another provider
      code: `import OpenAI from 'openai';
const openai = new OpenAI();
await openai.chat.completions.create({ model: 'gpt-4o', max_tokens: 100000, messages });`,
    },
    {
      // a wrapper whose options are not mapped
      code: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
const chat = new BedrockChat({ model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', maxTokens: 8192 });`,
    },
    {
      // a thinking budget within its bounds
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages, inferenceConfig: { maxTokens: 8000 }, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 4000 } } }));`,
    },
    {
      // capabilities turned off: silent
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens: 8192 } }));`,
      settings: { 'bedrock-models': { catalog: testCatalog, capabilities: null } },
    },
  ],
  invalid: [
    {
      // maxTokens above the output limit
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  messages,
  inferenceConfig: { maxTokens: 8192 },
}));`,
      output: null,
      errors: [
        {
          messageId: 'maxTokensAboveLimit',
          data: {
            key: 'maxTokens',
            value: '8192',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            limit: '4096',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-5-sonnet.html',
          },
          line: 6,
          column: 33,
          suggestions: [
            {
              messageId: 'clampMaxTokens',
              data: { key: 'maxTokens', limit: '4096' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  messages,
  inferenceConfig: { maxTokens: 4096 },
}));`,
            },
          ],
        },
      ],
    },
    {
      // the aggregated client, a profile, the request in a const
      code: `import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';
const runtime = new BedrockRuntime({ region: 'us-east-1' });
const request = { modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens: 10_000, temperature: 0.5 } };
await runtime.converse(request);`,
      output: null,
      errors: [
        {
          messageId: 'maxTokensAboveLimit',
          data: {
            key: 'maxTokens',
            value: '10000',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            limit: '4096',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-5-sonnet.html',
          },
          line: 3,
          column: 116,
          suggestions: [
            {
              messageId: 'clampMaxTokens',
              data: { key: 'maxTokens', limit: '4096' },
              output: `import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';
const runtime = new BedrockRuntime({ region: 'us-east-1' });
const request = { modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens: 4096, temperature: 0.5 } };
await runtime.converse(request);`,
            },
          ],
        },
      ],
    },
    {
      // the AI SDK maps maxOutputTokens onto maxTokens
      code: `import { generateText } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';
const { text } = await generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0'), prompt, maxOutputTokens: 7168 });`,
      output: null,
      errors: [
        {
          messageId: 'maxTokensAboveLimit',
          data: {
            key: 'maxOutputTokens',
            value: '7168',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            limit: '4096',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-5-sonnet.html',
          },
          line: 3,
          column: 125,
          suggestions: [
            {
              messageId: 'clampMaxTokens',
              data: { key: 'maxOutputTokens', limit: '4096' },
              output: `import { generateText } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';
const { text } = await generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0'), prompt, maxOutputTokens: 4096 });`,
            },
          ],
        },
      ],
    },
    {
      // LangChain ChatBedrockConverse
      code: `import { ChatBedrockConverse } from '@langchain/aws';
const llm = new ChatBedrockConverse({ model: 'anthropic.claude-opus-4-1-20250805-v1:0', region: 'us-east-1', maxTokens: 64000 });`,
      output: null,
      errors: [
        {
          messageId: 'maxTokensAboveLimit',
          data: {
            key: 'maxTokens',
            value: '64000',
            model: 'anthropic.claude-opus-4-1-20250805-v1:0',
            limit: '32000',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-opus-4-1.html',
          },
          line: 2,
          column: 121,
          suggestions: [
            {
              messageId: 'clampMaxTokens',
              data: { key: 'maxTokens', limit: '32000' },
              output: `import { ChatBedrockConverse } from '@langchain/aws';
const llm = new ChatBedrockConverse({ model: 'anthropic.claude-opus-4-1-20250805-v1:0', region: 'us-east-1', maxTokens: 32000 });`,
            },
          ],
        },
      ],
    },
    {
      // Strands BedrockModel: temperature with topP
      code: `import { BedrockModel } from '@strands-agents/sdk';
const model = new BedrockModel({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', maxTokens: 2000, temperature: 0.3, topP: 0.8 });`,
      output: null,
      errors: [
        {
          messageId: 'temperatureWithTopP',
          data: {
            model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            key: 'topP',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 123,
          suggestions: [
            {
              messageId: 'dropTopP',
              data: { key: 'topP' },
              output: `import { BedrockModel } from '@strands-agents/sdk';
const model = new BedrockModel({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', maxTokens: 2000, temperature: 0.3 });`,
            },
          ],
        },
      ],
    },
    {
      // temperature with topP where the model takes one
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages, inferenceConfig: { temperature: 0.7, topP: 0.95, maxTokens: 1024 } }));`,
      output: null,
      errors: [
        {
          messageId: 'temperatureWithTopP',
          data: {
            model: 'anthropic.claude-sonnet-4-6',
            key: 'topP',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 128,
          suggestions: [
            {
              messageId: 'dropTopP',
              data: { key: 'topP' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages, inferenceConfig: { temperature: 0.7, maxTokens: 1024 } }));`,
            },
          ],
        },
      ],
    },
    {
      // temperature with topP through an application inference profile the settings map to Claude Sonnet 4.5
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: '${PROFILE_ARN}', messages, inferenceConfig: { temperature: 0.7, topP: 0.9 } }));`,
      settings: mappedProfile,
      output: null,
      errors: [
        {
          messageId: 'temperatureWithTopP',
          data: {
            model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            key: 'topP',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 182,
          suggestions: [
            {
              messageId: 'dropTopP',
              data: { key: 'topP' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: '${PROFILE_ARN}', messages, inferenceConfig: { temperature: 0.7 } }));`,
            },
          ],
        },
      ],
    },
    {
      // a thinking budget not below maxTokens
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({
  modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  messages,
  inferenceConfig: { maxTokens: 4000 },
  additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 4000 } },
}));`,
      output: null,
      errors: [
        {
          messageId: 'budgetNotBelowMaxTokens',
          data: { budget: '4000', maxTokens: '4000', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html' },
          line: 6,
          column: 79,
          suggestions: [],
        },
      ],
    },
    {
      // a thinking budget below the minimum
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({
  modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  messages,
  additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 512 } },
}));`,
      output: null,
      errors: [
        {
          messageId: 'budgetBelowMinimum',
          data: {
            budget: '512',
            model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            minimum: '1024',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html',
          },
          line: 5,
          column: 79,
          suggestions: [
            {
              messageId: 'raiseBudget',
              data: { minimum: '1024' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({
  modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  messages,
  additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 1024 } },
}));`,
            },
          ],
        },
      ],
    },
    {
      // one of two models has the lower limit
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const modelId = fast ? 'anthropic.claude-3-haiku-20240307-v1:0' : 'anthropic.claude-sonnet-4-5-20250929-v1:0';
await client.send(new ConverseCommand({ modelId, messages, inferenceConfig: { maxTokens: 8192 } }));`,
      output: null,
      errors: [
        {
          messageId: 'maxTokensAboveLimit',
          data: {
            key: 'maxTokens',
            value: '8192',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            limit: '4096',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-haiku.html',
          },
          line: 3,
          column: 90,
          suggestions: [
            {
              messageId: 'clampMaxTokens',
              data: { key: 'maxTokens', limit: '4096' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const modelId = fast ? 'anthropic.claude-3-haiku-20240307-v1:0' : 'anthropic.claude-sonnet-4-5-20250929-v1:0';
await client.send(new ConverseCommand({ modelId, messages, inferenceConfig: { maxTokens: 4096 } }));`,
            },
          ],
        },
      ],
    },
  ],
});
