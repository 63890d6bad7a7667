// The CLI and the ESLint plugin must never disagree: the same IDs, in the same kind of call, with the same
// region, give the same findings in the same words, with the same severities (the plugin's recommended config).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import plugin from '@bedrock-models/eslint-plugin';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, run, TEST_CAPABILITIES, TEST_CATALOG } from './helpers.js';

const PARITY = join(PACKAGE_ROOT, 'test', 'fixtures', 'parity');

interface Finding {
  rule: string;
  severity: string;
  id: string;
  message: string;
}

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => `${a.id}|${a.rule}|${a.message}`.localeCompare(`${b.id}|${b.rule}|${b.message}`));
}

async function pluginFindings(): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: PARITY,
    overrideConfigFile: true,
    overrideConfig: [
      { languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
      plugin.configs.recommended as Linter.Config,
      {
        settings: {
          'bedrock-models': {
            catalog: JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as unknown,
            capabilities: JSON.parse(readFileSync(TEST_CAPABILITIES, 'utf8')) as unknown,
          },
        },
      },
    ],
  });
  const source = readFileSync(join(PARITY, 'invoke.js'), 'utf8');
  const lines = source.split('\n');
  const [result] = await eslint.lintText(source, { filePath: join(PARITY, 'invoke.js') });
  expect(result!.messages.filter((message) => message.fatal)).toEqual([]);
  return result!.messages.map((message) => {
    // Each call names its ID as the only quoted string on its line.
    const literal = /'([^']+)'/.exec(lines[message.line - 1]!.slice(message.column - 1))![1]!;
    return {
      rule: message.ruleId!.replace('@bedrock-models/', ''),
      severity: message.severity === 2 ? 'error' : 'warning',
      id: literal,
      message: message.message,
    };
  });
}

function cliFindings(): Finding[] {
  const result = run(['check', 'invoke.py', '--format', 'json', '--catalog', TEST_CATALOG, '--capabilities', TEST_CAPABILITIES], PARITY);
  const report = JSON.parse(result.stdout) as { results: Array<{ problems: Finding[] }> };
  return report.results.flatMap((file) => file.problems.map(({ rule, severity, id, message }) => ({ rule, severity, id, message })));
}

describe('parity with the ESLint plugin', () => {
  it('reports the same (rule, severity, id, message) for equivalent JavaScript and Python', async () => {
    const fromPlugin = sorted(await pluginFindings());
    const fromCli = sorted(cliFindings());
    // All four rules are exercised, so that the comparison means something.
    expect(new Set(fromPlugin.map((finding) => finding.rule))).toEqual(
      new Set(['no-unknown-model-id', 'no-deprecated-model-id', 'no-region-unavailable-model-id', 'require-inference-profile']),
    );
    expect(fromPlugin.length).toBeGreaterThanOrEqual(10);
    expect(fromCli).toEqual(fromPlugin);
  });
});
