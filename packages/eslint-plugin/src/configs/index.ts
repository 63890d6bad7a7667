import { RULE_RECORDS as RECORDS, type RuleRecord } from '@bedrock-models/judge';
import type { TSESLint } from '@typescript-eslint/utils';

type RuleEntry = TSESLint.FlatConfig.RuleLevel | [TSESLint.FlatConfig.RuleLevel, ...unknown[]];

/** Every rule the plugin has, in report order: the records the configs, the CLI and the docs read. */
export const RULE_RECORDS: readonly RuleRecord[] = RECORDS;

// `strict` fails the build on everything, and also on models whose end of life is within this many days.
const STRICT_END_OF_LIFE_HORIZON_DAYS = 90;

/**
 * Which rules each config turns on, and how. `recommended`: each rule at its record's severity (errors only where a
 * finding is certain). `strict`: every rule an error, and end-of-life dates within 90 days reported ahead.
 * `all`: every rule an error with its default options.
 */
export const CONFIG_RULES: Readonly<Record<'recommended' | 'strict' | 'all', Readonly<Record<string, RuleEntry>>>> = {
  recommended: Object.fromEntries(RULE_RECORDS.map((rule) => [rule.name, rule.recommended])),
  strict: Object.fromEntries(
    RULE_RECORDS.map((rule) => [
      rule.name,
      rule.name === 'no-deprecated-model-id' ? ['error', { warnDaysBeforeEndOfLife: STRICT_END_OF_LIFE_HORIZON_DAYS }] : 'error',
    ]),
  ),
  all: Object.fromEntries(RULE_RECORDS.map((rule) => [rule.name, 'error'])),
};

/** The flat config named `bedrock-models/<name>` that registers the plugin and turns on its rules. */
export function flatConfig(name: keyof typeof CONFIG_RULES, plugin: TSESLint.FlatConfig.Plugin): TSESLint.FlatConfig.Config {
  return {
    name: `bedrock-models/${name}`,
    plugins: { '@bedrock-models': plugin },
    rules: Object.fromEntries(Object.entries(CONFIG_RULES[name]).map(([rule, level]) => [`@bedrock-models/${rule}`, level])),
  };
}
