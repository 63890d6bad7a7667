import rule from '../../src/rules/no-unknown-model-id.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-unknown-model-id', rule, {
  valid: [
    {
      code: "const ids = ['anthropic.claude-3-haiku-20240307-v1:0', 'anthropic.claude-sonnet-4-6', 'deepseek.v3.2', 'openai.gpt-oss-120b-1:0', 'amazon.titan-embed-text-v1', 'minimax.minimax-m2.1'];",
    },
    {
      code: "const profiles = ['us.anthropic.claude-sonnet-4-6', 'eu.amazon.nova-lite-v1:0', 'apac.amazon.nova-pro-v1:0', 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0', 'au.anthropic.claude-haiku-4-5-20251001-v1:0', 'global.cohere.embed-v4:0'];",
    },
    {
      code: "const arns = ['arn:aws:bedrock:us-west-2::foundation-model/cohere.rerank-v3-5:0', 'arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-lite-v1:0', 'arn:aws:bedrock:::foundation-model/anthropic.claude-sonnet-4-6'];",
    },
    {
      code: `const profile = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
const provisioned = 'arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcd1234efgh';`,
    },
    {
      code: "new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body });",
    },
    {
      // GovCloud: the catalog has never seen a us-gov. profile listed, so it cannot say this one does not exist.
      code: "new ConverseCommand({ modelId: 'us-gov.anthropic.claude-3-haiku-20240307-v1:0', messages });",
    },
    {
      code: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';
new bedrock.FoundationModelIdentifier('amazon.nova-pro-v1:0:300k');`,
    },
    {
      code: "const family = 'anthropic.claude-opus';",
    },
    {
      code: "if (modelId.startsWith('anthropic.claude-3')) useMessagesApi();",
    },
    {
      code: "const resources = ['arn:aws:bedrock:*::foundation-model/*', 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123', 'arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-reel-v1:*'];",
    },
    {
      code: `import { initChatModel } from 'langchain/chat_models/universal';
await initChatModel('openai:gpt-4o');`,
    },
    {
      code: `import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
await client.messages.create({ model: 'claude-3-5-haiku-20241022', max_tokens: 1024, messages });`,
    },
    {
      code: `class ConverseCommand { constructor(readonly input: { modelId: string }) {} }
new ConverseCommand({ modelId: 'my-router' });`,
    },
    {
      code: "new ConverseCommand({ modelId: 'anthropic.claude-opus-5-20260301-v1:0', messages });",
      settings: { 'bedrock-models': { allow: ['anthropic.claude-opus-5-20260301-v1:0'] } },
    },
    {
      code: "const model = 'us.anthropic.claude-opus-5-20260301-v1:0';",
      options: [{ allow: ['anthropic.claude-opus-5-20260301-v1:0'] }],
    },
    {
      code: `const custom = 'arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdef123456';
const imported = 'arn:aws:bedrock:us-east-1:123456789012:imported-model/abcdef123456';`,
    },
    {
      // An application's own aliases, mapped elsewhere to real IDs: a bare `-v1` names no Bedrock model outside a call.
      code: "enum ChatModel { Sonnet = 'anthropic.claude-3-5-sonnet-v1', Haiku = 'anthropic.claude-3-haiku-v1' }",
    },
    {
      code: `new ConverseCommand({ modelId: process.env.MODEL_ID, messages });
new ConverseCommand({ modelId: this.modelId, messages });
function send(modelId: string) { return new ConverseCommand({ modelId, messages }); }`,
    },
  ],
  invalid: [
    {
      // An IAM policy's ARN for any region: the region is unknown, the misspelled model ID is still misspelled.
      code: "const resource = 'arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1';",
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'amazon.nova-pro-v1', catalogDate: '2026-03-04', didYouMean: " Did you mean 'amazon.nova-pro-v1:0'?" },
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-pro-v1:0' },
              output: "const resource = 'arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1:0';",
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = 'anthropic.claude-3-haiku-20240307-v1';
await client.send(new ConverseCommand({ modelId, messages: [] }));
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: {
            id: 'anthropic.claude-3-haiku-20240307-v1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-3-haiku-20240307-v1:0' or 'us.anthropic.claude-3-5-haiku-20241022-v1:0'?",
          },
          line: 4,
          column: 17,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-haiku-20240307-v1:0' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = 'anthropic.claude-3-haiku-20240307-v1:0';
await client.send(new ConverseCommand({ modelId, messages: [] }));
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-3-5-haiku-20241022-v1:0' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';
await client.send(new ConverseCommand({ modelId, messages: [] }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'us-west-2' });
await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages });
`,
      output: null,
      errors: [
        {
          messageId: 'anthropicApiName',
          data: {
            id: 'claude-sonnet-4-5',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'us.anthropic.claude-sonnet-4-6'?",
          },
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'us-west-2' });
await client.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 1024, messages });
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-6' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'us-west-2' });
await client.messages.create({ model: 'us.anthropic.claude-sonnet-4-6', max_tokens: 1024, messages });
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

new InvokeModelCommand({ modelId: "claude-3-5-haiku-20241022", body });
`,
      output: null,
      errors: [
        {
          messageId: 'anthropicApiName',
          data: {
            id: 'claude-3-5-haiku-20241022',
            catalogDate: '2026-03-04',
            didYouMean:
              " Did you mean 'anthropic.claude-3-5-haiku-20241022-v1:0', 'anthropic.claude-3-5-sonnet-20241022-v2:0' or 'anthropic.claude-3-haiku-20240307-v1:0'?",
          },
          line: 3,
          column: 35,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
              output: `import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

new InvokeModelCommand({ modelId: "anthropic.claude-3-5-haiku-20241022-v1:0", body });
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
              output: `import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

new InvokeModelCommand({ modelId: "anthropic.claude-3-5-sonnet-20241022-v2:0", body });
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-haiku-20240307-v1:0' },
              output: `import { InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

new InvokeModelCommand({ modelId: "anthropic.claude-3-haiku-20240307-v1:0", body });
`,
            },
          ],
        },
      ],
    },
    {
      code: "const MODELS = { haiku: 'anthropic.claude-haiku-4-5@20251001' } as const;",
      output: null,
      errors: [
        {
          messageId: 'vertexName',
          data: {
            id: 'anthropic.claude-haiku-4-5@20251001',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-haiku-4-5-20251001-v1:0'?",
          },
          line: 1,
          column: 25,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: "const MODELS = { haiku: 'anthropic.claude-haiku-4-5-20251001-v1:0' } as const;",
            },
          ],
        },
      ],
    },
    {
      code: "new ConverseCommand({ modelId: 'us-east-1/anthropic.claude-3-haiku-20240307-v1:0', messages });",
      output: null,
      errors: [
        {
          messageId: 'regionInId',
          data: {
            id: 'us-east-1/anthropic.claude-3-haiku-20240307-v1:0',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-3-haiku-20240307-v1:0' or 'anthropic.claude-3-5-haiku-20241022-v1:0'?",
          },
          line: 1,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-haiku-20240307-v1:0' },
              output: "new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages });",
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
              output: "new ConverseCommand({ modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0', messages });",
            },
          ],
        },
      ],
    },
    {
      code: `const embeddings = 'eu.amazon.titan-embed-text-v2:0';
const haiku = 'jp.anthropic.claude-3-haiku-20240307-v1:0';
`,
      output: null,
      errors: [
        {
          messageId: 'noSuchProfile',
          data: { id: 'eu.amazon.titan-embed-text-v2:0', geo: 'eu', modelId: 'amazon.titan-embed-text-v2:0', available: ' Call the model ID itself.' },
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v2:0' },
              output: `const embeddings = 'amazon.titan-embed-text-v2:0';
const haiku = 'jp.anthropic.claude-3-haiku-20240307-v1:0';
`,
            },
          ],
        },
        {
          messageId: 'noSuchProfile',
          data: {
            id: 'jp.anthropic.claude-3-haiku-20240307-v1:0',
            geo: 'jp',
            modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
            available:
              " Its profiles: 'apac.anthropic.claude-3-haiku-20240307-v1:0', 'eu.anthropic.claude-3-haiku-20240307-v1:0' or 'us.anthropic.claude-3-haiku-20240307-v1:0'.",
          },
          line: 2,
          column: 15,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'apac.anthropic.claude-3-haiku-20240307-v1:0' },
              output: `const embeddings = 'eu.amazon.titan-embed-text-v2:0';
const haiku = 'apac.anthropic.claude-3-haiku-20240307-v1:0';
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'eu.anthropic.claude-3-haiku-20240307-v1:0' },
              output: `const embeddings = 'eu.amazon.titan-embed-text-v2:0';
const haiku = 'eu.anthropic.claude-3-haiku-20240307-v1:0';
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-3-haiku-20240307-v1:0' },
              output: `const embeddings = 'eu.amazon.titan-embed-text-v2:0';
const haiku = 'us.anthropic.claude-3-haiku-20240307-v1:0';
`,
            },
          ],
        },
      ],
    },
    {
      code: `new ConverseCommand({ modelId: 'amazon.nova-pro-v1:0:300k', messages });
new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0:200k', messages });
`,
      output: null,
      errors: [
        {
          messageId: 'contextVariant',
          data: { id: 'amazon.nova-pro-v1:0:300k', variant: '300k', modelId: 'amazon.nova-pro-v1:0' },
          line: 1,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-pro-v1:0' },
              output: `new ConverseCommand({ modelId: 'amazon.nova-pro-v1:0', messages });
new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0:200k', messages });
`,
            },
          ],
        },
        {
          messageId: 'contextVariant',
          data: { id: 'anthropic.claude-3-5-sonnet-20241022-v2:0:200k', variant: '200k', modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
          line: 2,
          column: 32,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-5-sonnet-20241022-v2:0' },
              output: `new ConverseCommand({ modelId: 'amazon.nova-pro-v1:0:300k', messages });
new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20241022-v2:0', messages });
`,
            },
          ],
        },
      ],
    },
    {
      code: `const arn = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2';
const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A1/invoke';
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: {
            id: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'amazon.titan-embed-text-v1' or 'amazon.titan-embed-text-v2:0'?",
          },
          line: 1,
          column: 13,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v1' },
              output: `const arn = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v1';
const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A1/invoke';
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0' },
              output: `const arn = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2:0';
const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A1/invoke';
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'amazon.titan-embed-text-v2:1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'amazon.titan-embed-text-v1' or 'amazon.titan-embed-text-v2:0'?",
          },
          line: 2,
          column: 13,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v1' },
              output: `const arn = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2';
const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v1/invoke';
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v2:0' },
              output: `const arn = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-embed-text-v2';
