import type { TSESLint } from '@typescript-eslint/utils';

type RuleLevel = 'error' | 'warn';

/** Which rules each config turns on, and how loud. */
export const CONFIG_RULES: Readonly<Record<'recommended' | 'strict' | 'all', Readonly<Record<string, RuleLevel>>>> = {
  // Unknown and deprecated IDs are warnings: a catalog a day behind a launch must not fail a build.
  recommended: {
    'no-unknown-model-id': 'warn',
    'no-deprecated-model-id': 'warn',
    'no-region-unavailable-model-id': 'error',
    'require-inference-profile': 'error',
    // Request rules: errors where the fact is tied to the model version, a warning where AWS may add support later.
    'no-unsupported-model-operation': 'error',
    'no-unsupported-model-feature': 'warn',
    'valid-inference-parameters': 'error',
    'valid-invoke-model-body': 'error',
  },
  // Everything fails the build.
  strict: {
    'no-unknown-model-id': 'error',
    'no-deprecated-model-id': 'error',
    'no-region-unavailable-model-id': 'error',
    'require-inference-profile': 'error',
    'no-unsupported-model-operation': 'error',
    'no-unsupported-model-feature': 'error',
    'valid-inference-parameters': 'error',
    'valid-invoke-model-body': 'error',
  },
  all: {
    'no-unknown-model-id': 'error',
    'no-deprecated-model-id': 'error',
    'no-region-unavailable-model-id': 'error',
    'require-inference-profile': 'error',
    'no-unsupported-model-operation': 'error',
    'no-unsupported-model-feature': 'error',
    'valid-inference-parameters': 'error',
    'valid-invoke-model-body': 'error',
  },
};

/** The flat config named `bedrock-models/<name>` that registers the plugin and turns on its rules. */
export function flatConfig(name: keyof typeof CONFIG_RULES, plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return {
    name: `bedrock-models/${name}`,
    plugins: { '@bedrock-models': plugin },
    rules: Object.fromEntries(Object.entries(CONFIG_RULES[name]).map(([rule, level]) => [`@bedrock-models/${rule}`, level])),
  };
}
