// IDs that reach a call through bindings: a const, an `as const` member, a parameter default, a fallback.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({});
const DEFAULT_MODEL = 'anthropic.claude-sonnet-4-6'; // expect: require-inference-profile
const MODELS = { fast: 'eu.amazon.nova-micro-v1:0', smart: 'us.anthropic.claude-sonnet-4-6' } as const; // expect: no-region-unavailable-model-id

export const a = (text: string) => client.send(new ConverseCommand({ modelId: DEFAULT_MODEL, messages: [{ role: 'user', content: [{ text }] }] }));
export const b = (text: string) => client.send(new ConverseCommand({ modelId: MODELS.fast, messages: [{ role: 'user', content: [{ text }] }] }));

export function c(text: string, modelId = 'meta.llama3-2-1b-instruct-v1:0') { // expect: no-deprecated-model-id, require-inference-profile
  return client.send(new ConverseCommand({ modelId, messages: [{ role: 'user', content: [{ text }] }] }));
}

export const d = (text: string) =>
  client.send(new ConverseCommand({ modelId: process.env.MODEL_ID ?? 'jp.amazon.nova-2-lite-v1:0', messages: [{ role: 'user', content: [{ text }] }] })); // expect: no-region-unavailable-model-id
