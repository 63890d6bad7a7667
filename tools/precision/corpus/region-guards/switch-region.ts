// A `switch` on the region, each case calling the AI SDK's provider.
import { bedrock } from '@ai-sdk/amazon-bedrock';
import { generateText } from 'ai';

export function modelFor(region: string) {
  switch (region) {
    case 'eu-west-1':
    case 'eu-central-1':
      return bedrock('eu.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: none
    case 'ap-northeast-1':
      return bedrock('jp.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: none
    case 'ap-southeast-2':
      return bedrock('au.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: none
    case 'us-west-2':
      // Wrong for its case: an eu. profile from Oregon.
      return bedrock('eu.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: no-region-unavailable-model-id
    default:
      return bedrock('global.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: none
  }
}

export const answer = (region: string, prompt: string) => generateText({ model: modelFor(region), prompt });
