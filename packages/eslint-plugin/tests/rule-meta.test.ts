// What eslint-plugin-eslint-plugin's require-meta-default-options asks for, checked on the built rule objects:
// the lint rule reads rule files and cannot see createRule (src/util/create-rule.ts) copying `defaultOptions`
// into `meta.defaultOptions`, so it is off in eslint.config.js and this test holds the line instead.
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

interface Rule {
  defaultOptions: unknown[];
  meta: { schema: unknown[]; defaultOptions?: unknown[] };
}
const rules = Object.entries(plugin.rules as unknown as Record<string, Rule>);

describe('rule meta', () => {
  it.each(rules)('%s declares meta.defaultOptions for every option its schema takes', (_name, rule) => {
    expect(rule.meta.defaultOptions).toEqual(rule.defaultOptions);
    expect(rule.meta.defaultOptions).toHaveLength(rule.meta.schema.length);
  });
});
