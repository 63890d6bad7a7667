// Profiles built at run time: a geo prefix computed from the region in front of a base model ID.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const BASE_MODEL = 'anthropic.claude-sonnet-4-6'; // expect: none
const EMBED_BASE = 'cohere.embed-v4:0'; // expect: none

function geoOf(region: string): string {
  if (region.startsWith('eu-')) return 'eu';
  if (region === 'ap-southeast-2') return 'au';
  if (region === 'ap-northeast-1') return 'jp';
  return 'us';
}

export function profileId(base: string, region: string): string {
  return `${geoOf(region)}.${base}`;
}

export async function chat(region: string, text: string) {
  const client = new BedrockRuntimeClient({ region });
  const modelId = `${geoOf(region)}.anthropic.claude-haiku-4-5-20251001-v1:0`; // expect: none
  await client.send(new ConverseCommand({ modelId: profileId(BASE_MODEL, region), messages: [{ role: 'user', content: [{ text }] }] }));
  return client.send(new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text }] }] }));
}

export const embedProfile = (region: string) => geoOf(region) + '.' + EMBED_BASE;
export const toProfiles = (region: string) => ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'amazon.nova-pro-v1:0'].map((base) => profileId(base, region)); // expect: none
// A retired base model behind a computed prefix is still retired.
export const legacy = (region: string) => profileId('anthropic.claude-v2', region); // expect: no-deprecated-model-id
