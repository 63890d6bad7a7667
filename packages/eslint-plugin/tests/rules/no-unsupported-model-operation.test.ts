import rule from '../../src/rules/no-unsupported-model-operation.js';
import { testCapabilities } from '../capabilities.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester({ capabilities: testCapabilities });

ruleTester.run('no-unsupported-model-operation', rule, {
  valid: [
    {
      // a model whose CountTokens support is unknown (null)
      code: `import { CountTokensCommand } from '@aws-sdk/client-bedrock-runtime';\nawait client.send(new CountTokensCommand({ modelId: 'anthropic.claude-sonnet-4-6', input }));`,
    },
    {
      // a request spread from elsewhere: no model ID in sight
      code: `import { ConverseCommand } from '@aws-sdk/client-bedrock-runtime';\nawait client.send(new ConverseCommand({ ...input, messages }));`,
    },
    {
      // an embedding model through InvokeModel
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText }) }));`,
    },
    {
      // an async-only model through StartAsyncInvoke
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new StartAsyncInvokeCommand({ modelId: 'amazon.nova-reel-v1:1', modelInput, outputDataConfig }));`,
    },
    {
      // a streaming model streamed
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseStreamCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages }));`,
    },
    {
      // an unknown model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'mycorp.private-embedder-v1:0', messages }));`,
    },
    {
      // a model that Converse serves
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseCommand({ modelId: 'meta.llama3-2-11b-instruct-v1:0', messages }));`,
    },
    {
      // a wrapper chooses its own operation
      code: `import { embed } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';
