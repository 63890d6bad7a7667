import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { testCapabilities } from './capabilities.js';
import { settings } from './catalog.js';

const root = join(import.meta.dirname, '..');
const ruleNames = Object.keys(plugin.rules);

// The ```ts blocks under a doc's "❌ Incorrect" or "✅ Correct" line.
function examples(markdown: string, marker: string): string[] {
  const blocks: string[] = [];
  const pattern = new RegExp(`${marker}[^\\n]*\\n+\`\`\`ts\\n([\\s\\S]*?)\`\`\``, 'g');
  for (const match of markdown.matchAll(pattern)) blocks.push(match[1]!);
  return blocks;
}

function reportsOf(rule: string, code: string): string[] {
  const linter = new Linter();
  const messages = linter.verify(
    code,
    [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
      {
        plugins: { '@bedrock-models': plugin as never },
        rules: { [`@bedrock-models/${rule}`]: 'error' },
        settings: settings({ capabilities: testCapabilities }),
      },
    ],
    'example.ts',
  );
  return messages.map((message) => message.message);
}

describe('rule docs', () => {
  it.each(ruleNames)('%s: every ❌ example reports and no ✅ example does', (rule) => {
    const markdown = readFileSync(join(root, 'docs', 'rules', `${rule}.md`), 'utf8');
    const incorrect = examples(markdown, '❌ Incorrect');
    const correct = examples(markdown, '✅ Correct');
    expect(incorrect.length).toBeGreaterThan(0);
    expect(correct.length).toBeGreaterThan(0);
    for (const code of incorrect) expect(reportsOf(rule, code), code).not.toEqual([]);
    for (const code of correct) expect(reportsOf(rule, code), code).toEqual([]);
  });

  it('the README rule table and rule headers match the rules (eslint-doc-generator --check)', () => {
    const bin = createRequire(join(root, 'package.json'))
      .resolve('eslint-doc-generator/package.json')
      .replace(/package\.json$/, 'dist/bin/eslint-doc-generator.js');
    expect(() => execFileSync(process.execPath, [bin, '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
    // A child process that loads ESLint and the plugin: about a second idle, several on a busy machine.
  }, 60_000);
});
