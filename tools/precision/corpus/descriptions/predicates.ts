// Predicates and matchers: their arguments name models to recognise, not models to call.
declare function isMistralModel(id: string): boolean;
declare function supportsTools(id: string): boolean;
declare function supportsPromptCaching(id: string): boolean;

export const mistral = isMistralModel('mistral.mistral-large-2402-v1:0'); // expect: none
export const tools = supportsTools('eu.anthropic.claude-sonnet-4-5-20250929-v1:0'); // expect: none
export const caching = supportsPromptCaching('anthropic.claude-sonnet-4-6'); // expect: none

export function family(id: string): string {
  if (id.startsWith('anthropic.claude-3-5')) return 'sonnet-3.5'; // expect: none
  if (id.includes('amazon.nova-')) return 'nova'; // expect: none
  return 'other';
}

export const isEuProfile = (id: string): boolean => id === 'eu.anthropic.claude-sonnet-4-6'; // expect: none
