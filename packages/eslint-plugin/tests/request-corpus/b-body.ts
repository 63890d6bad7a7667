// B-BODY: an InvokeModel body that is not the model family's native request.
import { BedrockRuntimeClient, InvokeModelCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];
declare const question: string;

// case aws-samples/document-translation#60: Claude 3 called with the Claude 2 body's max_tokens_to_sample
export const translate = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens_to_sample: 4000, messages }), // expect: valid-invoke-model-body
    }),
  );

// case langchain-ai/langchain#19549: a text-completion class sends a prompt to a Messages-API Claude
const completionBody = { prompt: `\n\nHuman: ${question}\n\nAssistant:`, max_tokens: 300 }; // expect: valid-invoke-model-body
export const completion = () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-sonnet-20240229-v1:0', body: JSON.stringify(completionBody) }));
export const completionHaiku = () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(completionBody) }));

// case aws-samples/serverless-pdf-chat#35: a Titan Text body (textGenerationConfig) sent to Claude
export const pdfChat = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512, messages, textGenerationConfig: { temperature: 0 } }), // expect: valid-invoke-model-body
    }),
  );

// case boto/boto3#4218: anthropic_version set to the model ID ("Invalid API version")
export const apiVersion = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      body: JSON.stringify({ anthropic_version: 'anthropic.claude-3-5-sonnet-20240620-v1:0', max_tokens: 1024, messages }), // expect: valid-invoke-model-body
    }),
  );

// case diffbot/code-gpt-docs#300: a Claude 3 body without max_tokens ("required key [max_tokens] not found")
export const codeGpt = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', messages }), // expect: valid-invoke-model-body
    }),
  );

// case fumito-ito/AnthropicSwiftSDK#19: the Anthropic API's own model and stream keys sent through InvokeModel
export const swiftSdk = () =>
  client.send(
    new InvokeModelWithResponseStreamCommand({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      body: JSON.stringify({
        anthropic_version: 'bedrock-2023-05-31',
        model: 'claude-3-haiku-20240307', // expect: valid-invoke-model-body
        stream: true, // expect: valid-invoke-model-body
        max_tokens: 1024,
        messages,
      }),
    }),
  );

// case pingcap/autoflow#574: another provider's generation keys in a Claude body, and no messages
export const autoflow = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
      body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 1024, contents: [{ text: question }], response_mime_type: 'application/json' }), // expect: valid-invoke-model-body
    }),
  );

// correct: the Messages body each of them needed
export const correct = [
  () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 4000, messages }) })),
  () => client.send(new InvokeModelWithResponseStreamCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 1024, messages, system: 'Be brief.' }) })),
  // A Claude 2 body to Claude 2 is that family's own request.
  () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: `\n\nHuman: ${question}\n\nAssistant:`, max_tokens_to_sample: 300 }) })),
  // A body assembled elsewhere is not known statically.
  (payload: object) => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body: JSON.stringify(payload) })),
];
