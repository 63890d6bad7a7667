// Calls inside branches of an `if` on the region: each is judged in the regions its test admits.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

export async function summarize(region: string, text: string) {
  const client = new BedrockRuntimeClient({ region });
  const messages = [{ role: 'user' as const, content: [{ text }] }];
  if (region === 'eu-west-1' || region === 'eu-central-1') {
    return client.send(new ConverseCommand({ modelId: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', messages })); // expect: none
  } else if (region.startsWith('ap-')) {
    return client.send(new ConverseCommand({ modelId: 'apac.anthropic.claude-3-haiku-20240307-v1:0', messages })); // expect: none
  } else {
    return client.send(new ConverseCommand({ modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', messages })); // expect: none
  }
}

export async function translate(region: string, text: string) {
  const client = new BedrockRuntimeClient({ region });
  if (region === 'ap-northeast-1') {
    // Wrong for the region its test admits: an au. profile is callable from Sydney only.
    return client.send(new ConverseCommand({ modelId: 'au.anthropic.claude-sonnet-4-6', messages: [{ role: 'user', content: [{ text }] }] })); // expect: no-region-unavailable-model-id
  }
  return client.send(new ConverseCommand({ modelId: 'global.anthropic.claude-sonnet-4-6', messages: [{ role: 'user', content: [{ text }] }] })); // expect: none
}
