// One file, three Anthropic clients: only the Bedrock one is judged against Bedrock.
import Anthropic from '@anthropic-ai/sdk';
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import { AnthropicVertex } from '@anthropic-ai/vertex-sdk';

const direct = new Anthropic();
const vertex = new AnthropicVertex({ region: 'us-east5', projectId: 'p' });
const bedrock = new AnthropicBedrock({ awsRegion: 'us-east-1' });

export async function compare(prompt: string) {
  const messages = [{ role: 'user' as const, content: prompt }];
  return Promise.all([
    direct.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 256, messages }), // expect: none
    vertex.messages.create({ model: 'claude-sonnet-4-5@20250929', max_tokens: 256, messages }), // expect: none
    bedrock.messages.create({ model: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 256, messages }), // expect: no-region-unavailable-model-id
    bedrock.messages.create({ model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', max_tokens: 256, messages }), // expect: none
  ]);
}
