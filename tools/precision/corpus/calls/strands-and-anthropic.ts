// Strands Agents' Bedrock model and Anthropic's Bedrock client.
import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';
import { Agent, BedrockModel } from '@strands-agents/sdk';

export const model = new BedrockModel({ modelId: 'eu.anthropic.claude-sonnet-4-6', region: 'eu-west-1' }); // expect: none
export const usModel = new BedrockModel({ modelId: 'jp.anthropic.claude-sonnet-4-6' }); // expect: no-region-unavailable-model-id
export const agent = new Agent({ model: 'anthropic.claude-sonnet-4-6' }); // expect: require-inference-profile

const anthropic = new AnthropicBedrock({ awsRegion: 'us-east-1' });
export const reply = (prompt: string) =>
  anthropic.messages.create({ model: 'claude-sonnet-4-5-20250929', max_tokens: 512, messages: [{ role: 'user', content: prompt }] }); // expect: no-unknown-model-id
export const reply2 = (prompt: string) =>
  anthropic.messages.create({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0', max_tokens: 512, messages: [{ role: 'user', content: prompt }] }); // expect: none
