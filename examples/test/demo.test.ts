// `pnpm demo` is the project's main job: it must show every planted mistake with its rule, exit 0 when it
// did, fail when one goes unreported, and `--fix` must change a copy, never examples/ itself.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const examples = join(import.meta.dirname, '..');
const demo = join(examples, '..', 'scripts', 'demo.mjs');
const temporary: string[] = [];

function runDemo(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [demo, ...args], { cwd: join(examples, '..'), encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of examples/src with its content. */
function snapshot(): Record<string, string> {
  const files = readdirSync(join(examples, 'src'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** A copy of the example service with one edit, resolving its packages through the workspace. */
function copyWith(file: string, from: string, to: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'bedrock-models-demo-test-'));
  temporary.push(copy);
  cpSync(examples, copy, { recursive: true, filter: (path) => !path.slice(examples.length).split(/[\\/]/).includes('node_modules') });
  symlinkSync(join(examples, 'node_modules'), join(copy, 'node_modules'), 'junction');
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return copy;
}

afterAll(() => {
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
});

describe('pnpm demo', () => {
  test('shows every planted mistake with its rule, a summary, and exits 0', () => {
    const { status, stdout, stderr } = runDemo();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const planted: Array<[string, string, string]> = [
      ['config/models.ts', "'anthropic.claude-3-haiku-2024307-v1:0'", 'no-unknown-model-id'],
      ['chat/handler.ts', "'anthropic.claude-3-5-haiku-20241022-v1:0' is retired", 'no-deprecated-model-id'],
      ['api/image-route.ts', "'stability.sd3-5-large-v1:0' is not offered in us-east-1", 'no-region-unavailable-model-id'],
      ['chains/summarize.ts', "'meta.llama3-3-70b-instruct-v1:0' cannot be invoked on demand in us-east-1", 'require-inference-profile'],
      ['embeddings/job.ts', "'eu.amazon.nova-lite-v1:0' is an inference profile of the eu. geography", 'no-region-unavailable-model-id'],
    ];
    for (const [file, message, rule] of planted) {
      // ESLint's stylish report: the file's heading, then one line per problem ending in the rule.
      const section = stdout.split(/\n(?=\S)/).find((block) => block.includes(`/src/${file}`));
      expect(section, file).toBeDefined();
      expect(section!.split('\n').some((line) => line.includes(message) && line.trimEnd().endsWith(`@bedrock-models/${rule}`)), `${file}: ${rule}`).toBe(true);
    }
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    expect(stdout).toContain('All 5 planted mistakes were found');
    expect(stdout).toContain('pnpm demo --fix');
  });

  test('--fix shows the diff of eslint --fix on a copy and leaves examples/ untouched', () => {
    const before = snapshot();
    const { status, stdout } = runDemo('--fix');
    const copy = /# in (.+)\/examples\n/.exec(stdout)?.[1];
    if (copy) temporary.push(copy);
    expect(status).toBe(0);
    expect(stdout).toContain("-const model = new ChatBedrockConverse({ model: 'meta.llama3-3-70b-instruct-v1:0'");
    expect(stdout).toContain("+const model = new ChatBedrockConverse({ model: 'us.meta.llama3-3-70b-instruct-v1:0'");
    expect(snapshot()).toEqual(before);
  });

  test('fails, naming the mistake, when a planted mistake is not reported', () => {
    const copy = copyWith('src/config/models.ts', 'claude-3-haiku-2024307-v1:0', 'claude-3-haiku-20240307-v1:0');
    const { status, stderr } = runDemo('--examples', copy);
    expect(status).toBe(1);
    expect(stderr).toContain("NOT REPORTED: a typo in a model ID: 'anthropic.claude-3-haiku-2024307-v1:0' in src/config/models.ts");
  });

  test('fails when ESLint cannot parse a file of the service', () => {
    const copy = copyWith('src/chains/summarize.ts', 'export const summarize', 'export const summarize = ;\nconst unused');
    const { status, stderr } = runDemo('--examples', copy);
    expect(status).toBe(1);
    expect(stderr).toContain('ESLint could not lint src/chains/summarize.ts');
  });

  test('rejects an unknown option with exit code 2', () => {
    expect(runDemo('--fixx').status).toBe(2);
  });
});
