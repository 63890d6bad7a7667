// The repository's config, plus eslint-plugin-eslint-plugin's checks of our own rules (meta, messages,
// placeholders, schemas, fixers) and of their RuleTester tests.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import repository from '../../eslint.config.js';

export default [
  ...repository,
  {
    ...eslintPlugin.configs['rules-recommended'],
    name: 'bedrock-models/eslint-plugin-rules',
    files: ['src/rules/**/*.ts'],
    rules: {
      ...eslintPlugin.configs['rules-recommended'].rules,
      // createRule (src/util/create-rule.ts) copies each rule's `defaultOptions` into `meta.defaultOptions`,
      // which this rule, reading the rule file alone, cannot see; tests/rule-meta.test.ts checks it instead.
      'eslint-plugin/require-meta-default-options': 'off',
      // The rules report through src/util/report.ts, which turns @bedrock-models/judge's findings (with their
      // suggestions) into reports; this rule, reading the rule file alone, sees no suggestion. RuleTester
      // refuses suggestions from a rule without hasSuggestions, and the rule tests assert every suggestion.
      'eslint-plugin/require-meta-has-suggestions': 'off',
    },
  },
  {
    ...eslintPlugin.configs['tests-recommended'],
    name: 'bedrock-models/eslint-plugin-tests',
    files: ['tests/**/*.test.ts'],
    // The rule tests get their RuleTester from tests/rule-tester.ts's createRuleTester().
    settings: { 'eslint-plugin': { ruleTesterConstructors: ['RuleTester', 'createRuleTester'] } },
  },
];
