import { beforeAll, describe, expect, it } from 'vitest';
import { compare, corpusFiles, type CorpusFile, type LineResult } from '../src/compare.js';
import { readCatalog, runCli, runPlugin, type ToolFinding } from '../src/run.js';

// A line that holds something shaped like a model reference must say what it expects: a provider-dotted name, a
// Bedrock ARN or an Anthropic API name.
const ID_LIKE = /\b(?:anthropic|amazon|meta|mistral|cohere|openai|deepseek|google|minimax)\.[a-z]|:bedrock:|['"`]claude-/;
const LANGUAGES: ReadonlyArray<readonly [string, RegExp]> = [
  ['TypeScript', /\.tsx?$/],
  ['Python', /\.py$/],
  ['JSON', /\.json$/],
  ['YAML', /\.ya?ml$/],
  ['Markdown', /\.md$/],
];

let files: CorpusFile[];
let plugin: ToolFinding[];
let cli: ToolFinding[];

beforeAll(async () => {
  const catalog = readCatalog();
  files = corpusFiles();
  plugin = await runPlugin(catalog);
  cli = runCli(catalog);
});

describe('the corpus', () => {
  it('has at least 60 files, in TypeScript, Python, JSON, YAML and Markdown', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    for (const [language, extension] of LANGUAGES) expect(files.filter((file) => extension.test(file.file)).length, language).toBeGreaterThanOrEqual(3);
  });

  it('marks every line that holds an ID-shaped string', () => {
    const unmarked = files.flatMap((file) => {
      const marked = new Set(file.expectations.map((expectation) => expectation.line));
      return file.text
        .split('\n')
        .map((text, index) => ({ text, line: index + 1 }))
        .filter(({ text, line }) => ID_LIKE.test(text) && !marked.has(line) && !/^\s*(?:\/\/|#)/.test(text))
        .map(({ line }) => `${file.file}:${line}`);
    });
    expect(unmarked).toEqual([]);
  });

  it('marks both reports and silences', () => {
    const marks = files.flatMap((file) => file.expectations);
    expect(marks.filter((mark) => mark.expected.length > 0).length).toBeGreaterThanOrEqual(50);
    expect(marks.filter((mark) => mark.expected.length === 0).length).toBeGreaterThanOrEqual(150);
  });

  it('gives the same judgements to the same shapes in TypeScript and Python', () => {
    const pairs = files
      .filter((file) => file.file.endsWith('.py'))
      .flatMap((python) => {
        const twin = files.find((file) => file.file !== python.file && stem(file.file) === stem(python.file) && /\.tsx?$/.test(file.file));
        return twin ? [[twin, python] as const] : [];
      });
    expect(pairs.length).toBeGreaterThanOrEqual(6);
    for (const [typescript, python] of pairs) {
      expect(
        python.expectations.map((mark) => mark.expected),
        `${typescript.file} and ${python.file}`,
      ).toEqual(typescript.expectations.map((mark) => mark.expected));
    }
  });
});

describe.each(['plugin', 'cli'] as const)('%s on the corpus', (tool) => {
  it('reports exactly what each line is marked with (or, for a recorded gap, what the gap records)', () => {
    const results = compare(files, tool, tool === 'plugin' ? plugin : cli);
    const wrong = results.filter((result) => !same(result.actual, result.gap ?? result.expected)).map(describeResult);
    expect(wrong).toEqual([]);
  });

  it('never reports a false finding as an error', () => {
    const results = compare(files, tool, tool === 'plugin' ? plugin : cli);
    const falseErrors = results.flatMap((result) => {
      const remaining = [...result.expected];
      return result.findings.filter((finding) => {
        const index = remaining.indexOf(finding.rule);
        if (index >= 0) remaining.splice(index, 1);
        return index < 0 && finding.severity === 'error';
      });
    });
    expect(falseErrors.map((finding) => `${finding.file}:${finding.line} ${finding.rule}`)).toEqual([]);
  });
});

function stem(file: string): string {
  return file
    .replace(/\.[a-z]+$/, '')
    .replace(/[-_]/g, '')
    .replace(/\.test$|^(.*\/)test/, '$1');
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.join(',') === b.join(',');
}

function describeResult(result: LineResult): string {
  const want = result.gap ?? result.expected;
  return `${result.file}:${result.line}: expected [${want.join(', ')}]${result.gap ? ' (recorded gap)' : ''}, got [${result.actual.join(', ')}]${result.findings.map((finding) => `\n  ${finding.message}`).join('')}`;
}
