// The real `eslint` binary on a scratch project with the planted mistakes, against ESLint 10 and ESLint 9.
import { describe, expect, inject, it } from 'vitest';
import { edit, eslint, MAJORS, parseJson, problems, read, scratchProject } from '../src/harness.ts';

const HANDLER = 'src/chat/handler.ts';

/** Every planted mistake: file, position, rule, severity (1 warn, 2 error) and how many suggestions it offers. */
const EXPECTED = [
  { file: 'src/chat/handler.ts', line: 10, column: 16, ruleId: '@bedrock-models/require-inference-profile', severity: 2, suggestions: 1 },
  { file: 'src/config/models.ts', line: 4, column: 9, ruleId: '@bedrock-models/no-unknown-model-id', severity: 1, suggestions: 1 },
  { file: 'src/config/models.ts', line: 6, column: 12, ruleId: '@bedrock-models/no-deprecated-model-id', severity: 1, suggestions: 1 },
  { file: 'src/embeddings/job.ts', line: 9, column: 72, ruleId: '@bedrock-models/no-region-unavailable-model-id', severity: 2, suggestions: 1 },
  { file: 'src/search/index.ts', line: 8, column: 72, ruleId: '@bedrock-models/no-region-unavailable-model-id', severity: 2, suggestions: 0 },
];

// handler.ts after `eslint --fix`: the config opts require-inference-profile into its in-geo autofix.
const FIXED_HANDLER = `// A chat turn through the Converse API.
import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });

export async function reply(prompt: string): Promise<string> {
  const response = await client.send(
    new ConverseCommand({
      // Offered in us-east-1 only through an inference profile.
      modelId: 'us.meta.llama3-3-70b-instruct-v1:0',
      messages: [{ role: 'user', content: [{ text: prompt }] }],
    }),
  );
  return response.output?.message?.content?.[0]?.text ?? '';
}
`;

describe.each(MAJORS)('eslint %i CLI', (major) => {
  const project = (): string => scratchProject(inject('root'), inject('installed')[major]!);

  it('runs the expected ESLint major', () => {
    const run = eslint(project(), ['--version']);
    expect(run.stdout.trim()).toMatch(new RegExp(`^v${major}\\.`));
  });

  it('reports every planted mistake with its rule and exits 1', () => {
    const directory = project();
    const run = eslint(directory, ['.']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const lines = [
      /^src\/chat\/handler\.ts$/m,
      /^ +10:16 +error +'meta\.llama3-3-70b-instruct-v1:0' cannot be invoked on demand in us-east-1: .* Call it through an inference profile: 'us\.meta\.llama3-3-70b-instruct-v1:0' +@bedrock-models\/require-inference-profile$/m,
      /^ +4:9 +warning +Unknown Bedrock model ID 'anthropic\.claude-3-haiku-2024307-v1:0': .*Did you mean 'anthropic\.claude-3-haiku-20240307-v1:0'\? +@bedrock-models\/no-unknown-model-id$/m,
      /^ +6:12 +warning +'amazon\.titan-text-express-v1' is retired: .* Use 'amazon\.nova-lite-v1:0' instead +@bedrock-models\/no-deprecated-model-id$/m,
      /^ +9:72 +error +'eu\.amazon\.nova-lite-v1:0' is an inference profile of the eu\. geography and cannot be called from us-east-1.* Use 'us\.amazon\.nova-lite-v1:0' instead +@bedrock-models\/no-region-unavailable-model-id$/m,
      /^ +8:72 +error +'amazon\.nova-2-multimodal-embeddings-v1:0' is not offered in us-west-2; it is offered in us-east-1 +@bedrock-models\/no-region-unavailable-model-id$/m,
      /^✖ 5 problems \(3 errors, 2 warnings\)$/m,
      /^ {2}1 error and 0 warnings potentially fixable with the `--fix` option\.$/m,
    ];
    const stdout = run.stdout.replaceAll(`${directory}/`, '');
    for (const line of lines) expect(stdout).toMatch(line);
    expect(stdout).not.toMatch(/clean\.ts/);
  });

  it('--format json lists exactly the planted mistakes', () => {
    const directory = project();
    const run = eslint(directory, ['.', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(problems(directory, run.stdout)).toEqual(EXPECTED);
  });

  it('exits 0 on clean code, and on warnings unless --max-warnings says otherwise', () => {
    const directory = project();
    const clean = eslint(directory, ['src/clean.ts']);
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '', '']);
    const warnings = eslint(directory, ['src/config/models.ts']);
    expect(warnings.status).toBe(0);
    expect(warnings.stdout).toMatch(/✖ 2 problems \(0 errors, 2 warnings\)/);
    expect(eslint(directory, ['src/config/models.ts', '--max-warnings', '0']).status).toBe(1);
  });

  it('exits 2 with a clear message on a misspelt region in settings', () => {
    const directory = project();
    edit(directory, 'eslint.config.js', (text) => text.replace(`regions: ['us-east-1']`, `regions: ['us-esat-1']`));
    const run = eslint(directory, ['.']);
    expect(run.status).toBe(2);
    expect(`${run.stdout}${run.stderr}`).toContain(
      `@bedrock-models/eslint-plugin: settings['bedrock-models'].regions[0] is "us-esat-1", which is not an AWS region; did you mean "us-east-1"?`,
    );
  });

  it('--fix applies the opted-in autofix on disk and leaves suggestions alone', () => {
    const directory = project();
    const before = Object.fromEntries(EXPECTED.map(({ file }) => [file, read(directory, file)]));
    const run = eslint(directory, ['.', '--fix', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(read(directory, HANDLER)).toBe(FIXED_HANDLER);
    for (const file of Object.keys(before).filter((name) => name !== HANDLER)) expect(read(directory, file)).toBe(before[file]);
    expect(problems(directory, run.stdout)).toEqual(EXPECTED.filter(({ file }) => file !== HANDLER));
    // Fixed once, nothing is left to fix.
    eslint(directory, ['.', '--fix']);
    expect(read(directory, HANDLER)).toBe(FIXED_HANDLER);
  });

  it('--fix-dry-run reports the fixed text without writing it', () => {
    const directory = project();
    const original = read(directory, HANDLER);
    const run = eslint(directory, ['.', '--fix-dry-run', '--format', 'json']);
    expect(run.status).toBe(1);
    const outputs = parseJson(run.stdout).filter((result) => result.output !== undefined);
    expect(outputs.map((result) => result.filePath)).toEqual([`${directory}/${HANDLER}`]);
    expect(outputs[0]!.output).toBe(FIXED_HANDLER);
    expect(read(directory, HANDLER)).toBe(original);
  });

  // --concurrency is new in ESLint 10 (lint files in worker threads).
  if (major === 10)
    it('--concurrency 2 gives the same results as one thread', () => {
      const directory = project();
      const single = eslint(directory, ['.', '--format', 'json', '--concurrency', 'off']);
      const parallel = eslint(directory, ['.', '--format', 'json', '--concurrency', '2']);
      expect(parallel.status).toBe(single.status);
      const byFile = (stdout: string) => parseJson(stdout).sort((a, b) => a.filePath.localeCompare(b.filePath));
      expect(byFile(parallel.stdout)).toEqual(byFile(single.stdout));
      expect(problems(directory, parallel.stdout)).toEqual(EXPECTED);
    });
});