const url = 'https://bedrock-runtime.us-east-1.amazonaws.com/model/amazon.titan-embed-text-v2%3A0/invoke';
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { bedrock } from '@ai-sdk/amazon-bedrock';
import { initChatModel } from 'langchain/chat_models/universal';

const model = bedrock('anthropic.claude-3-haiku');
const chat = await initChatModel('bedrock:anthropic.claude-haiku-4-5-2025100-v1:0');
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'anthropic.claude-3-haiku', catalogDate: '2026-03-04', didYouMean: " Did you mean 'anthropic.claude-3-haiku-20240307-v1:0'?" },
          line: 4,
          column: 23,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-haiku-20240307-v1:0' },
              output: `import { bedrock } from '@ai-sdk/amazon-bedrock';
import { initChatModel } from 'langchain/chat_models/universal';

const model = bedrock('anthropic.claude-3-haiku-20240307-v1:0');
const chat = await initChatModel('bedrock:anthropic.claude-haiku-4-5-2025100-v1:0');
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'anthropic.claude-haiku-4-5-2025100-v1:0',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-haiku-4-5-20251001-v1:0'?",
          },
          line: 5,
          column: 34,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: `import { bedrock } from '@ai-sdk/amazon-bedrock';
import { initChatModel } from 'langchain/chat_models/universal';

