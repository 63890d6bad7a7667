// The pre-commit hook and the GitHub Action at the repository root, exercised against the built CLI without
// a network: the hook file's fields are validated here (pre-commit itself is not installed), its entry runs
// on the staged files of a fresh git repository, and the action's check script runs under bash with a
// stand-in for npx that starts the built CLI.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractorFor } from '../src/extract/index.ts';
import { BIN, PACKAGE_ROOT, PYTHON_SERVICE, scratch, TEST_CATALOG } from './helpers.js';

const REPO_ROOT = join(PACKAGE_ROOT, '..', '..');
const BUDGET = { timeout: 60_000, encoding: 'utf8' } as const;

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files?: string;
  types?: string[];
  additional_dependencies?: string[];
  [key: string]: unknown;
}

// The keys of a hook definition in .pre-commit-hooks.yaml (https://pre-commit.com/#new-hooks).
const HOOK_KEYS = new Set([
  'id',
  'name',
  'entry',
  'language',
  'files',
  'exclude',
  'types',
  'types_or',
  'exclude_types',
  'always_run',
  'fail_fast',
  'verbose',
  'pass_filenames',
  'require_serial',
  'description',
  'language_version',
  'minimum_pre_commit_version',
  'args',
  'stages',
  'additional_dependencies',
  'log_file',
]);

const hooks = parse(readFileSync(join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks[0]!;
const selects = new RegExp(hook.files ?? '');

function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=test', '-c', 'user.email=test@localhost', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args],
    { cwd, ...BUDGET },
  );
}

describe('.pre-commit-hooks.yaml', () => {
  it('defines one node hook, bedrock-models, with only keys pre-commit knows', () => {
    expect(hooks).toHaveLength(1);
    expect(Object.keys(hook).filter((key) => !HOOK_KEYS.has(key))).toEqual([]);
    expect(hook).toMatchObject({ id: 'bedrock-models', language: 'node', entry: 'bedrock-models check', types: ['text'] });
    expect(hook.name.length).toBeGreaterThan(0);
    // pre-commit installs the CLI from npm; the range follows the CLI's major (1 before the first release).
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(hook.additional_dependencies).toEqual([`bedrock-models@${Math.max(1, Number(version.split('.')[0]))}`]);
  });

  it('selects exactly the files check reads', () => {
    const names = [
      'app.py',
      'a/b/c.json',
      'x.yaml',
      'x.yml',
      'main.tf',
      'prod.tfvars',
      'pyproject.toml',
      'README.md',
      '.env',
      'config/.env.local',
      'prod.env',
      'index.js',
      'main.ts',
      'notes.txt',
      'Makefile',
      'env',
      'a.envrc',
      'x.md.bak',
    ];
    for (const name of names) expect(selects.test(name), name).toBe(extractorFor(name.slice(name.lastIndexOf('/') + 1)) !== null);
  });

  it('runs its entry on the staged files of a fresh repository, and as a git pre-commit hook blocks the commit until the error is fixed', () => {
    const repo = scratch('pre-commit', {
      ...PYTHON_SERVICE,
      'README.md': '# Service\n',
      'src/index.js': "const id = 'anthropic.claude-3-haiku-2024307-v1:0';\n",
      'notes.txt': 'anthropic.claude-3-haiku-2024307-v1:0\n',
    });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    const staged = git(repo, 'diff', '--cached', '--name-only').trim().split('\n');
    const files = staged.filter((file) => selects.test(file));
    expect(files).toEqual(['README.md', 'app/chat.py']);
    const [command, ...args] = hook.entry.split(' ');
    expect(command).toBe('bedrock-models');
    const result = spawnSync(process.execPath, [BIN, ...args, '--catalog', TEST_CATALOG, ...files], { cwd: repo, ...BUDGET });
    expect(result.stdout).toContain("app/chat.py:6:36  error    'anthropic.claude-3-5-haiku-20241022-v1:0' cannot be invoked on demand in us-east-1");
    expect(result.status).toBe(1);

    // The same entry as git's own pre-commit hook, selecting files with the hook's pattern.
    const script = join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(
      script,
      `#!/usr/bin/env bash\nset -o pipefail\ngit diff --cached --name-only --diff-filter=ACM -z | grep -zE '${hook.files}' | xargs -0 --no-run-if-empty "${process.execPath}" "${BIN}" ${args.join(' ')} --catalog "${TEST_CATALOG}"\n`,
    );
    chmodSync(script, 0o755);
    const blocked = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'first'], { cwd: repo, ...BUDGET });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('require-inference-profile');
    writeFileSync(join(repo, 'app', 'chat.py'), PYTHON_SERVICE['app/chat.py'].replace('modelId="anthropic.', 'modelId="us.anthropic.'));
    git(repo, 'add', 'app/chat.py');
    const committed = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'first'], { cwd: repo, ...BUDGET });
    expect(committed.status, committed.stdout + committed.stderr).toBe(0);
    expect(git(repo, 'log', '--oneline').trim().split('\n')).toHaveLength(1);
  });
});