await embed({ model: bedrock.embedding('amazon.titan-embed-text-v2:0'), value });`,
    },
    {
      // a mantle model through the API, and under the path, that serve it
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
await client.responses.create({ model: 'openai.gpt-5.5', input });`,
    },
    {
      // an OpenAI client not pointed at bedrock-mantle
      code: `import OpenAI from 'openai';
const client = new OpenAI();
await client.chat.completions.create({ model: 'openai.gpt-5.5', messages });`,
    },
    {
      // a model mantle serves under /v1, under /v1; and one whose path the data does not know, under either
      code: `import OpenAI from 'openai';
const oss = new OpenAI({ baseURL: 'https://bedrock-mantle.us-west-2.api.aws/v1/', apiKey });
await oss.chat.completions.create({ model: 'openai.gpt-oss-120b-1:0', messages });
const other = new OpenAI({ baseURL: 'https://bedrock-mantle.us-west-2.api.aws/openai/v1', apiKey });
await other.chat.completions.create({ model: 'qwen.qwen3-coder-next', messages });`,
    },
    {
      // bedrock-runtime's OpenAI path for a model it serves
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1', apiKey });
await client.chat.completions.create({ model: 'openai.gpt-oss-120b-1:0', messages });`,
    },
    {
      // an AI SDK OpenAI provider for OpenAI itself, and one whose base URL is not written out
      code: `import { createOpenAI } from '@ai-sdk/openai';
const openai = createOpenAI({ apiKey });
const model = openai('openai.gpt-5.5');
const configured = createOpenAI({ baseURL: process.env.BASE_URL });
const other = configured.responses('openai.gpt-5.5');`,
    },
    {
      // a local function that happens to be called createOpenAI is not the AI SDK's
      code: `function createOpenAI(options) { return (id) => ({ id, options }); }
const provider = createOpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1' });
const model = provider('openai.gpt-5.5');`,
    },
  ],
  invalid: [
    {
      // Converse with an embedding model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const response = await client.send(new ConverseCommand({
  modelId: 'amazon.titan-embed-text-v2:0',
  messages: [{ role: 'user', content: [{ text }] }],
}));`,
      output: null,
      errors: [
        {
          messageId: 'operationNotServed',
          data: {
            model: 'amazon.titan-embed-text-v2:0',
            operation: 'Converse',
            served: 'InvokeModel',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-titan-text-embeddings-v2.html',
          },
          line: 4,
          column: 12,
          suggestions: [],
        },
      ],
    },
    {
      // InvokeModel on an async-only model
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-reel-v1:1', body: JSON.stringify({ taskType: 'TEXT_VIDEO', textToVideoParams: { text } }) }));`,
      output: null,
      errors: [
        {
          messageId: 'asyncOnly',
          data: {
            model: 'amazon.nova-reel-v1:1',
            operation: 'InvokeModel',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-nova-reel.html',
          },
          line: 2,
          column: 53,
          suggestions: [],
        },
      ],
    },
    {
      // a streaming operation on a model without it
      code: `import { BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand, StartAsyncInvokeCommand } from '@aws-sdk/client-bedrock-runtime';
await client.send(new ConverseStreamCommand({ modelId: 'amazon.titan-embed-text-v1', messages }));`,
      output: null,
      errors: [
        {
          messageId: 'operationNotServed',
          data: {
            model: 'amazon.titan-embed-text-v1',
            operation: 'ConverseStream',
            served: 'InvokeModel',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-amazon-titan-embeddings-g1---text.html',
          },
          line: 2,
          column: 56,
          suggestions: [],
        },
      ],
    },
    {
      // bedrock-runtime for a model served only by bedrock-mantle
      code: `import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';
const runtime = new BedrockRuntime({ region: 'us-east-1' });
await runtime.converse({ modelId: 'openai.gpt-5.5', messages });`,
      output: null,
      errors: [
        {
          messageId: 'notOnRuntime',
          data: {
            model: 'openai.gpt-5.5',
            apis: 'Responses',
            operation: 'Converse',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-openai-gpt-55.html',
          },
          line: 3,
          column: 35,
          suggestions: [],
        },
      ],
    },
    {
      // a mantle API the model lacks
      code: `import OpenAI from 'openai';
const MANTLE = 'https://bedrock-mantle.us-east-1.api.aws/openai/v1';
const client = new OpenAI({ baseURL: MANTLE, apiKey });
await client.chat.completions.create({ model: 'openai.gpt-5.5', messages });`,
      output: null,
      errors: [
        {
          messageId: 'mantleApiNotServed',
          data: {
            model: 'openai.gpt-5.5',
            apis: 'Responses',
            api: 'Chat Completions',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-openai-gpt-55.html',
          },
          line: 4,
          column: 47,
          suggestions: [],
        },
      ],
    },
    {
      // mantle's /v1 for a model it serves under /openai/v1 (strands-agents/harness-sdk#2629): the base URL that serves it, as a suggestion
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1', apiKey });
await client.responses.create({ model: 'openai.gpt-5.5', input });`,
      output: null,
      errors: [
        {
          messageId: 'mantleBasePath',
          data: { model: 'openai.gpt-5.5', path: '/openai/v1', written: '/v1', source: 'https://github.com/strands-agents/harness-sdk/issues/2629' },
          line: 3,
          column: 40,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1' },
              output: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
await client.responses.create({ model: 'openai.gpt-5.5', input });`,
            },
          ],
        },
      ],
    },
    {
      // the wrong path and an API the model lacks: two facts, two findings; a base URL built elsewhere cannot be rewritten in place
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: \`https://bedrock-mantle.\${region}.api.aws/v1\`, apiKey });
const fixed = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws' + '/v1', apiKey });
await fixed.chat.completions.create({ model: 'openai.gpt-5.5', messages });`,
      output: null,
      errors: [
        {
          messageId: 'mantleBasePath',
          data: { model: 'openai.gpt-5.5', path: '/openai/v1', written: '/v1', source: 'https://github.com/strands-agents/harness-sdk/issues/2629' },
          line: 4,
          column: 46,
          suggestions: [],
        },
        {
          messageId: 'mantleApiNotServed',
          line: 4,
          column: 46,
          suggestions: [],
        },
      ],
    },
    {
      // the AI SDK's OpenAI provider and Strands' OpenAIModel with the same base URL (strands-agents/harness-sdk#3279)
      code: `import { createOpenAI } from '@ai-sdk/openai';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
const mantle = createOpenAI({ baseURL: "https://bedrock-mantle.us-east-2.api.aws/v1/", apiKey });
const sol = mantle.chat('openai.gpt-5.6-sol');
const terra = new OpenAIModel({ modelId: 'openai.gpt-5.6-terra', clientConfig: { baseURL: 'https://bedrock-mantle.us-east-2.api.aws', apiKey } });`,
      output: null,
      errors: [
        {
          messageId: 'mantleBasePath',
          data: { model: 'openai.gpt-5.6-sol', path: '/openai/v1', written: '/v1', source: 'https://github.com/strands-agents/harness-sdk/pull/3280' },
          line: 4,
          column: 25,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-east-2.api.aws/openai/v1/' },
              output: `import { createOpenAI } from '@ai-sdk/openai';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
const mantle = createOpenAI({ baseURL: "https://bedrock-mantle.us-east-2.api.aws/openai/v1/", apiKey });
const sol = mantle.chat('openai.gpt-5.6-sol');
const terra = new OpenAIModel({ modelId: 'openai.gpt-5.6-terra', clientConfig: { baseURL: 'https://bedrock-mantle.us-east-2.api.aws', apiKey } });`,
            },
          ],
        },
        {
          messageId: 'mantleBasePath',
          data: { model: 'openai.gpt-5.6-terra', path: '/openai/v1', written: 'no path', source: 'https://github.com/strands-agents/harness-sdk/pull/3280' },
          line: 5,
          column: 42,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-east-2.api.aws/openai/v1' },
              output: `import { createOpenAI } from '@ai-sdk/openai';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
const mantle = createOpenAI({ baseURL: "https://bedrock-mantle.us-east-2.api.aws/v1/", apiKey });
const sol = mantle.chat('openai.gpt-5.6-sol');
const terra = new OpenAIModel({ modelId: 'openai.gpt-5.6-terra', clientConfig: { baseURL: 'https://bedrock-mantle.us-east-2.api.aws/openai/v1', apiKey } });`,
            },
          ],
        },
      ],
    },
    {
      // LangChain's ChatOpenAI with mantle's base URL in its client configuration
      code: `import { ChatOpenAI } from '@langchain/openai';
const llm = new ChatOpenAI({ model: 'openai.gpt-5.5', configuration: { baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1', apiKey } });`,
      output: null,
      errors: [
        {
          messageId: 'mantleBasePath',
          data: { model: 'openai.gpt-5.5', path: '/openai/v1', written: '/v1', source: 'https://github.com/strands-agents/harness-sdk/issues/2629' },
          line: 2,
          column: 37,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1' },
              output: `import { ChatOpenAI } from '@langchain/openai';
const llm = new ChatOpenAI({ model: 'openai.gpt-5.5', configuration: { baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey } });`,
            },
          ],
        },
      ],
    },
    {
      // mantle's /openai/v1 for a model it serves under /v1
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-west-2.api.aws/openai/v1', apiKey });
await client.chat.completions.create({ model: 'openai.gpt-oss-120b-1:0', messages });`,
      output: null,
      errors: [
        {
          messageId: 'mantleBasePath',
          data: {
            model: 'openai.gpt-oss-120b-1:0',
            path: '/v1',
            written: '/openai/v1',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-responses-api.html',
          },
          line: 3,
          column: 47,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-west-2.api.aws/v1' },
              output: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-west-2.api.aws/v1', apiKey });
await client.chat.completions.create({ model: 'openai.gpt-oss-120b-1:0', messages });`,
            },
          ],
        },
      ],
    },
    {
      // bedrock-runtime's OpenAI path for a model only bedrock-mantle serves: mantle's base URL in the same region
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1', apiKey });
await client.responses.create({ model: 'openai.gpt-5.5', input });`,
      output: null,
      errors: [
        {
          messageId: 'notOnRuntime',
          data: {
            model: 'openai.gpt-5.5',
            operation: 'its Responses API',
            apis: 'Responses',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-openai-gpt-55.html',
          },
          line: 3,
          column: 40,
          suggestions: [
            {
              messageId: 'useBaseUrl',
              data: { url: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1' },
              output: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
await client.responses.create({ model: 'openai.gpt-5.5', input });`,
            },
          ],
        },
      ],
    },
    {
      // bedrock-mantle for a model it does not serve
      code: `import OpenAI from 'openai';
const client = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1', apiKey });
await client.responses.create({ model: 'anthropic.claude-3-haiku-20240307-v1:0', input });`,
      output: null,
      errors: [
        {
          messageId: 'notOnMantle',
          data: {
            model: 'anthropic.claude-3-haiku-20240307-v1:0',
            source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-anthropic-claude-3-haiku.html',
          },
          line: 3,
          column: 40,
          suggestions: [],
        },
      ],
    },
  ],
});
