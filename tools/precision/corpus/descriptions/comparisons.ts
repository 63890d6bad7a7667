// IDs compared, switched on and mapped: code that recognises models, calling none.
export function describeModel(modelId: string): string {
  switch (modelId) {
    case 'eu.anthropic.claude-sonnet-4-6': // expect: none
      return 'Sonnet 4.6, EU';
    case 'jp.anthropic.claude-sonnet-4-6': // expect: none
      return 'Sonnet 4.6, Japan';
    default:
      return modelId === 'au.anthropic.claude-sonnet-4-6' ? 'Sonnet 4.6, Australia' : 'other'; // expect: none
  }
}

export const TO_PROFILE = {
  'anthropic.claude-sonnet-4-6': 'us.anthropic.claude-sonnet-4-6', // expect: none
  'amazon.nova-pro-v1:0': 'us.amazon.nova-pro-v1:0', // expect: none
} as const;

export const FAMILIES_BY_REGION = {
  'eu-west-1': ['eu.anthropic.claude-sonnet-4-6', 'eu.amazon.nova-pro-v1:0'], // expect: none
  'ap-southeast-2': ['au.anthropic.claude-sonnet-4-6', 'apac.amazon.nova-pro-v1:0'], // expect: none
  'us-west-2': ['us.anthropic.claude-sonnet-4-6', 'au.anthropic.claude-sonnet-4-6'], // expect: no-region-unavailable-model-id
} satisfies Record<string, readonly string[]>;
