// A string-literal union of the IDs an application supports, and a record typed by it.
export type SupportedModelId =
  | 'eu.anthropic.claude-sonnet-4-6' // expect: none
  | 'au.anthropic.claude-sonnet-4-6' // expect: none
  | 'us.anthropic.claude-sonnet-4-6' // expect: none
  | 'anthropic.claude-sonnet-4-6' // expect: none
  | 'eu.cohere.embed-v4:0'; // expect: none

export const PRICE_PER_MILLION_INPUT: Record<SupportedModelId, number> = {
  'eu.anthropic.claude-sonnet-4-6': 3.3, // expect: none
  'au.anthropic.claude-sonnet-4-6': 3.3, // expect: none
  'us.anthropic.claude-sonnet-4-6': 3, // expect: none
  'anthropic.claude-sonnet-4-6': 3, // expect: none
  'eu.cohere.embed-v4:0': 0.12, // expect: none
};
