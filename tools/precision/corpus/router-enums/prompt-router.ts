// A default prompt router and an application's own enum of model names (mapped to real IDs elsewhere); an alias that is
// a real ID missing its `:0` is reported as the typo it may be.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

export const ROUTER = {
  promptRouterId: 'anthropic.claude:1', // expect: none
  promptRouterArn: 'arn:aws:bedrock:us-east-1:123456789012:default-prompt-router/anthropic.claude:1', // expect: none
};

export enum ChatModel {
  Sonnet = 'anthropic.claude-3-5-sonnet-v1', // expect: none
  Haiku = 'anthropic.claude-3-haiku-v1', // expect: none
  Nova = 'amazon.nova-pro-v1', // expect: no-unknown-model-id
}

export const REAL_ID: Record<ChatModel, string> = {
  [ChatModel.Sonnet]: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', // expect: none
  [ChatModel.Haiku]: 'anthropic.claude-3-haiku-20240307-v1:0', // expect: none
  [ChatModel.Nova]: 'amazon.nova-pro-v1:0', // expect: none
};

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
export const routed = (text: string) =>
  client.send(new ConverseCommand({ modelId: ROUTER.promptRouterArn, messages: [{ role: 'user', content: [{ text }] }] }));
