import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import { capabilityLookup } from '@bedrock-models/judge';
import { testCapabilities } from '@bedrock-models/test-catalog';
import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan/scan.js';
import { PACKAGE_ROOT, TEST_CATALOG } from './helpers.js';

// The base-URL cases of the request corpus in Python (`test/request-corpus/surface.py`): a line ending in
// `# expect: <rule>` must be reported by that rule, and by no other rule; every other line must be silent.

const corpus = join(PACKAGE_ROOT, 'test', 'request-corpus');
const catalog = BedrockCatalog.of(JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as Catalog);
const capabilities = capabilityLookup(testCapabilities);

describe('request corpus (CLI, Python OpenAI-compatible clients)', () => {
  const text = readFileSync(join(corpus, 'surface.py'), 'utf8');
  const result = scan({ paths: ['surface.py'], cwd: corpus, catalog, capabilities, regions: ['us-east-1'] });
  const problems = result.reports.flatMap((report) => report.problems);

  it('reports every marked line with its rule only, and no other line', () => {
    const reported: Record<number, string[]> = {};
    for (const problem of problems) reported[problem.line] = [...new Set([...(reported[problem.line] ?? []), problem.rule])].sort();
    const expected: Record<number, string[]> = {};
    text.split('\n').forEach((line, index) => {
      const marker = /# expect: ([\w-]+(?:, [\w-]+)*)$/.exec(line);
      if (marker) expected[index + 1] = marker[1]!.split(', ').sort();
    });
    expect(reported).toEqual(expected);
  });

  it('suggests the base URL that serves the model', () => {
    const suggested = problems.filter((problem) => problem.messageId === 'mantleBasePath').map((problem) => problem.suggestions);
    expect(suggested).toEqual([
      ['https://bedrock-mantle.us-east-1.api.aws/openai/v1'],
      ['https://bedrock-mantle.us-east-1.api.aws/openai/v1'],
      ['https://bedrock-mantle.us-east-1.api.aws/openai/v1'],
      ['https://bedrock-mantle.us-east-2.api.aws/openai/v1'],
    ]);
    expect(problems.filter((problem) => problem.messageId === 'notOnRuntime').map((problem) => problem.suggestions)).toEqual([
      [],
      ['https://bedrock-mantle.us-east-1.api.aws/openai/v1'],
    ]);
  });

  it('leaves a mantle-only model on bedrock-runtime to the request rule when capabilities are on, and reports it by region otherwise', () => {
    const converseLine = text.split('\n').findIndex((line) => line.startsWith('runtime.converse(')) + 1;
    expect(problems.filter((problem) => problem.line === converseLine).map((problem) => problem.messageId)).toEqual(['notOnRuntime']);
    const without = scan({ paths: ['surface.py'], cwd: corpus, catalog, capabilities: null, regions: ['us-east-1'] });
    const atLine = without.reports.flatMap((report) => report.problems).filter((problem) => problem.line === converseLine);
    expect(atLine.map((problem) => `${problem.rule} ${problem.messageId}`)).toEqual(['no-region-unavailable-model-id mantleOnly']);
  });
});
