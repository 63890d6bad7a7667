// Anthropic on Google Vertex AI: Vertex names and Google regions, not Bedrock's.
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';

const vertex = new AnthropicVertex({ projectId: 'my-project', region: 'europe-west1' });

export const reply = (prompt: string) =>
  vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 1024, messages: [{ role: 'user', content: prompt }] }); // expect: none

export const stream = (prompt: string) =>
  vertex.messages.stream({ model: 'claude-3-5-haiku@20241022', max_tokens: 512, messages: [{ role: 'user', content: prompt }] }); // expect: none
