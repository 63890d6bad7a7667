import rule from '../../src/rules/valid-invoke-model-body.js';
import { testCapabilities } from '../capabilities.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester({ capabilities: testCapabilities });

ruleTester.run('valid-invoke-model-body', rule, {
  valid: [
    {
      // Nova's own blocks, a block not written out, and a spread that may add any
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hi' }, { image: { format: 'png', source: { bytes } } }, { toolResult: { toolUseId, content } }] }] }) }));
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [block] }] }) }));
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [{ ...block, text: 'Hi' }] }] }) }));`,
    },
    {
      // Anthropic's blocks in a Claude body; a Claude 2 prompt with a system prompt before its turns; turns from an interpolation
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 256, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }) }));
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: 'Be brief.\\n\\nHuman: Hi\\n\\nAssistant:', max_tokens_to_sample: 300 }) }));
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: \`\${turns}\`, max_tokens_to_sample: 300 }) }));`,
    },
    {
      // a wrapper with its own request shape (Anthropic SDK on Bedrock) is not an InvokeModel body here
      code: `import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';\nconst client = new AnthropicBedrock({ awsRegion: 'us-east-1' });\nawait client.messages.create({ model: 'anthropic.claude-3-haiku-20240307-v1:0', max_tokens_to_sample: 300, messages });`,
    },
    {
      // a correct Messages body through a const
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const body = JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 4096, messages: [{ role: 'user', content: prompt }] });
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', contentType: 'application/json', body }));`,
    },
    {
      // a spread hides whether the required keys are there
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ ...base, max_tokens: 512 }) }));`,
    },
    {
      // a body not known statically
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(payload) }));`,
    },
    {
      // Titan Text Embeddings V2 with an allowed dimension
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText: text, dimensions: 512, normalize: true }) }));`,
    },
    {
      // an unknown model
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'mycorp.private-model-v1:0', body: JSON.stringify({ prompt, max_tokens_to_sample: 300 }) }));`,
    },
    {
      // a model whose family is null
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'mistral.mistral-large-2402-v1:0', body: JSON.stringify({ prompt, max_tokens: 100000 }) }));`,
    },
    {
      // a value not known statically
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: limit, messages }) }));`,
    },
    {
      // another provider
      code: `import OpenAI from 'openai';
await new OpenAI().completions.create({ model: 'gpt-3.5-turbo-instruct', prompt, max_tokens_to_sample: 5 });`,
    },
    {
      // temperature alone
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 2048, temperature: 0.2, messages }) }));`,
    },
  ],
  invalid: [
    {
      // a Text Completions body sent to a Messages-API Claude
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const payload = {
  prompt: \`\\n\\nHuman: \${question}\\n\\nAssistant:\`,
  max_tokens_to_sample: 300,
};
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(payload) }));`,
      output: null,
      errors: [
        {
          messageId: 'missingKey',
          data: {
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            key: 'anthropic_version',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 3,
          column: 17,
          suggestions: [
            {
              messageId: 'addKey',
              data: { key: 'anthropic_version', value: '"bedrock-2023-05-31"' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const payload = {
  anthropic_version: 'bedrock-2023-05-31',
  prompt: \`\\n\\nHuman: \${question}\\n\\nAssistant:\`,
  max_tokens_to_sample: 300,
};
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(payload) }));`,
            },
          ],
        },
        {
          messageId: 'missingKey',
          data: {
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            key: 'messages',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 3,
          column: 17,
          suggestions: [],
        },
        {
          messageId: 'foreignKey',
          data: {
            key: 'prompt',
            belongsTo: 'the Anthropic Text Completions API of Claude 2 and earlier',
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 4,
          column: 3,
          suggestions: [],
        },
        {
          messageId: 'foreignKeyRename',
          data: {
            key: 'max_tokens_to_sample',
            belongsTo: 'the Anthropic Text Completions API of Claude 2 and earlier',
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            insteadUse: 'max_tokens',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'renameKey',
              data: { key: 'max_tokens_to_sample', insteadUse: 'max_tokens' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const payload = {
  prompt: \`\\n\\nHuman: \${question}\\n\\nAssistant:\`,
  max_tokens: 300,
};
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(payload) }));`,
            },
          ],
        },
      ],
    },
    {
      // a required key missing
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  body: JSON.stringify({ messages: [{ role: 'user', content: 'Hi' }], anthropic_version: 'bedrock-2023-05-31' }),
}));`,
      output: null,
      errors: [
        {
          messageId: 'missingKey',
          data: {
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            key: 'max_tokens',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 4,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      // anthropic_version missing, added on its own line
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  body: JSON.stringify({
    max_tokens: 1024,
    messages,
  }),
}));`,
      output: null,
      errors: [
        {
          messageId: 'missingKey',
          data: {
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            key: 'anthropic_version',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: 'addKey',
              data: { key: 'anthropic_version', value: '"bedrock-2023-05-31"' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({
  modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
  body: JSON.stringify({
    anthropic_version: 'bedrock-2023-05-31',
    max_tokens: 1024,
    messages,
  }),
}));`,
            },
          ],
        },
      ],
    },
    {
      // a wrong anthropic_version and max_tokens above the limit
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', body: JSON.stringify({ anthropic_version: 'anthropic.claude-3-5-sonnet-20240620-v1:0', max_tokens: 8192, messages }) }));`,
      output: null,
      errors: [
        {
          messageId: 'notEqual',
          data: {
            key: 'anthropic_version',
            expected: '"bedrock-2023-05-31"',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            value: '"anthropic.claude-3-5-sonnet-20240620-v1:0"',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 143,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'anthropic_version', value: '"bedrock-2023-05-31"' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 8192, messages }) }));`,
            },
          ],
        },
        {
          messageId: 'aboveMaximum',
          data: {
            key: 'max_tokens',
            value: '8192',
            maximum: '4096',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-5-sonnet.html',
          },
          line: 2,
          column: 200,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'max_tokens', value: '4096' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', body: JSON.stringify({ anthropic_version: 'anthropic.claude-3-5-sonnet-20240620-v1:0', max_tokens: 4096, messages }) }));`,
            },
          ],
        },
      ],
    },
    {
      // a const read where a literal is due: reported and replaced at the use, not at the const
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const MODEL_ID = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
await client.send(new InvokeModelCommand({ modelId: MODEL_ID, body: JSON.stringify({ anthropic_version: MODEL_ID, max_tokens: 1024, messages }) }));`,
      output: null,
      errors: [
        {
          messageId: 'notEqual',
          data: {
            key: 'anthropic_version',
            expected: '"bedrock-2023-05-31"',
            model: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            value: '"anthropic.claude-3-5-sonnet-20240620-v1:0"',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 3,
          column: 105,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'anthropic_version', value: '"bedrock-2023-05-31"' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
const MODEL_ID = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
await client.send(new InvokeModelCommand({ modelId: MODEL_ID, body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 1024, messages }) }));`,
            },
          ],
        },
      ],
    },
    {
      // keys of the Anthropic API itself
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelWithResponseStreamCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', model: 'claude-3-haiku', stream: true, max_tokens: 512, messages }) }));`,
      output: null,
      errors: [
        {
          messageId: 'foreignKey',
          data: {
            key: 'model',
            belongsTo: "Anthropic's own API (Bedrock takes the model as modelId)",
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 177,
          suggestions: [],
        },
        {
          messageId: 'foreignKey',
          data: {
            key: 'stream',
            belongsTo: "Anthropic's own API (Bedrock streams through InvokeModelWithResponseStream)",
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 202,
          suggestions: [],
        },
      ],
    },
    {
      // a key the family does not take
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512, messages, response_mime_type: 'application/json' }) }));`,
      output: null,
      errors: [
        {
          messageId: 'extraneousKey',
          data: {
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            key: 'response_mime_type',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 186,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'response_mime_type' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512, messages }) }));`,
            },
          ],
        },
      ],
    },
    {
      // a Titan Embeddings dimension it does not offer
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText: text, dimensions: 1536 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'notOneOf',
          data: {
            key: 'dimensions',
            value: '1536',
            model: 'amazon.titan-embed-text-v2:0',
            allowed: '256, 512, 1024',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html',
          },
          line: 2,
          column: 137,
          suggestions: [],
        },
      ],
    },
    {
      // a Cohere Embed body sent to Titan
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v1', body: JSON.stringify({ texts: [text], input_type: 'search_document' }) }));`,
      output: null,
      errors: [
        {
          messageId: 'foreignKeyRename',
          data: {
            key: 'texts',
            belongsTo: 'Cohere Embed',
            family: 'Amazon Titan Embeddings G1 - Text',
            model: 'amazon.titan-embed-text-v1',
            insteadUse: 'inputText',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html',
          },
          line: 2,
          column: 106,
          suggestions: [
            {
              messageId: 'renameKey',
              data: { key: 'texts', insteadUse: 'inputText' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v1', body: JSON.stringify({ inputText: [text], input_type: 'search_document' }) }));`,
            },
          ],
        },
        {
          messageId: 'foreignKey',
          data: {
            key: 'input_type',
            belongsTo: 'Cohere Embed',
            family: 'Amazon Titan Embeddings G1 - Text',
            model: 'amazon.titan-embed-text-v1',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html',
          },
          line: 2,
          column: 121,
          suggestions: [],
        },
      ],
    },
    {
      // a Llama value above its range
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, max_gen_len: 8192, temperature: 0.5 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'aboveMaximum',
          data: {
            key: 'max_gen_len',
            value: '8192',
            maximum: '2048',
            model: 'meta.llama3-1-8b-instruct-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html',
          },
          line: 2,
          column: 131,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'max_gen_len', value: '2048' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, max_gen_len: 2048, temperature: 0.5 }) }));`,
            },
          ],
        },
      ],
    },
    {
      // the model constraints in native form
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 2048, temperature: 0.2, top_p: 0.9, messages, thinking: { type: 'enabled', budget_tokens: 4096 } }) }));`,
      output: null,
      errors: [
        {
          messageId: 'temperatureWithTopP',
          data: {
            model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 198,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'top_p' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 2048, temperature: 0.2, messages, thinking: { type: 'enabled', budget_tokens: 4096 } }) }));`,
            },
          ],
        },
        {
          messageId: 'budgetNotBelowMaxTokens',
          data: { budget: '4096', maxTokens: '2048', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/claude-messages-extended-thinking.html' },
          line: 2,
          column: 264,
          suggestions: [],
        },
      ],
    },
    {
      // below the minimum
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, temperature: 0.5, max_gen_len: 0 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'belowMinimum',
          data: {
            key: 'max_gen_len',
            value: '0',
            minimum: '1',
            model: 'meta.llama3-1-8b-instruct-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-meta.html',
          },
          line: 2,
          column: 149,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'max_gen_len', value: '1' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, temperature: 0.5, max_gen_len: 1 }) }));`,
            },
          ],
        },
      ],
    },
    {
      // an Anthropic-shaped content block in a Nova body: removing `type` leaves Nova's { text }
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] }) }));`,
      output: null,
      errors: [
        {
          messageId: 'contentBlockForeignKey',
          data: {
            key: 'type',
            path: 'messages[0].content[0]',
            belongsTo: 'Anthropic Claude Messages API content blocks',
            family: 'Amazon Nova',
            model: 'amazon.nova-pro-v1:0',
            source: 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html',
          },
          line: 2,
          column: 139,
          suggestions: [
            {
              messageId: 'removeKey',
              data: { key: 'type' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }) }));`,
            },
          ],
        },
      ],
    },
    {
      // an Anthropic image block in a Nova body: no single edit makes it Nova's
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'Look:' }, { type: 'image', source: { bytes } }] }] }) }));`,
      output: null,
      errors: [
        {
          messageId: 'contentBlockForeignKey',
          data: {
            key: 'type',
            path: 'messages[0].content[1]',
            belongsTo: 'Anthropic Claude Messages API content blocks',
            family: 'Amazon Nova',
            model: 'amazon.nova-pro-v1:0',
            source: 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html',
          },
          line: 2,
          column: 158,
          suggestions: [],
        },
        {
          messageId: 'contentBlockExtraneousKey',
          data: {
            key: 'source',
            path: 'messages[0].content[1]',
            family: 'Amazon Nova',
            model: 'amazon.nova-pro-v1:0',
            source: 'https://docs.aws.amazon.com/nova/latest/userguide/complete-request-schema.html',
          },
          line: 2,
          column: 173,
          suggestions: [],
        },
      ],
    },
    {
      // a Converse-shaped block in a Claude Messages body has no `type`
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 256, messages: [{ role: 'user', content: [{ text: 'Hi' }] }] }) }));`,
      output: null,
      errors: [
        {
          messageId: 'contentBlockMissingKey',
          data: {
            key: 'type',
            path: 'messages[0].content[0]',
            family: 'Anthropic Claude Messages API',
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html',
          },
          line: 2,
          column: 213,
          suggestions: [],
        },
      ],
    },
    {
      // a Claude 2 prompt without the blank line before its Human turn
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: 'Human: Hi\\n\\nAssistant:', max_tokens_to_sample: 300 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'missingText',
          data: {
            key: 'prompt',
            expected: '"\\n\\nHuman:"',
            model: 'anthropic.claude-v2',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-text-completion.html',
          },
          line: 2,
          column: 107,
          suggestions: [
            {
              messageId: 'setValue',
              data: { key: 'prompt', value: '"\\n\\nHuman: Hi\\n\\nAssistant:"' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: '\\n\\nHuman: Hi\\n\\nAssistant:', max_tokens_to_sample: 300 }) }));`,
            },
          ],
        },
      ],
    },
    {
      // a template that writes the Assistant turn without its blank line
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: \`\\n\\nHuman: \${question}\\nAssistant:\`, max_tokens_to_sample: 300 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'missingText',
          data: {
            key: 'prompt',
            expected: '"\\n\\nAssistant:"',
            model: 'anthropic.claude-v2',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-text-completion.html',
          },
          line: 2,
          column: 107,
          suggestions: [],
        },
      ],
    },
    {
      // no Assistant turn at all: the suggestion does not invent one
      code: `import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: '\\n\\nHuman: Hi', max_tokens_to_sample: 300 }) }));`,
      output: null,
      errors: [
        {
          messageId: 'missingText',
          data: {
            key: 'prompt',
            expected: '"\\n\\nAssistant:"',
            model: 'anthropic.claude-v2',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-text-completion.html',
          },
          line: 2,
          column: 107,
          suggestions: [],
        },
      ],
    },
  ],
});
