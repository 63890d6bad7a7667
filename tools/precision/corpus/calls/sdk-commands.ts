// Real calls of the AWS SDK v3 in us-east-1: every mistake here fails at run time and must be reported.
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
  InvokeModelWithResponseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const messages = [{ role: 'user' as const, content: [{ text: 'Hello' }] }];

export async function run(body: string) {
  await client.send(new ConverseCommand({ modelId: 'eu.anthropic.claude-sonnet-4-6', messages })); // expect: no-region-unavailable-model-id
  await client.send(new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-6', messages })); // expect: none
  await client.send(new ConverseStreamCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages })); // expect: require-inference-profile
  await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-2024307-v1:0', messages })); // expect: no-unknown-model-id
  await client.send(new ConverseCommand({ modelId: 'anthropic.claude-v2', messages })); // expect: no-deprecated-model-id
  await client.send(new ConverseCommand({ modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0', messages })); // expect: no-deprecated-model-id, require-inference-profile
  await client.send(new InvokeModelCommand({ modelId: 'amazon.nova-lite-v1:0', body })); // expect: none
  await client.send(new InvokeModelCommand({ modelId: 'amazon.titan-embed-text-v2:0', body })); // expect: none
  await client.send(new InvokeModelWithResponseStreamCommand({ modelId: 'apac.anthropic.claude-3-haiku-20240307-v1:0', body })); // expect: no-region-unavailable-model-id
  // The model of an Anthropic API name: Bedrock needs its own ID.
  await client.send(new ConverseCommand({ modelId: 'claude-3-haiku-20240307', messages })); // expect: no-unknown-model-id
  // A model only bedrock-mantle serves, asked of bedrock-runtime: that call fails, and one rule says so.
  await client.send(new ConverseCommand({ modelId: 'google.gemma-4-31b', messages })); // expect: no-unsupported-model-operation
}
