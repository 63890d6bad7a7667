// A Lambda handler in plain JavaScript: the client's region and a region-keyed table.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const PROFILES = {
  'eu-west-1': 'eu.amazon.nova-lite-v1:0', // expect: no-region-unavailable-model-id
  'us-east-1': 'us.amazon.nova-lite-v1:0', // expect: none
};

const client = new BedrockRuntimeClient({ region: 'us-east-1' });

export const handler = async (event) => {
  const region = process.env.AWS_REGION;
  const fromTable = await client.send(new ConverseCommand({ modelId: PROFILES[region], messages: event.messages }));
  // A member read with a literal key at a call in us-east-1: the eu. profile is wrong there (reported where it is written).
  const pinned = await client.send(new ConverseCommand({ modelId: PROFILES['eu-west-1'], messages: event.messages }));
  const legacy = await client.send(new ConverseCommand({ modelId: 'cohere.command-r-v1:0', messages: event.messages })); // expect: no-deprecated-model-id
  return { fromTable, pinned, legacy };
};
