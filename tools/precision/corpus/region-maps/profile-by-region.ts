// Maps keyed by region: each value is meant for the region its key names, and is judged there.
export const CHAT_MODEL_BY_REGION = {
  'us-east-1': 'us.anthropic.claude-sonnet-4-6', // expect: none
  'us-west-2': 'us.anthropic.claude-sonnet-4-6', // expect: none
  'eu-west-1': 'eu.anthropic.claude-sonnet-4-6', // expect: none
  'eu-central-1': 'eu.anthropic.claude-sonnet-4-6', // expect: none
  'ap-southeast-2': 'au.anthropic.claude-sonnet-4-6', // expect: none
  'ap-northeast-1': 'jp.anthropic.claude-sonnet-4-6', // expect: none
} as const;

// A wrong pair is still wrong: an eu. profile cannot be called from Tokyo.
export const MODELS_BY_REGION: Record<string, { chat: string; embed: string }> = {
  'eu-west-1': { chat: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', embed: 'amazon.titan-embed-text-v2:0' }, // expect: none
  'ap-southeast-2': { chat: 'au.anthropic.claude-haiku-4-5-20251001-v1:0', embed: 'amazon.titan-embed-text-v2:0' }, // expect: none
  'ap-northeast-1': { chat: 'eu.anthropic.claude-haiku-4-5-20251001-v1:0', embed: 'amazon.titan-embed-text-v2:0' }, // expect: no-region-unavailable-model-id
};

export const FALLBACK_BY_REGION = new Map([
  ['eu-west-1', 'eu.amazon.nova-lite-v1:0'], // expect: none
  ['ap-northeast-1', 'apac.amazon.nova-lite-v1:0'], // expect: none
]);
