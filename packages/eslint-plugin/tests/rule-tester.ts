import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { BedrockRule } from '../src/util/create-rule.js';
import { settings } from './catalog.js';

/** A RuleTester on the pinned test catalog, TypeScript syntax, ES modules. */
export function createRuleTester(extraSettings: Record<string, unknown> = {}): {
  run<MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    rule: BedrockRule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void;
} {
  const tester = new RuleTester({
    languageOptions: { parserOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
    settings: settings(extraSettings),
  });
  return {
    run(name, rule, tests) {
      // @typescript-eslint/rule-tester 8.72 and @typescript-eslint/utils 8.73 each declare the rule types; the objects are the same.
      tester.run(name, rule as never, tests as never);
    },
  };
}
