import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import { capabilityLookup, REQUEST_RULE_NAMES } from '@bedrock-models/judge';
import { testCapabilities } from '@bedrock-models/test-catalog';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { PACKAGE_ROOT, TEST_CATALOG } from './helpers.js';

// The Python originals of the request corpus (the plugin's corpus has every case in TypeScript): boto3 calls
// modelled on public failures. A line ending in `# expect: <rule>` must be reported by that rule; every other
// line must be silent for the request rules.

const corpus = join(PACKAGE_ROOT, 'test', 'request-corpus');
const catalog = BedrockCatalog.of(JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as Catalog);
const capabilities = capabilityLookup(testCapabilities);
const requestRules: readonly string[] = REQUEST_RULE_NAMES;

function markers(text: string): { expected: Record<number, string[]>; cases: Map<string, number[]> } {
  const expected: Record<number, string[]> = {};
  const cases = new Map<string, number[]>();
  let current: string | null = null;
  text.split('\n').forEach((line, index) => {
    const opened = /^# case (\S+):/.exec(line);
    if (opened) current = opened[1]!;
    else if (line.startsWith('# correct:')) current = null;
    if (current !== null) cases.set(current, [...(cases.get(current) ?? []), index + 1]);
    const expect = /# expect: ([\w-]+(?:, [\w-]+)*)$/.exec(line);
    if (expect) expected[index + 1] = expect[1]!.split(', ').sort();
  });
  return { expected, cases };
}

// Each file with the number of failures it models.
const FILES: ReadonlyArray<[file: string, cases: number]> = [
  ['requests.py', 20],
  ['b_body_nested.py', 4],
];

describe.each(FILES)('request corpus (CLI, Python): %s', (file, caseCount) => {
  const text = readFileSync(join(corpus, file), 'utf8');
  const result = scan({ paths: [file], cwd: corpus, catalog, capabilities });
  const problems = result.reports.flatMap((report) => report.problems).filter((problem) => requestRules.includes(problem.rule));
  const reported: Record<number, string[]> = {};
  for (const problem of problems) reported[problem.line] = [...new Set([...(reported[problem.line] ?? []), problem.rule])].sort();
  const { expected, cases } = markers(text);

  it('reports every marked line with its rules, and no other line', () => {
    expect(reported).toEqual(expected);
  });

  it('reports something in every case it models', () => {
    expect(cases.size).toBe(caseCount);
    for (const [failure, lines] of cases)
      expect(
        lines.some((line) => reported[line] !== undefined),
        failure,
      ).toBe(true);
  });

  it('gives errors where the fact is certain, and a warning for the feature rule and for a value only partly written (an f-string)', () => {
    const lines = text.split('\n');
    const partlyWritten = (line: number) => /\bf"/.test(lines[line - 1]!);
    for (const problem of problems)
      expect(problem.severity, problem.message).toBe(
        (problem.rule as string) === 'no-unsupported-model-feature' || partlyWritten(problem.line) ? 'warning' : 'error',
      );
  });

  it('judges no request when capabilities are turned off', () => {
    const without = scan({ paths: [file], cwd: corpus, catalog, capabilities: null });
    expect(without.reports.flatMap((report) => report.problems).filter((problem) => requestRules.includes(problem.rule))).toEqual([]);
  });
});
