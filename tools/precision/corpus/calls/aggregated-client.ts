// The aggregated client's methods, with the region of its construction.
import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';

const eu = new BedrockRuntime({ region: 'eu-west-1' });
const us = new BedrockRuntime({ region: 'us-east-1' });

export async function run(text: string, body: string) {
  const messages = [{ role: 'user' as const, content: [{ text }] }];
  await eu.converse({ modelId: 'eu.amazon.nova-pro-v1:0', messages }); // expect: none
  await eu.converse({ modelId: 'us.amazon.nova-pro-v1:0', messages }); // expect: no-region-unavailable-model-id
  await us.converse({ modelId: 'eu.amazon.nova-pro-v1:0', messages }); // expect: no-region-unavailable-model-id
  await us.converseStream({ modelId: 'meta.llama3-2-1b-instruct-v1:0', messages }); // expect: no-deprecated-model-id, require-inference-profile
  return us.invokeModel({ modelId: 'amazon.nova-canvas-v1:0', body }); // expect: none
}
