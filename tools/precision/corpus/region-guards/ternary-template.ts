// A geo prefix chosen by a test of the region: each branch runs only where its test admits.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const region = process.env.AWS_REGION ?? 'us-east-1';
const client = new BedrockRuntimeClient({ region });

export async function ask(prompt: string) {
  const command = new ConverseCommand({
    modelId: `${region.startsWith('eu') ? 'eu' : 'us'}.anthropic.claude-sonnet-4-6`, // expect: none
    messages: [{ role: 'user', content: [{ text: prompt }] }],
  });
  return client.send(command);
}

export async function askAsia(prompt: string) {
  // `apac.anthropic.claude-sonnet-4-6` exists in no region (Claude Sonnet 4.6 has jp., au. and global. profiles there).
  const modelId = `${region.startsWith('ap') ? 'apac' : 'us'}.anthropic.claude-sonnet-4-6`; // expect: no-unknown-model-id
  return client.send(new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text: prompt }] }] }));
}

export const embedModel = region === 'eu-west-1' ? 'eu.cohere.embed-v4:0' : 'us.cohere.embed-v4:0'; // expect: none
