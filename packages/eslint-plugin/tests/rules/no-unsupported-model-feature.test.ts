import rule from '../../src/rules/no-unsupported-model-feature.js';
import { testCapabilities } from '../capabilities.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester({ capabilities: testCapabilities });

ruleTester.run('no-unsupported-model-feature', rule, {
  valid: [
    {
      // the declared format is the file's
      code: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes: readFileSync('photo.JPG') } } }] }] }));`,
    },
    {
      // a path not written out, and bytes read as text, say nothing about the format
      code: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: readFileSync(path) } } }] }] }));\nawait client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: readFileSync('photo.jpg', 'base64') } } }] }] }));`,
    },
    {
      // a wrapper whose options are not mapped (tools bound through LangChain)
      code: `import { ChatBedrockConverse } from '@langchain/aws';\nconst llm = new ChatBedrockConverse({ model: 'meta.llama3-2-1b-instruct-v1:0' }).bindTools(tools);`,
    },
    {
      // an empty system list sends no system prompt
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', system: [], messages }));`,
    },
    {
      // a model with every feature used
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', system: [{ text: 'Be brief.' }, { cachePoint: { type: 'default' } }], messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes } } }] }], toolConfig }));`,
    },
    {
      // a conditional spread: the tree does not show toolConfig
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-1b-instruct-v1:0', messages, ...(tools ? { toolConfig: tools } : {}) }));`,
    },
    {
      // toolConfig sent as undefined
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-1b-instruct-v1:0', messages, toolConfig: undefined }));`,
    },
    {
      // an unknown model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mycorp.private-model-v1:0', system, toolConfig, messages }));`,
    },
    {
      // tool use unknown (null) for the model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', toolConfig, messages }));`,
    },
    {
      // tools without streaming
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama4-maverick-17b-instruct-v1:0', toolConfig, messages }));`,
    },
    {
      // not a Converse request
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', body: JSON.stringify({ system: 'x', prompt }) }));`,
    },
    {
      // another provider
      code: `import Anthropic from '@anthropic-ai/sdk';
await new Anthropic().messages.create({ model: 'claude-3-5-haiku-latest', system: 'Be brief.', max_tokens: 100, messages });`,
    },
    {
      // adaptive thinking where only adaptive is taken
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-7', messages, additionalModelRequestFields: { thinking: { type: 'adaptive' } } }));`,
    },
  ],
  invalid: [
    {
      // tool use on a model without it
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({
  modelId: 'meta.llama3-2-1b-instruct-v1:0',
  messages,
  toolConfig: { tools },
}));`,
      output: null,
      errors: [
        {
          messageId: 'toolUse',
          data: {
            model: 'meta.llama3-2-1b-instruct-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 6,
          column: 3,
          suggestions: [
            {
              messageId: 'removeFeature',
              data: { key: 'toolConfig' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({
  modelId: 'meta.llama3-2-1b-instruct-v1:0',
  messages
}));`,
            },
          ],
        },
      ],
    },
    {
      // tools while streaming
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseStreamCommand({ modelId: 'meta.llama4-maverick-17b-instruct-v1:0', messages, toolConfig: { tools } }));`,
      output: null,
      errors: [
        {
          messageId: 'toolUseStreaming',
          data: {
            model: 'meta.llama4-maverick-17b-instruct-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 2,
          column: 108,
          suggestions: [],
        },
      ],
    },
    {
      // toolChoice where the model takes none
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-1-70b-instruct-v1:0', messages, toolConfig: { tools, toolChoice: { any: {} } } }));`,
      output: null,
      errors: [
        {
          messageId: 'toolChoice',
          data: { model: 'meta.llama3-1-70b-instruct-v1:0', source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ToolChoice.html' },
          line: 2,
          column: 116,
          suggestions: [
            {
              messageId: 'removeFeature',
              data: { key: 'toolChoice' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-1-70b-instruct-v1:0', messages, toolConfig: { tools } }));`,
            },
          ],
        },
      ],
    },
    {
      // a system prompt on a model without it
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', system: [{ text: 'You are terse.' }], messages }));`,
      output: null,
      errors: [
        {
          messageId: 'systemPrompt',
          data: {
            model: 'mistral.mistral-7b-instruct-v0:2',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 2,
          column: 86,
          suggestions: [
            {
              messageId: 'removeFeature',
              data: { key: 'system' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mistral.mistral-7b-instruct-v0:2', messages }));`,
            },
          ],
        },
      ],
    },
    {
      // an image to a text-only model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mistral.mistral-large-2402-v1:0', messages: [{ role: 'user', content: [{ text: 'What is this?' }, { image: { format: 'png', source: { bytes } } }] }] }));`,
      output: null,
      errors: [
        {
          messageId: 'contentBlock',
          data: {
            model: 'mistral.mistral-large-2402-v1:0',
            block: 'image',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 2,
          column: 151,
          suggestions: [],
        },
      ],
    },
    {
      // an image inside a tool result
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const messages = [
  { role: 'assistant', content: [{ toolUse: { toolUseId, name: 'screenshot', input: {} } }] },
  { role: 'user', content: [{ toolResult: { toolUseId, content: [{ image: { format: 'png', source: { bytes } } }] } }] },
];
await client.send(new ConverseCommand({ modelId: 'openai.gpt-5.6-sol', messages }));`,
      output: null,
      errors: [
        {
          messageId: 'imageInToolResult',
          data: {
            model: 'openai.gpt-5.6-sol',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 4,
          column: 68,
          suggestions: [],
        },
      ],
    },
    {
      // cachePoint on a model without prompt caching
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', system: [{ text: prompt }, { cachePoint: { type: 'default' } }], messages }));`,
      output: null,
      errors: [
        {
          messageId: 'promptCaching',
          data: { model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html' },
          line: 2,
          column: 124,
          suggestions: [
            {
              messageId: 'removeFeature',
              data: { key: 'cachePoint' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', system: [{ text: prompt }], messages }));`,
            },
          ],
        },
      ],
    },
    {
      // cachePoint beside content in one block
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages: [{ role: 'user', content: [{ text: document, cachePoint: { type: 'default' } }] }] }));`,
      output: null,
      errors: [
        {
          messageId: 'promptCaching',
          data: { model: 'anthropic.claude-3-5-sonnet-20240620-v1:0', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html' },
          line: 2,
          column: 150,
          suggestions: [
            {
              messageId: 'removeFeature',
              data: { key: 'cachePoint' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages: [{ role: 'user', content: [{ text: document }] }] }));`,
            },
          ],
        },
      ],
    },
    {
      // a budgeted thinking type where only adaptive is taken
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-7', messages, additionalModelRequestFields: { thinking: { type: 'enabled' } } }));`,
      output: null,
      errors: [
        {
          messageId: 'adaptiveOnly',
          data: {
            model: 'anthropic.claude-opus-4-7',
            value: 'enabled',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html',
          },
          line: 2,
          column: 139,
          suggestions: [
            {
              messageId: 'useAdaptive',
              data: {},
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-opus-4-7', messages, additionalModelRequestFields: { thinking: { type: 'adaptive' } } }));`,
            },
          ],
        },
      ],
    },
    {
      // reasoning on a model without it
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, additionalModelRequestFields: { thinking: { type: 'enabled', budget_tokens: 2048 } } }));`,
      output: null,
      errors: [
        {
          messageId: 'reasoning',
          data: {
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            key: 'thinking',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference-supported-models-features.html',
          },
          line: 2,
          column: 137,
          suggestions: [],
        },
      ],
    },
    {
      // an image format Converse does not take
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'JPG', source: { bytes } } }] }] }));`,
      output: null,
      errors: [
        {
          messageId: 'imageFormat',
          data: {
            format: 'JPG',
            formats: 'png, jpeg, gif, webp',
            source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html',
          },
          line: 2,
          column: 151,
          suggestions: [
            {
              messageId: 'useFormat',
              data: { format: 'jpeg' },
              output: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes } } }] }] }));`,
            },
          ],
        },
      ],
    },
    {
      // a declared format other than the format the file's extension names
      code: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: readFileSync('photo.jpg') } } }] }] }));`,
      output: null,
      errors: [
        {
          messageId: 'imageFormatMismatch',
          data: { format: 'png', file: 'photo.jpg', fileFormat: 'jpeg', source: 'https://github.com/boto/boto3/issues/4415' },
          line: 3,
          column: 141,
          suggestions: [
            {
              messageId: 'useFormat',
              data: { format: 'jpeg' },
              output: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes: readFileSync('photo.jpg') } } }] }] }));`,
            },
          ],
        },
      ],
    },
    {
      // the file extension as the format: the suggestion writes the format of the file read
      code: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'jpg', source: { bytes: readFileSync('scan.png') } } }] }] }));`,
      output: null,
      errors: [
        {
          messageId: 'imageFormat',
          data: {
            format: 'jpg',
            formats: 'png, jpeg, gif, webp',
            source: 'https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html',
          },
          line: 3,
          column: 141,
          suggestions: [
            {
              messageId: 'useFormat',
              data: { format: 'png' },
              output: `import { readFileSync } from 'node:fs';
import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: readFileSync('scan.png') } } }] }] }));`,
            },
          ],
        },
      ],
    },
  ],
});
