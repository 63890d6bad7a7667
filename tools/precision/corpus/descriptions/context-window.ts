// A lookup table keyed by model ID: it describes models, it calls none.
export const CONTEXT_WINDOW: Readonly<Record<string, number>> = {
  'anthropic.claude-sonnet-4-6': 1_000_000, // expect: none
  'eu.anthropic.claude-sonnet-4-6': 1_000_000, // expect: none
  'jp.anthropic.claude-sonnet-4-6': 1_000_000, // expect: none
  'au.anthropic.claude-sonnet-4-6': 1_000_000, // expect: none
  'us.anthropic.claude-sonnet-4-6': 1_000_000, // expect: none
  'anthropic.claude-haiku-4-5-20251001-v1:0': 200_000, // expect: none
  'eu.amazon.nova-lite-v1:0': 300_000, // expect: none
  // A LEGACY model is LEGACY in every region: that warning holds in a table too.
  'anthropic.claude-3-7-sonnet-20250219-v1:0': 200_000, // expect: no-deprecated-model-id
  // A typo with a strong shape (a date, a `:0` version) is a typo wherever it stands.
  'anthropic.claude-3-haiku-2024307-v1:0': 200_000, // expect: no-unknown-model-id
};

export function contextWindow(modelId: string): number {
  return CONTEXT_WINDOW[modelId] ?? 200_000;
}
