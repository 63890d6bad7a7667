// B-APISURFACE (base URL): an OpenAI-compatible client pointed at a Bedrock endpoint under a path that does not serve
// the model, or at an endpoint that does not serve it at all.
import { createOpenAI } from '@ai-sdk/openai';
import { OpenAIModel } from '@strands-agents/sdk/models/openai';
import { generateText } from 'ai';
import OpenAI from 'openai';

declare const apiKey: string;
declare const input: string;
declare const region: string;

// A table of base URLs by region that no client is built from says nothing.
export const MANTLE_BASES = { 'us-east-1': 'https://bedrock-mantle.us-east-1.api.aws/v1', 'eu-west-1': 'https://bedrock-mantle.eu-west-1.api.aws/v1' } as const;

// case strands-agents/harness-sdk#3279: GPT-5.6 through Strands' OpenAIModel under mantle's /v1, while mantle serves it under /openai/v1
export const strandsSol = new OpenAIModel({
  modelId: 'openai.gpt-5.6-sol', // expect: no-unsupported-model-operation
  api: 'responses',
  clientConfig: { baseURL: 'https://bedrock-mantle.us-east-2.api.aws/v1', apiKey },
});

// case strands-agents/harness-sdk#2629: the same base URL for GPT-5.5, through the OpenAI SDK and the AI SDK's OpenAI provider
const mantleV1 = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1', apiKey });
export const sdkResponses = () => mantleV1.responses.create({ model: 'openai.gpt-5.5', input }); // expect: no-unsupported-model-operation
const providerV1 = createOpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1/', apiKey });
export const aiSdkResponses = () => generateText({ model: providerV1.responses('openai.gpt-5.5'), prompt: input }); // expect: no-unsupported-model-operation
// Mixing the two endpoints' paths the other way: bedrock-runtime's OpenAI path for a model only bedrock-mantle serves.
const runtimeOpenAI = new OpenAI({ baseURL: 'https://bedrock-runtime.us-east-1.amazonaws.com/openai/v1', apiKey });
export const runtimeResponses = () => runtimeOpenAI.responses.create({ model: 'openai.gpt-5.5', input }); // expect: no-unsupported-model-operation

// correct: each model under the path, and on the endpoint, that serves it
const mantleOpenAI = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
const providerOpenAI = createOpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
const runtimeOss = new OpenAI({ baseURL: 'https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1', apiKey });
export const correct = [
  () => mantleOpenAI.responses.create({ model: 'openai.gpt-5.5', input }),
  () => generateText({ model: providerOpenAI('openai.gpt-5.5'), prompt: input }),
  () => runtimeOss.chat.completions.create({ model: 'openai.gpt-oss-120b-1:0', messages: [] }),
  () =>
    new OpenAIModel({
      modelId: 'openai.gpt-5.6-terra',
      clientConfig: { baseURL: 'https://bedrock-mantle.us-east-2.api.aws/openai/v1', apiKey },
    }),
  // A region-guarded base: each branch a path that serves the model.
  () =>
    new OpenAI({
      baseURL: region === 'eu-west-1' ? 'https://bedrock-mantle.eu-west-1.api.aws/openai/v1' : 'https://bedrock-mantle.us-east-1.api.aws/openai/v1',
      apiKey,
    }).responses.create({ model: 'openai.gpt-5.5', input }),
  // Other vendors' OpenAI-compatible APIs, under /openai/v1 or /v1, are not Bedrock.
  () => new OpenAI({ baseURL: 'https://api.groq.com/openai/v1', apiKey }).chat.completions.create({ model: 'openai/gpt-oss-120b', messages: [] }),
  () => new OpenAI({ baseURL: 'https://api.openai.com/v1', apiKey }).responses.create({ model: 'gpt-5.5', input }),
  // A base URL the code does not write out, and OpenAI's own API, say nothing about Bedrock's paths.
  () => new OpenAI({ baseURL: process.env.OPENAI_BASE_URL, apiKey }).responses.create({ model: 'openai.gpt-5.5', input }),
  () => generateText({ model: createOpenAI({ apiKey })('gpt-4o'), prompt: input }),
];
