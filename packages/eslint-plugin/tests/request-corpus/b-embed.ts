// B-EMBED: embedding requests the embedding model does not take.
import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const text: string;

// case ax-llm/ax#549: a hard-coded dimension that Titan Text Embeddings V2 does not offer
export const ax = () => client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText: text, dimensions: 1536 }) })); // expect: valid-invoke-model-body

// case mem0ai/mem0#5670: the embedding size passed under the multimodal model's key, so Titan V2 never gets it
export const mem0 = () =>
  client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText: text, embeddingConfig: { outputEmbeddingLength: 512 } }) })); // expect: valid-invoke-model-body

// case run-llama/llama_index#10649: a Cohere Embed body sent to a Titan embedding model
export const llamaIndex = () =>
  client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v1', body: JSON.stringify({ texts: [text], input_type: 'search_document' }) })); // expect: valid-invoke-model-body

// correct: each model's own body
export const correct = [
  () => client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body: JSON.stringify({ inputText: text, dimensions: 512, normalize: true }) })),
  () => client.send(new InvokeModelCommand({ modelId: 'cohere.embed-english-v3', body: JSON.stringify({ texts: [text], input_type: 'search_document' }) })),
  () => client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-image-v1', body: JSON.stringify({ inputText: text, embeddingConfig: { outputEmbeddingLength: 384 } }) })),
];