const model = bedrock('anthropic.claude-3-haiku');
const chat = await initChatModel('bedrock:anthropic.claude-haiku-4-5-20251001-v1:0');
`,
            },
          ],
        },
      ],
    },
    {
      code: `const geo = process.env.GEO;
const id = \`\${geo}.anthropic.claude-sonet-4-6-v1:0\`;
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'anthropic.claude-sonet-4-6-v1:0', catalogDate: '2026-03-04', didYouMean: " Did you mean 'anthropic.claude-sonnet-4-6'?" },
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-sonnet-4-6' },
              output: `const geo = process.env.GEO;
const id = \`\${geo}.anthropic.claude-sonnet-4-6\`;
`,
            },
          ],
        },
      ],
    },
    {
      code: "export const SUPPORTED_MODELS = ['amazon.nova-lite-v1:0', 'amazon.nova-lite-v2:0'];",
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'amazon.nova-lite-v2:0', catalogDate: '2026-03-04', didYouMean: " Did you mean 'amazon.nova-lite-v1:0' or 'amazon.nova-2-lite-v1:0'?" },
          line: 1,
          column: 59,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-lite-v1:0' },
              output: "export const SUPPORTED_MODELS = ['amazon.nova-lite-v1:0', 'amazon.nova-lite-v1:0'];",
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-2-lite-v1:0' },
              output: "export const SUPPORTED_MODELS = ['amazon.nova-lite-v1:0', 'amazon.nova-2-lite-v1:0'];",
            },
          ],
        },
      ],
    },
    {
      code: 'const PRICES: Record<string, number> = { "cohere.embed-v4": 0.12, "openai.gpt-oss-120b-v1:0": 0.15 };',
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'cohere.embed-v4', catalogDate: '2026-03-04', didYouMean: " Did you mean 'cohere.embed-v4:0'?" },
          line: 1,
          column: 42,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'cohere.embed-v4:0' },
              output: 'const PRICES: Record<string, number> = { "cohere.embed-v4:0": 0.12, "openai.gpt-oss-120b-v1:0": 0.15 };',
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'openai.gpt-oss-120b-v1:0',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'openai.gpt-oss-120b-1:0' or 'openai.gpt-oss-20b-1:0'?",
          },
          line: 1,
          column: 67,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'openai.gpt-oss-120b-1:0' },
              output: 'const PRICES: Record<string, number> = { "cohere.embed-v4": 0.12, "openai.gpt-oss-120b-1:0": 0.15 };',
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'openai.gpt-oss-20b-1:0' },
              output: 'const PRICES: Record<string, number> = { "cohere.embed-v4": 0.12, "openai.gpt-oss-20b-1:0": 0.15 };',
            },
          ],
        },
      ],
    },
    {
      code: `import { RetrieveAndGenerateCommand } from '@aws-sdk/client-bedrock-agent-runtime';

const modelArn = 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:1';
new RetrieveAndGenerateCommand({
  input: { text: question },
  retrieveAndGenerateConfiguration: { type: 'KNOWLEDGE_BASE', knowledgeBaseConfiguration: { knowledgeBaseId, modelArn } },
});
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: {
            id: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-3-haiku-20240307-v1:0' or 'anthropic.claude-3-5-haiku-20241022-v1:0'?",
          },
          line: 3,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0' },
              output: `import { RetrieveAndGenerateCommand } from '@aws-sdk/client-bedrock-agent-runtime';

const modelArn = 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0';
new RetrieveAndGenerateCommand({
  input: { text: question },
  retrieveAndGenerateConfiguration: { type: 'KNOWLEDGE_BASE', knowledgeBaseConfiguration: { knowledgeBaseId, modelArn } },
});
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0' },
              output: `import { RetrieveAndGenerateCommand } from '@aws-sdk/client-bedrock-agent-runtime';

const modelArn = 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0';
new RetrieveAndGenerateCommand({
  input: { text: question },
  retrieveAndGenerateConfiguration: { type: 'KNOWLEDGE_BASE', knowledgeBaseConfiguration: { knowledgeBaseId, modelArn } },
});
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { CreateAgentCommand } from '@aws-sdk/client-bedrock-agent';
import { GetFoundationModelCommand } from '@aws-sdk/client-bedrock';

const foundationModel = 'anthropic.claude-instant';
new CreateAgentCommand({ agentName, foundationModel, instruction });
new GetFoundationModelCommand({ modelIdentifier: 'amazon.titan-embed-text-v1:0' });
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'anthropic.claude-instant', catalogDate: '2026-03-04', didYouMean: '' },
          line: 4,
          column: 25,
          suggestions: [],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'amazon.titan-embed-text-v1:0',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'amazon.titan-embed-text-v1' or 'amazon.titan-embed-text-v2:0'?",
          },
          line: 6,
          column: 50,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v1' },
              output: `import { CreateAgentCommand } from '@aws-sdk/client-bedrock-agent';
import { GetFoundationModelCommand } from '@aws-sdk/client-bedrock';

const foundationModel = 'anthropic.claude-instant';
new CreateAgentCommand({ agentName, foundationModel, instruction });
new GetFoundationModelCommand({ modelIdentifier: 'amazon.titan-embed-text-v1' });
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v2:0' },
              output: `import { CreateAgentCommand } from '@aws-sdk/client-bedrock-agent';
import { GetFoundationModelCommand } from '@aws-sdk/client-bedrock';

const foundationModel = 'anthropic.claude-instant';
new CreateAgentCommand({ agentName, foundationModel, instruction });
new GetFoundationModelCommand({ modelIdentifier: 'amazon.titan-embed-text-v2:0' });
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'anthropic.claude-v3', catalogDate: '2026-03-04', didYouMean: '' },
          line: 6,
          column: 26,
          suggestions: [],
        },
        {
          messageId: 'unknownId',
          data: { id: 'meta.llama3-2-1b-instruct', catalogDate: '2026-03-04', didYouMean: " Did you mean 'meta.llama3-2-1b-instruct-v1:0'?" },
          line: 7,
          column: 26,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'meta.llama3-2-1b-instruct-v1:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct-v1:0', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'us.anthropic.claude-sonnet-4-5-20250929',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'us.anthropic.claude-sonnet-4-20250514-v1:0'?",
          },
          line: 8,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-20250514-v1:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-20250514-v1:0');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: { id: 'cohere.embed-v4', catalogDate: '2026-03-04', didYouMean: " Did you mean 'cohere.embed-v4:0'?" },
          line: 9,
          column: 25,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'cohere.embed-v4:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4:0');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'amazon.titan-embed-text-v2',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'amazon.titan-embed-text-v1' or 'amazon.titan-embed-text-v2:0'?",
          },
          line: 10,
          column: 34,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v1' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v1');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.titan-embed-text-v2:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2:0');
amazonBedrock.reranking('cohere.rerank-v3-5');
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: { id: 'cohere.rerank-v3-5', catalogDate: '2026-03-04', didYouMean: " Did you mean 'cohere.rerank-v3-5:0'?" },
          line: 11,
          column: 25,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'cohere.rerank-v3-5:0' },
              output: `import { BedrockChat } from '@langchain/community/chat_models/bedrock';
import { ChatBedrock } from '@langchain/community/chat_models/bedrock/web';
import { bedrockAnthropic } from '@ai-sdk/amazon-bedrock/anthropic';
import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

new BedrockChat({ model: 'anthropic.claude-v3', region: 'us-east-1' });
new ChatBedrock({ model: 'meta.llama3-2-1b-instruct', region: REGION });
bedrockAnthropic('us.anthropic.claude-sonnet-4-5-20250929');
amazonBedrock.embedding('cohere.embed-v4');
amazonBedrock.textEmbeddingModel('amazon.titan-embed-text-v2');
amazonBedrock.reranking('cohere.rerank-v3-5:0');
`,
            },
          ],
        },
      ],
    },
    {
      code: `export function request(ctx) {
  return { resourcePath: '/model/anthropic.claude-3-haiku-20240307-v1/invoke', method: 'POST', params: { body: ctx.args } };
}
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: {
            id: 'anthropic.claude-3-haiku-20240307-v1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'anthropic.claude-3-haiku-20240307-v1:0' or 'anthropic.claude-3-5-haiku-20241022-v1:0'?",
          },
          line: 2,
          column: 26,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-haiku-20240307-v1:0' },
              output: `export function request(ctx) {
  return { resourcePath: '/model/anthropic.claude-3-haiku-20240307-v1:0/invoke', method: 'POST', params: { body: ctx.args } };
}
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-3-5-haiku-20241022-v1:0' },
              output: `export function request(ctx) {
  return { resourcePath: '/model/anthropic.claude-3-5-haiku-20241022-v1:0/invoke', method: 'POST', params: { body: ctx.args } };
}
`,
            },
          ],
        },
      ],
    },
    {
      code: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-v1:0'],
});
`,
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: {
            id: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'us.anthropic.claude-sonnet-4-20250514-v1:0'?",
          },
          line: 2,
          column: 12,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-v1:0'],
});
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-20250514-v1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-v1:0'],
});
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'us.anthropic.claude-sonnet-4-20250514-v1:0'?",
          },
          line: 3,
          column: 19,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-v1:0'],
});
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-20250514-v1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
  allowedValues: ['us.anthropic.claude-sonnet-4-20250514-v1:0', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-v1:0'],
});
`,
            },
          ],
        },
        {
          messageId: 'unknownId',
          data: {
            id: 'openai.gpt-oss-20b-v1:0',
            catalogDate: '2026-03-04',
            didYouMean: " Did you mean 'openai.gpt-oss-20b-1:0' or 'openai.gpt-oss-120b-1:0'?",
          },
          line: 3,
          column: 91,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'openai.gpt-oss-20b-1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-20b-1:0'],
});
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'openai.gpt-oss-120b-1:0' },
              output: `new CfnParameter(this, 'ModelId', {
  default: 'us.anthropic.claude-sonnet-4-5-20250929-v1',
  allowedValues: ['us.anthropic.claude-sonnet-4-5-20250929-v1', 'openai.gpt-oss-20b-1:0', 'openai.gpt-oss-120b-1:0'],
});
`,
            },
          ],
        },
      ],
    },
    {
      code: 'const ids = ["mycorp.tuned-model-v1:0", "amazon.nova-micro-v2:0"];',
      settings: { 'bedrock-models': { allow: ['mycorp.tuned-model-v1:0'] } },
      output: null,
      errors: [
        {
          messageId: 'unknownId',
          data: { id: 'amazon.nova-micro-v2:0', catalogDate: '2026-03-04', didYouMean: " Did you mean 'amazon.nova-micro-v1:0' or 'amazon.nova-pro-v1:0'?" },
          line: 1,
          column: 41,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-micro-v1:0' },
              output: 'const ids = ["mycorp.tuned-model-v1:0", "amazon.nova-micro-v1:0"];',
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-pro-v1:0' },
              output: 'const ids = ["mycorp.tuned-model-v1:0", "amazon.nova-pro-v1:0"];',
            },
          ],
        },
      ],
    },
  ],
});
