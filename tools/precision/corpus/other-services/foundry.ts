// Anthropic on Microsoft Foundry: look-alike model names, not Bedrock's.
import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

const client = new AnthropicFoundry({ resource: 'my-foundry-resource' });

export async function reply(prompt: string) {
  const message = await client.messages.create({
    model: 'claude-sonnet-4-5', // expect: none
    max_tokens: 1024,
    messages: [{ role: 'user', content: prompt }],
  });
  return client.messages.create({ model: 'claude-haiku-4-5-20251001', max_tokens: 256, messages: [{ role: 'user', content: String(message.id) }] }); // expect: none
}
