import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { pluginVersion } from '../src/meta.js';
import { DOCS_URL } from '../src/util/create-rule.js';

const root = join(import.meta.dirname, '..');
const ruleNames = Object.keys(plugin.rules).sort();
const ruleFiles = readdirSync(join(root, 'src', 'rules'))
  .filter((file) => file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
interface Rule {
  name: string;
  meta: { type: string; docs: { description: string; url: string }; messages: Record<string, string>; schema: unknown[]; hasSuggestions?: boolean };
}
const rules = plugin.rules as Record<string, Rule>;

describe('the plugin', () => {
  it('exports every rule file, by its file name', () => {
    expect(ruleNames).toEqual(ruleFiles);
    expect(ruleNames).toEqual([
      'no-deprecated-model-id',
      'no-region-unavailable-model-id',
      'no-unknown-model-id',
      'no-unsupported-model-feature',
      'no-unsupported-model-operation',
      'require-inference-profile',
      'valid-inference-parameters',
      'valid-invoke-model-body',
    ]);
  });

  it.each(ruleNames)('%s has a doc, a test, and a docs.url pointing at the doc', (name) => {
    const rule = rules[name]!;
    expect(rule.name).toBe(name);
    expect(rule.meta.docs.url).toBe(`${DOCS_URL}${name}.md`);
    expect(existsSync(join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
    expect(existsSync(join(root, 'tests', 'rules', `${name}.test.ts`))).toBe(true);
  });

  it.each(ruleNames)('%s has meta in the house style', (name) => {
    const { meta } = rules[name]!;
    expect(meta.type).toBe('problem');
    expect(meta.docs.description).toMatch(/^(Disallow|Require|Enforce) /);
    expect(meta.docs.description).not.toMatch(/\.$/);
    expect(meta.hasSuggestions).toBe(true);
    for (const id of Object.keys(meta.messages)) expect(id).toMatch(/^[a-z][a-zA-Z]*$/);
    for (const option of meta.schema as Array<{ additionalProperties?: boolean; properties?: Record<string, { description?: string }> }>) {
      expect(option.additionalProperties).toBe(false);
      for (const property of Object.values(option.properties ?? {})) expect(property.description).toBeTruthy();
    }
  });

  it.each(ruleNames)('%s is tested against every message it has', (name) => {
    const tests = readFileSync(join(root, 'tests', 'rules', `${name}.test.ts`), 'utf8');
    for (const id of Object.keys(rules[name]!.meta.messages)) expect(tests, `messageId ${id}`).toContain(`messageId: '${id}'`);
  });

  it('has meta for --cache and --print-config: name, a version that carries the catalog and judgement versions, the namespace', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(plugin.meta.name).toBe(pkg.name);
    expect(plugin.meta.namespace).toBe('bedrock-models');
    expect(plugin.meta.version).toMatch(
      new RegExp(`^${pkg.version.replace(/\./g, '\\.')}\\+catalog\\.\\d+\\.\\d+\\.\\d+\\.\\d{8}T\\d{6}Z\\.judge\\.\\d+\\.\\d+\\.\\d+$`),
    );
    expect(pluginVersion({ version: '1.4.0', catalogVersion: '1.12.0', generatedAt: '2026-08-22T00:00:00Z', judgeVersion: '1.3.0' })).toBe(
      '1.4.0+catalog.1.12.0.20260822T000000Z.judge.1.3.0',
    );
  });

  it('has named configs that register the plugin and list exactly the intended rules', () => {
    const prefixed = (levels: Record<string, string>) => Object.fromEntries(Object.entries(levels).map(([rule, level]) => [`@bedrock-models/${rule}`, level]));
    expect(plugin.configs.recommended).toEqual({
      name: 'bedrock-models/recommended',
      plugins: { '@bedrock-models': plugin },
      rules: prefixed({
        'no-unknown-model-id': 'warn',
        'no-deprecated-model-id': 'warn',
        'no-region-unavailable-model-id': 'error',
        'require-inference-profile': 'error',
        'no-unsupported-model-operation': 'error',
        'no-unsupported-model-feature': 'warn',
        'valid-inference-parameters': 'error',
        'valid-invoke-model-body': 'error',
      }),
    });
    const everyRule = Object.fromEntries(ruleNames.map((name) => [name, 'error']));
    expect(plugin.configs.all.rules).toEqual(prefixed(everyRule));
    // strict differs from all: end-of-life dates within 90 days already fail the build.
    expect(plugin.configs.strict.rules).toEqual({
      ...prefixed(everyRule),
      '@bedrock-models/no-deprecated-model-id': ['error', { warnDaysBeforeEndOfLife: 90 }],
    });
    expect(plugin.configs.strict.name).toBe('bedrock-models/strict');
    expect(plugin.configs.all.plugins['@bedrock-models']).toBe(plugin);
  });
});
