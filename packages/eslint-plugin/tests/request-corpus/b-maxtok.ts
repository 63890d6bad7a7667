// B-MAXTOK: a request asks for more output tokens than the model produces.
import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { generateText } from 'ai';
import { bedrock } from '@ai-sdk/amazon-bedrock';
import { ChatBedrockConverse } from '@langchain/aws';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];
declare const prompt: string;

// case RooCodeInc/Roo-Code#248: an assistant's default of 8192 output tokens for Claude 3.5 Sonnet (June 2024)
export const rooCode = () =>
  client.send(
    new ConverseCommand({
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      messages,
      inferenceConfig: { maxTokens: 8192, temperature: 0 }, // expect: valid-inference-parameters
    }),
  );

// case continuedev/continue#3342: a provider table sets one max tokens for every Claude, through a const request
const CONTINUE_DEFAULTS = { maxTokens: 8192 }; // expect: valid-inference-parameters
const continueRequest = { modelId: 'us.anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: CONTINUE_DEFAULTS };
export const continueChat = () => client.send(new ConverseCommand(continueRequest));

// case vercel/ai#2772: the AI SDK with maxOutputTokens 7168 on Claude 3.5 Sonnet
export const vercel = () => generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0'), prompt, maxOutputTokens: 7168 }); // expect: valid-inference-parameters

// case charmbracelet/crush#946: 64000 output tokens requested from a model whose limit is 32000
export const crush = new ChatBedrockConverse({ model: 'anthropic.claude-opus-4-1-20250805-v1:0', maxTokens: 64000 }); // expect: valid-inference-parameters

// case pollinations/pollinations#5503: Llama 3.1 8B with a default generation length above its range
export const pollinations = () =>
  client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, max_gen_len: 8192 }) })); // expect: valid-invoke-model-body

// case vertesia/llumiverse#562: a Claude 4.6 body asking for more than its output limit
export const llumiverse = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-opus-4-6-v1',
      body: JSON.stringify({
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 200000, // expect: valid-invoke-model-body
        messages,
      }),
    }),
  );

// correct: the same shapes within the limits
export const correct = [
  () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens: 4096 } })),
  () => generateText({ model: bedrock('anthropic.claude-3-5-sonnet-20240620-v1:0'), prompt, maxOutputTokens: 4096 }),
  new ChatBedrockConverse({ model: 'anthropic.claude-opus-4-1-20250805-v1:0', maxTokens: 32000 }),
  () => client.send(new InvokeModelCommand({ modelId: 'meta.llama3-1-8b-instruct-v1:0', body: JSON.stringify({ prompt, max_gen_len: 2048 }) })),
  () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-opus-4-6-v1', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 128000, messages }) })),
  // A value from configuration is not known statically: not judged.
  (maxTokens: number) => client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', messages, inferenceConfig: { maxTokens } })),
];

// The Python originals, written in TypeScript too (the CLI corpus has them in Python).

// case anthropics/anthropic-sdk-python#665: 8192 output tokens asked of Claude 3.5 Sonnet (June 2024), capped at 4096
export const anthropicSdk = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 8192, messages }), // expect: valid-invoke-model-body
    }),
  );

// case aws-samples/bedrock-access-gateway#41: a gateway passes the client's max tokens through to Llama 3.1 70B
export const gateway = () => client.send(new ConverseCommand({ modelId: 'meta.llama3-1-70b-instruct-v1:0', messages, inferenceConfig: { maxTokens: 8192 } })); // expect: valid-inference-parameters

// case aws-solutions-library-samples/accelerated-intelligent-document-processing-on-aws#175: Nova Pro configured above its output limit
export const documentProcessing = () => client.send(new ConverseCommand({ modelId: 'us.amazon.nova-pro-v1:0', messages, inferenceConfig: { maxTokens: 12000 } })); // expect: valid-inference-parameters

// case langgenius/dify#10390: Claude 3.5 Haiku asked for more than its output limit
export const dify = () => client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0', messages, inferenceConfig: { maxTokens: 10000 } })); // expect: valid-inference-parameters
