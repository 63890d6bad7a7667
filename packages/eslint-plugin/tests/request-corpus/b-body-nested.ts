// B-BODY and B-IMAGE below the top level: a key inside a content block, the text of a Claude 2 prompt, an extra
// key in a multimodal embeddings body, and an image format that is not the file its bytes are read from.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Anthropic from '@anthropic-ai/sdk';
import { BedrockRuntimeClient, ConverseCommand, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const question: string;
declare const block: object;
declare const imagePath: string;
declare const region: string;

// Test data no call sends: a Nova body with Anthropic's blocks, an image block whose format is not its file's.
export const FIXTURES = {
  novaWithAnthropicBlocks: { messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] },
  mismatchedImage: { image: { format: 'png', source: { bytes: readFileSync('photo.jpg') } } },
  legacyPrompt: { prompt: 'Human: no blank line', max_tokens_to_sample: 10 },
};

// case crmne/ruby_llm#586: an Anthropic-shaped content block ({ type, text }) in a Nova body
export const rubyLlm = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'amazon.nova-pro-v1:0',
      body: JSON.stringify({
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Summarise the report.' }, // expect: valid-invoke-model-body
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: '' } }, // expect: valid-invoke-model-body
            ],
          },
        ],
        inferenceConfig: { maxTokens: 512 },
      }),
    }),
  );

// case spring-projects/spring-ai#404: a Claude 2 prompt without the blank line before its Human turn
export const springAi = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-v2',
      body: JSON.stringify({ prompt: 'Human: Tell me a joke.\n\nAssistant:', max_tokens_to_sample: 300 }), // expect: valid-invoke-model-body
    }),
  );
export const springAiTemplate = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'anthropic.claude-v2:1',
      body: JSON.stringify({ prompt: `Human: ${question}\n\nAssistant:`, max_tokens_to_sample: 300 }), // expect: valid-invoke-model-body
    }),
  );
export const springAiNoAssistant = () =>
  client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-instant-v1', body: JSON.stringify({ prompt: '\n\nHuman: Hi', max_tokens_to_sample: 100 }) })); // expect: valid-invoke-model-body

// case BerriAI/litellm#30314: a proxy's chat-only option passed into a Titan Multimodal Embeddings body
export const litellm = () =>
  client.send(
    new InvokeModelCommand({
      modelId: 'amazon.titan-embed-image-v1',
      body: JSON.stringify({ inputText: 'Help me !', cache_control_injection_points: [{ location: 'message', role: 'system' }] }), // expect: valid-invoke-model-body
    }),
  );

// case boto/boto3#4415: a JPEG file declared as PNG for Llama 3.2 11B
export const boto3 = () =>
  client.send(
    new ConverseCommand({
      modelId: 'meta.llama3-2-11b-instruct-v1:0',
      messages: [
        {
          role: 'user',
          content: [{ text: 'What is in this photo?' }, { image: { format: 'png', source: { bytes: readFileSync('photo.jpg') } } }], // expect: no-unsupported-model-feature
        },
      ],
    }),
  );
export const boto3Async = async () => {
  const bytes = await readFile('scan.png');
  return client.send(
    new ConverseCommand({
      modelId: 'meta.llama3-2-11b-instruct-v1:0',
      messages: [{ role: 'user', content: [{ image: { format: 'jpg', source: { bytes } } }] }], // expect: no-unsupported-model-feature
    }),
  );
};

// correct: the same shapes, written as each model takes them
export const correct = [
  () =>
    client.send(
      new InvokeModelCommand({
        modelId: 'amazon.nova-pro-v1:0',
        body: JSON.stringify({
          messages: [{ role: 'user', content: [{ text: 'Summarise the report.' }, { image: { format: 'png', source: { bytes: '' } } }] }],
          inferenceConfig: { maxTokens: 512 },
        }),
      }),
    ),
  // A block that is not a literal is not known.
  () => client.send(new InvokeModelCommand({ modelId: 'amazon.nova-pro-v1:0', body: JSON.stringify({ messages: [{ role: 'user', content: [block] }] }) })),
  // Anthropic's blocks belong in a Claude Messages body.
  () =>
    client.send(
      new InvokeModelCommand({
        modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
        body: JSON.stringify({ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512, messages: [{ role: 'user', content: [{ type: 'text', text: question }] }] }),
      }),
    ),
  () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: '\n\nHuman: Tell me a joke.\n\nAssistant:', max_tokens_to_sample: 300 }) })),
  // A system prompt may come before the first Human turn.
  () => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2:1', body: JSON.stringify({ prompt: `Be brief.\n\nHuman: ${question}\n\nAssistant:`, max_tokens_to_sample: 300 }) })),
  // The turns may come from the interpolation.
  (prompt: string) => client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-v2', body: JSON.stringify({ prompt: `${prompt}`, max_tokens_to_sample: 300 }) })),
  () =>
    client.send(
      new InvokeModelCommand({ modelId: 'amazon.titan-embed-image-v1', body: JSON.stringify({ inputText: 'Help me !', embeddingConfig: { outputEmbeddingLength: 384 } }) }),
    ),
  () =>
    client.send(
      new ConverseCommand({
        modelId: 'meta.llama3-2-11b-instruct-v1:0',
        messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes: readFileSync('photo.jpg') } } }] }],
      }),
    ),
  // Anthropic's own API takes `type` blocks: it is not an InvokeModel body.
  () =>
    new Anthropic().messages.create({ model: 'claude-3-haiku-20240307', max_tokens: 512, messages: [{ role: 'user', content: [{ type: 'text', text: question }] }] }),
  // Region-guarded: each branch a model with the body written for it.
  () =>
    client.send(
      new InvokeModelCommand({
        modelId: region === 'eu-west-1' ? 'amazon.nova-lite-v1:0' : 'amazon.nova-pro-v1:0',
        body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: question }] }] }),
      }),
    ),
  // A .jpeg file declared jpeg, and one the code names through a table of paths.
  () =>
    client.send(
      new ConverseCommand({
        modelId: 'meta.llama3-2-11b-instruct-v1:0',
        messages: [{ role: 'user', content: [{ image: { format: 'jpeg', source: { bytes: readFileSync('scan.jpeg') } } }] }],
      }),
    ),
  // A path not written out says nothing about the bytes.
  () =>
    client.send(
      new ConverseCommand({
        modelId: 'meta.llama3-2-11b-instruct-v1:0',
        messages: [{ role: 'user', content: [{ image: { format: 'png', source: { bytes: readFileSync(imagePath) } } }] }],
      }),
    ),
];