interface ActionStep {
  id?: string;
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

describe('action.yml', () => {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { steps: ActionStep[] } };
  const check = action.runs.steps.find((step) => step.id === 'check')!;
  const fail = action.runs.steps.find((step) => step.name === 'Fail on errors')!;

  /** Runs the check step's script as the runner would, with the inputs' defaults overridden by `inputs`, and an npx that starts the built CLI. */
  function runCheck(workspace: string, inputs: Record<string, string>) {
    const bin = mkdtempSync(join(tmpdir(), 'bedrock-models-npx-'));
    const calls = join(bin, 'calls.log');
    // npx --yes bedrock-models@<version> check …  →  node dist/bin.js check … --catalog <test catalog>
    writeFileSync(
      join(bin, 'npx'),
      `#!/usr/bin/env bash\necho "$*" >> "${calls}"\nshift 2\nexec "${process.execPath}" "${BIN}" "$@" --catalog "${TEST_CATALOG}"\n`,
    );
    chmodSync(join(bin, 'npx'), 0o755);
    const output = join(bin, 'github-output');
    writeFileSync(output, '');
    const value = (name: string): string => inputs[name] ?? action.inputs[name]?.default ?? '';
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      GITHUB_OUTPUT: output,
      BEDROCK_MODELS_PATHS: value('paths'),
      BEDROCK_MODELS_REGION: value('region'),
      BEDROCK_MODELS_FORMAT: value('format'),
      BEDROCK_MODELS_EOL_WITHIN: value('end-of-life-within'),
      BEDROCK_MODELS_UPLOAD_SARIF: value('upload-sarif'),
      BEDROCK_MODELS_VERSION: value('version'),
      BEDROCK_MODELS_SARIF_FILE: join(bin, 'bedrock-models.sarif'),
    };
    expect(Object.keys(check.env ?? {}).sort()).toEqual(
      Object.keys(env)
        .filter((key) => key.startsWith('BEDROCK_MODELS_'))
        .sort(),
    );
    const result = spawnSync('bash', ['-c', check.run!], { cwd: workspace, env, ...BUDGET });
    return { result, output: readFileSync(output, 'utf8'), calls: readFileSync(calls, 'utf8'), sarif: join(bin, 'bedrock-models.sarif') };
  }

  it('annotates the findings of the workspace, records exit code 1, and the last step fails the job with it', () => {
    const workspace = scratch('action', PYTHON_SERVICE);
    const { result, output, calls } = runCheck(workspace, {});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::error file=app/chat.py,line=6,col=36,title=bedrock-models require-inference-profile::');
    expect(output).toBe('exit-code=1\n');
    expect(calls).toBe('--yes bedrock-models@1 check . --format github\n');
    const failed = spawnSync('bash', ['-c', fail.run!], { env: { ...process.env, BEDROCK_MODELS_STATUS: '1' }, ...BUDGET });
    expect(failed.status).toBe(1);
  });

  it('passes paths (newline-separated), region and end-of-life window, and writes SARIF when asked', () => {
    const workspace = scratch('action-inputs', {
      ...PYTHON_SERVICE,
      'infra/models.json': '{ "model": "cohere.command-r-v1:0" }\n',
      'other/skip.py': 'X = "anthropic.claude-3-haiku-2024307-v1:0"\n',
    });
    const { output, calls, sarif } = runCheck(workspace, { paths: 'app\ninfra', region: 'eu-central-1', 'upload-sarif': 'true', 'end-of-life-within': '30' });
    expect(calls.trim().split('\n')).toEqual([
      '--yes bedrock-models@1 check app infra --region eu-central-1 --end-of-life-within 30 --format sarif',
      '--yes bedrock-models@1 check app infra --region eu-central-1 --end-of-life-within 30 --format github',
    ]);
    expect(output).toBe('exit-code=1\n');
    expect(existsSync(sarif)).toBe(true);
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const uris = new Set(log.runs[0]!.results.map((item) => item.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(['app/chat.py', 'infra/models.json']);
  });

  it('records exit code 0 for a clean workspace, so the failing step is skipped', () => {
    const { output } = runCheck(scratch('action-clean', { 'app/ok.py': 'MODEL = "amazon.nova-lite-v1:0"\n' }), {});
    expect(output).toBe('exit-code=0\n');
  });
});
