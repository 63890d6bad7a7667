// B-APISURFACE, B-STREAM (operation), B-EMBED and B-BODY (embedding model as a chat model): the operation or endpoint does not serve the model.
import { BedrockRuntime, BedrockRuntimeClient, ConverseCommand, ConverseStreamCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import OpenAI from 'openai';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];
declare const text: string;
declare const input: string;
declare const apiKey: string;

// case MattJColes/lgtmaybe#70: a mantle-only GPT model sent to bedrock-runtime
const runtime = new BedrockRuntime({ region: 'us-east-1' });
export const lgtmaybe = () => runtime.converse({ modelId: 'openai.gpt-5.5', messages }); // expect: no-unsupported-model-operation

// case enricoros/big-AGI#1167: a Responses-only model called through Chat Completions on bedrock-mantle
const mantle = new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1', apiKey });
export const bigAgi = () => mantle.chat.completions.create({ model: 'openai.gpt-5.5', messages: [] }); // expect: no-unsupported-model-operation

// case apache/seatunnel#11548: a GPT-5.6 model called through InvokeModel, which does not serve it
export const seatunnel = () => client.send(new InvokeModelCommand({ modelId: 'openai.gpt-5.6-sol', body: JSON.stringify({ input }) })); // expect: no-unsupported-model-operation

// case aws-samples/serverless-pdf-chat#35: an embedding model used as the chat model
export const pdfChatEmbedding = () => client.send(new ConverseCommand({ modelId: 'amazon.titan-embed-text-v1', messages })); // expect: no-unsupported-model-operation

// case aws-samples/amazon-bedrock-client-for-mac#112: ConverseStream on GPT-OSS, refused in the models' launch month;
// Bedrock has streamed them since, and ListFoundationModels says so: the same call today is correct, and silent.
export const macClient = () => client.send(new ConverseStreamCommand({ modelId: 'openai.gpt-oss-120b-1:0', messages }));

// correct: each model through what serves it
export const correct = [
  () => mantle.responses.create({ model: 'openai.gpt-5.5', input }),
  () => client.send(new ConverseCommand({ modelId: 'openai.gpt-5.6-sol', messages })),
  () => client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v1', body: JSON.stringify({ inputText: text }) })),
  // An OpenAI client for OpenAI itself is not Bedrock.
  () => new OpenAI({ apiKey }).chat.completions.create({ model: 'gpt-4o', messages: [] }),
];
