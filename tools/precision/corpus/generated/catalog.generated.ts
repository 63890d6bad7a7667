// Another tool's model catalog, written by its generator: each ID twice, as the key and as `id`.
export const MODEL_CATALOG = {
  'eu.anthropic.claude-sonnet-4-6': { id: 'eu.anthropic.claude-sonnet-4-6', contextWindow: 1000000, output: 64000 }, // expect: none
  'apac.anthropic.claude-sonnet-4-20250514-v1:0': { id: 'apac.anthropic.claude-sonnet-4-20250514-v1:0', contextWindow: 200000, output: 64000 }, // expect: none
  'jp.anthropic.claude-haiku-4-5-20251001-v1:0': { id: 'jp.anthropic.claude-haiku-4-5-20251001-v1:0', contextWindow: 200000, output: 64000 }, // expect: none
  'anthropic.claude-sonnet-4-5-20250929-v1:0': { id: 'anthropic.claude-sonnet-4-5-20250929-v1:0', contextWindow: 200000, output: 64000 }, // expect: none
  'amazon.nova-2-lite-v1:0': { id: 'amazon.nova-2-lite-v1:0', contextWindow: 300000, output: 10000 }, // expect: none
  'deepseek.v3.2': { id: 'deepseek.v3.2', contextWindow: 128000, output: 8192 }, // expect: none
  // Retired everywhere: a region-independent warning, the most a generated file gets (twice: key and id).
  'anthropic.claude-instant-v1': { id: 'anthropic.claude-instant-v1', contextWindow: 100000, output: 4096 }, // expect: no-deprecated-model-id, no-deprecated-model-id
} as const;
