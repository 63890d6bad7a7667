// The Vercel AI SDK's Bedrock provider: a default instance (region from settings) and created ones.
import { bedrock, createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { embed, generateText } from 'ai';

const frankfurt = createAmazonBedrock({ region: 'eu-central-1' });

export async function run(prompt: string) {
  await generateText({ model: bedrock('eu.amazon.nova-lite-v1:0'), prompt }); // expect: no-region-unavailable-model-id
  await generateText({ model: bedrock('us.amazon.nova-lite-v1:0'), prompt }); // expect: none
  await generateText({ model: frankfurt('eu.amazon.nova-lite-v1:0'), prompt }); // expect: none
  await generateText({ model: frankfurt('anthropic.claude-haiku-4-5-20251001-v1:0'), prompt }); // expect: require-inference-profile
  await generateText({ model: createAmazonBedrock({ region: 'ap-southeast-2' })('au.anthropic.claude-sonnet-4-6'), prompt }); // expect: none
  return embed({ model: bedrock.embedding('amazon.titan-embed-text-v2:0'), value: prompt }); // expect: none
}
