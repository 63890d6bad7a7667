// B-SAMPLING through an application inference profile: the ARN hides the model; the user's settings name it
// (`applicationInferenceProfiles` in request-corpus.test.ts maps this file's profile to Claude Sonnet 4.5's US profile).
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
declare const messages: unknown[];
const PROFILE = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/c0nnect0r087';

// case aws-samples/sample-connector-for-bedrock#87: a connector sends temperature and top_p through an application inference profile of Claude Sonnet 4.5
export const connector = () =>
  client.send(new ConverseCommand({ modelId: PROFILE, messages, inferenceConfig: { temperature: 0.7, topP: 0.9 } })); // expect: valid-inference-parameters

// correct: one sampling parameter through the same profile; another profile the settings do not map stays unjudged
export const correct = [
  () => client.send(new ConverseCommand({ modelId: PROFILE, messages, inferenceConfig: { temperature: 0.7 } })),
  () =>
    client.send(
      new ConverseCommand({
        modelId: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/unmapped0001',
        messages,
        inferenceConfig: { temperature: 0.7, topP: 0.9 },
      }),
    ),
];
