// Checks .github/workflows without running them: schema validity (SchemaStore's GitHub workflow schema
// through @action-validator/core, a WebAssembly build that downloads nothing), actions pinned to commit
// SHAs, least-privilege permissions, OIDC-only AWS access for the sync, and npm provenance for the
// release. docs/release.md explains the workflows; these tests keep the two in step.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { validateAction, validateWorkflow } from '@action-validator/core';
import type { ValidationError } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const WORKFLOW_DIR = join(ROOT, '.github/workflows');
/** The composite GitHub Action at the repository root (bedrock-models check in a user's workflow). */
const ACTION_FILE = join(ROOT, 'action.yml');

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface Job {
  if?: string;
  needs?: string | string[];
  'runs-on'?: unknown;
  'timeout-minutes'?: unknown;
  permissions?: unknown;
  env?: Record<string, unknown>;
  uses?: string;
  steps?: Step[];
}

interface ActionStep extends Step {
  shell?: string;
  'working-directory'?: string;
}

/** An action's metadata file (action.yml). */
interface ActionManifest {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; steps?: ActionStep[] };
}

interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: unknown;
  env?: Record<string, unknown>;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

/** The workflows this suite knows job by job; any other workflow still gets the generic checks. */
const EXPECTED_PERMISSIONS: Record<string, Record<string, Record<string, string>>> = {
  'ci.yml': {
    ci: { contents: 'read' },
  },
  'sync-catalog.yml': {
    sync: { contents: 'read', 'id-token': 'write' },
    'pull-request': { contents: 'write', 'pull-requests': 'write' },
  },
  'release.yml': {
    release: { contents: 'write', 'pull-requests': 'write', 'id-token': 'write' },
  },
};

const WORKFLOWS = readdirSync(WORKFLOW_DIR)
  .filter((file) => /\.ya?ml$/.test(file))
  .sort();

function source(file: string): string {
  return readFileSync(join(WORKFLOW_DIR, file), 'utf8');
}

function load(file: string): Workflow {
  return parse(source(file)) as Workflow;
}

function steps(job: Job | undefined): Step[] {
  return job?.steps ?? [];
}

/** Every error the validator reports, nested one-of branches flattened, as "path: title (detail)". */
function schemaErrors(text: string, validator: (source: string) => { errors: readonly ValidationError[] } = validateWorkflow): string[] {
  const lines: string[] = [];
  const visit = (errors: readonly ValidationError[]): void => {
    for (const error of errors) {
      const path = 'path' in error ? error.path : '';
      lines.push(`${path || '/'}: ${error.title}${error.detail ? ` (${error.detail})` : ''}`);
      if ('states' in error) for (const state of error.states ?? []) visit(state.errors);
    }
  };
  visit(validator(text).errors);
  return lines;
}

interface Pin {
  action: string;
  sha: string;
  version: string;
}

const USES_LINE = /^\s*(?:-\s+)?uses:\s*(?<ref>\S+)(?:\s+#\s*(?<comment>.*\S))?\s*$/;
const PINNED_REF = /^(?<action>[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@(?<sha>[0-9a-f]{40})$/;
const VERSION_COMMENT = /^v\d+\.\d+\.\d+$/;

/** `uses:` references in a parsed workflow (job-level reusable workflows and steps) or composite action (its steps). */
function usesValues(document: Workflow | ActionManifest): string[] {
  if ('runs' in document) return (document.runs.steps ?? []).flatMap((step) => (step.uses ? [step.uses] : []));
  return Object.values(document.jobs).flatMap((job) => [...(job.uses ? [job.uses] : []), ...steps(job).flatMap((step) => (step.uses ? [step.uses] : []))]);
}

/** Why each `uses:` line of a workflow is not `owner/repo@<40-hex sha> # vX.Y.Z`; empty when all are. */
function pinProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = text.split('\n').filter((line) => USES_LINE.test(line));
  for (const line of lines) {
    const { ref = '', comment } = USES_LINE.exec(line)?.groups ?? {};
    if (!PINNED_REF.test(ref)) problems.push(`${ref}: not pinned to a full 40-character commit SHA`);
    else if (!comment || !VERSION_COMMENT.test(comment)) problems.push(`${ref}: no "# vX.Y.Z" comment naming the pinned release`);
  }
  // A `uses:` the line scan cannot see (flow style, odd quoting) must not slip through unchecked.
  const parsed = usesValues(parse(text) as Workflow | ActionManifest);
  if (parsed.length !== lines.length) problems.push(`${parsed.length} uses: in the workflow, ${lines.length} on their own line`);
  return problems;
}

function pins(text: string): Pin[] {
  return text.split('\n').flatMap((line) => {
    const { ref = '', comment = '' } = USES_LINE.exec(line)?.groups ?? {};
    const match = PINNED_REF.exec(ref)?.groups;
    return match?.action && match.sha ? [{ action: match.action, sha: match.sha, version: comment }] : [];
  });
}

/** Why a workflow's permissions are not least-privilege; empty when they are. */
function permissionProblems(workflow: Workflow): string[] {
  const problems: string[] = [];
  const top = workflow.permissions;
  if (top === undefined) problems.push('no top-level permissions');
  else if (typeof top !== 'object' || top === null || Object.keys(top).length > 0) problems.push(`top-level permissions ${JSON.stringify(top)}, expected {}`);
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const permissions = job.permissions;
    if (permissions === undefined) problems.push(`job ${name}: no permissions of its own`);
    else if (typeof permissions === 'string') problems.push(`job ${name}: permissions ${permissions}`);
    else if (typeof permissions === 'object' && permissions !== null) {
      for (const [scope, level] of Object.entries(permissions)) {
        if (!['read', 'write', 'none'].includes(String(level))) problems.push(`job ${name}: ${scope}: ${String(level)}`);
      }
    }
  }
  return problems;
}

function repositorySlug(): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/catalog/package.json'), 'utf8')) as { repository: { url: string } };
  const slug = /github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(manifest.repository.url)?.[1];
  if (!slug) throw new Error(`no GitHub repository in ${manifest.repository.url}`);
  return slug;
}

/** Integer parts of a version such as 11.21.2, for comparisons. */
function versionParts(version: string): number[] {
  return version.split('.').map(Number);
}

function atLeast(version: string, minimum: string): boolean {
  const [a = 0, b = 0, c = 0] = versionParts(version);
  const [x = 0, y = 0, z = 0] = versionParts(minimum);
  return a !== x ? a > x : b !== y ? b > y : c >= z;
}

const AWS_KEYS = /AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|aws-access-key-id|aws-secret-access-key|secrets\.AWS_/i;

describe('every workflow', () => {
  it('includes the CI, release and catalog sync workflows', () => {
    expect(WORKFLOWS).toEqual(expect.arrayContaining(Object.keys(EXPECTED_PERMISSIONS)));
  });

  it.each(WORKFLOWS)('%s is valid against the GitHub workflow schema', (file) => {
    expect(schemaErrors(source(file))).toEqual([]);
  });

  it.each(WORKFLOWS)('%s pins every action to a full commit SHA with a version comment', (file) => {
    expect(pinProblems(source(file))).toEqual([]);
    expect(pins(source(file)).length).toBeGreaterThan(0);
  });

  it.each(WORKFLOWS)('%s starts from permissions: {} and gives each job only its own, never write-all', (file) => {
    const workflow = load(file);
    expect(permissionProblems(workflow)).toEqual([]);
    expect(source(file)).not.toMatch(/write-all|read-all/);
    const expected = EXPECTED_PERMISSIONS[file];
    if (expected) {
      expect(Object.fromEntries(Object.entries(workflow.jobs).map(([name, job]) => [name, job.permissions]))).toEqual(expected);
    }
  });

  it.each(WORKFLOWS)('%s sets timeout-minutes on every job', (file) => {
    for (const [name, job] of Object.entries(load(file).jobs)) {
      expect(job['timeout-minutes'], name).toEqual(expect.any(Number));
    }
  });

  it.each(WORKFLOWS)('%s splices no ${{ }} expression into a run script (inputs go through env:)', (file) => {
    for (const job of Object.values(load(file).jobs)) {
      for (const step of steps(job)) expect(step.run ?? '', step.name).not.toContain('${{');
    }
  });

  it.each(WORKFLOWS)('%s never mentions AWS access keys', (file) => {
    expect(source(file)).not.toMatch(AWS_KEYS);
  });

  it('pins each action to one commit everywhere (the workflows and action.yml), listed with its version in docs/release.md', () => {
    const all = [...WORKFLOWS.flatMap((file) => pins(source(file))), ...pins(readFileSync(ACTION_FILE, 'utf8'))];
    const byAction = new Map<string, Set<string>>();
    for (const pin of all) byAction.set(pin.action, (byAction.get(pin.action) ?? new Set()).add(`${pin.sha} ${pin.version}`));
    for (const [action, shas] of byAction) expect([...shas], action).toHaveLength(1);

    const table = readFileSync(join(ROOT, 'docs/release.md'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    for (const pin of all) {
      const row = table.find((line) => line.startsWith(`| \`${pin.action}\` |`));
      expect(row, pin.action).toBeDefined();
      expect(row).toContain(`| ${pin.version} |`);
      expect(row).toContain(`\`${pin.sha}\``);
    }
  });
});

describe('broken workflows are rejected', () => {
  const ci = source('ci.yml');
  const sync = source('sync-catalog.yml');

  it('rejects a job with a misspelt key (runs_on)', () => {
    const broken = ci.replace('runs-on:', 'runs_on:');
    expect(broken).not.toEqual(ci);
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining([expect.stringContaining("Additional property 'runs_on' is not allowed")]));
  });

  it('rejects a permission level that does not exist', () => {
    const broken = sync.replace('contents: read # checkout', 'contents: admin # checkout');
    expect(broken).not.toEqual(sync);
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/jobs\/sync\/permissions/)]));
  });

  it('rejects a timeout that is not a number', () => {
    const broken = ci.replace('timeout-minutes: 60', 'timeout-minutes: an hour');
    expect(broken).not.toEqual(ci);
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/jobs\/ci\/timeout-minutes/)]));
  });

  it('rejects a workflow without jobs', () => {
    const broken = ci.slice(0, ci.indexOf('\njobs:'));
    expect(schemaErrors(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/^\/jobs: /)]));
  });

  it('rejects YAML that does not parse', () => {
    expect(schemaErrors(`${ci}\n  - [unclosed\n`)).toEqual([expect.stringContaining('Parse Error')]);
  });

  it('flags actions referenced by tag, branch or short SHA, and pins without a version comment', () => {
    const job = (uses: string): string => `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: ${uses}\n`;
    expect(pinProblems(job('actions/checkout@v6'))).toEqual(['actions/checkout@v6: not pinned to a full 40-character commit SHA']);
    expect(pinProblems(job('actions/checkout@main'))).toHaveLength(1);
    expect(pinProblems(job('actions/checkout@de0fac2e'))).toHaveLength(1);
    expect(pinProblems(job('actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd'))).toEqual([
      'actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd: no "# vX.Y.Z" comment naming the pinned release',
    ]);
    expect(pinProblems(job('actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2'))).toEqual([]);
    expect(pinProblems(`${job('actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2')}      - { uses: actions/cache@v4 }\n`)).toEqual([
      '2 uses: in the workflow, 1 on their own line',
    ]);
  });

  it('flags missing, broad or write-all permissions', () => {
    const jobs = { a: { permissions: { contents: 'read' } } };
    expect(permissionProblems({ on: {}, jobs })).toEqual(['no top-level permissions']);
    expect(permissionProblems({ on: {}, permissions: 'write-all', jobs })).toEqual(['top-level permissions "write-all", expected {}']);
    expect(permissionProblems({ on: {}, permissions: { contents: 'write' }, jobs })).toHaveLength(1);
    expect(permissionProblems({ on: {}, permissions: {}, jobs: { a: { permissions: 'write-all' } } })).toEqual(['job a: permissions write-all']);
    expect(permissionProblems({ on: {}, permissions: {}, jobs: { a: {} } })).toEqual(['job a: no permissions of its own']);
    expect(permissionProblems({ on: {}, permissions: {}, jobs })).toEqual([]);
  });
});

describe('sync-catalog.yml', () => {
  const workflow = load('sync-catalog.yml');
  const [syncJobName, syncJob] = Object.entries(workflow.jobs).find(([, job]) => steps(job).some((step) => /^\s*pnpm sync\b/m.test(step.run ?? ''))) ?? [];
  const syncSteps = steps(syncJob);
  const indexOf = (predicate: (step: Step) => boolean): number => syncSteps.findIndex(predicate);

  it('runs daily on a schedule and by hand with optional regions and allow-partial inputs', () => {
    const schedule = workflow.on.schedule as Array<{ cron: string }>;
    expect(schedule).toHaveLength(1);
    expect(schedule[0]?.cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
    const dispatch = workflow.on.workflow_dispatch as { inputs: Record<string, Record<string, unknown>> };
    expect(dispatch.inputs.regions).toMatchObject({ type: 'string', required: false });
    expect(dispatch.inputs['allow-partial']).toMatchObject({ type: 'boolean', required: false, default: false });
  });

  it('never runs two syncs at once', () => {
    expect(workflow.concurrency).toEqual({ group: 'catalog-sync', 'cancel-in-progress': false });
  });

  it('runs pnpm sync in a job with id-token: write and no write access to the repository', () => {
    expect(syncJobName).toBe('sync');
    expect(syncJob?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });

  it('assumes vars.BEDROCK_SYNC_ROLE_ARN through OIDC after the install and before the sync', () => {
    const credentials = syncSteps.filter((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(credentials).toHaveLength(1);
    const inputs = credentials[0]?.with ?? {};
    expect(inputs['role-to-assume']).toBe('${{ vars.BEDROCK_SYNC_ROLE_ARN }}');
    expect(Object.keys(inputs).filter((key) => /access-key|secret|session-token|web-identity-token/.test(key))).toEqual([]);

    const install = indexOf((step) => step.run === 'pnpm install --frozen-lockfile');
    const assume = indexOf((step) => step === credentials[0]);
    const sync = indexOf((step) => /^\s*pnpm sync\b/m.test(step.run ?? ''));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(assume);
    expect(assume).toBeLessThan(sync);
  });

  it('passes the dispatch inputs to pnpm sync through the environment', () => {
    const sync = syncSteps.find((step) => /^\s*pnpm sync\b/m.test(step.run ?? ''));
    expect(sync?.env).toEqual({ REGIONS: '${{ inputs.regions }}', ALLOW_PARTIAL: '${{ inputs.allow-partial }}' });
    expect(sync?.run).toContain('--regions "${REGIONS}"');
    expect(sync?.run).toContain('--allow-partial');
  });

  it('sets up pnpm and Node 22 with the pnpm cache, then builds and tests after the sync', () => {
    const node = syncSteps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toMatchObject({ 'node-version': 22, cache: 'pnpm' });
    expect(indexOf((step) => step.uses?.startsWith('pnpm/action-setup@') ?? false)).toBeLessThan(indexOf((step) => step === node));
    const sync = indexOf((step) => /^\s*pnpm sync\b/m.test(step.run ?? ''));
    const build = indexOf((step) => step.run === 'pnpm build');
    const test = indexOf((step) => step.run === 'pnpm test');
    expect(sync).toBeLessThan(build);
    expect(build).toBeLessThan(test);
  });

  it('opens or updates one pull request from the catalog-sync branch, carrying the changeset', () => {
    const job = workflow.jobs['pull-request'];
    expect(job?.needs).toBe(syncJobName);
    const create = steps(job).filter((step) => step.uses?.startsWith('peter-evans/create-pull-request@'));
    expect(create).toHaveLength(1);
    expect(create[0]?.with).toMatchObject({ branch: 'catalog-sync', base: 'main' });
    expect(String(create[0]?.with?.['add-paths'])).toContain('.changeset/catalog-sync-*.md');
    // The job with the write token runs no project code.
    expect(steps(job).filter((step) => step.run !== undefined)).toEqual([]);
  });

  // The collect step's own script, run by bash in a scratch repository that the sync has written to.
  // Each case starts git several times and bash once: a budget for a busy machine, not the 5 s default.
  describe('the collect step, run', { timeout: 60_000 }, () => {
    const collect = syncSteps.find((step) => step.id === 'collect');
    const runCollect = (written: Record<string, string>): { status: number | null; changed: string; stdout: string } => {
      const repo = mkdtempSync(join(tmpdir(), 'sync-collect-'));
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { cwd: repo, stdio: 'pipe' });
      git('init', '-q');
      const write = (files: Record<string, string>) => {
        for (const [file, text] of Object.entries(files)) {
          mkdirSync(join(repo, file, '..'), { recursive: true });
          writeFileSync(join(repo, file), text);
        }
      };
      write({
        'packages/catalog/data/catalog.json': '{}\n',
        'packages/catalog/data/checks.json': '{"checked":"2026-11-30"}\n',
        'README.md': 'x\n',
        '.changeset/config.json': '{}\n',
      });
      git('add', '--all');
      git('commit', '-q', '-m', 'main');
      write(written);
      const temp = mkdtempSync(join(tmpdir(), 'sync-runner-'));
      writeFileSync(join(temp, 'sync-output.txt'), 'sync output\n');
      const env = { ...process.env, RUNNER_TEMP: temp, GITHUB_OUTPUT: join(temp, 'output'), GITHUB_STEP_SUMMARY: join(temp, 'summary') };
      const result = spawnSync('bash', ['-e', '-c', collect!.run!], { cwd: repo, env, encoding: 'utf8', timeout: 20_000 });
      const output = existsSync(env.GITHUB_OUTPUT) ? readFileSync(env.GITHUB_OUTPUT, 'utf8') : '';
      return { status: result.status, changed: /changed=(\w+)/.exec(output)?.[1] ?? '', stdout: result.stdout };
    };

    it('opens nothing on a night that only records its check', () => {
      expect(runCollect({ 'packages/catalog/data/checks.json': '{"checked":"2026-12-01"}\n' })).toMatchObject({ status: 0, changed: 'false' });
      expect(runCollect({})).toMatchObject({ status: 0, changed: 'false' });
    });

    it('proposes a night that changed the catalog, its check record with it', () => {
      const night = { 'packages/catalog/data/catalog.json': '{"models":{}}\n', 'packages/catalog/data/checks.json': '{"checked":"2026-12-01"}\n' };
      expect(runCollect(night)).toMatchObject({ status: 0, changed: 'true' });
      expect(runCollect({ '.changeset/catalog-sync-2026-12-01.md': '---\n---\n' })).toMatchObject({ status: 0, changed: 'true' });
    });

    it('fails when the sync wrote outside the catalog data, its types and its changeset', () => {
      const run = runCollect({ 'packages/catalog/src/catalog.ts': 'export {};\n' });
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('packages/catalog/src/catalog.ts');
    });
  });

  it('does not persist the checkout token in either job', () => {
    for (const job of Object.values(workflow.jobs)) {
      for (const step of steps(job).filter((step) => step.uses?.startsWith('actions/checkout@'))) {
        expect(step.with?.['persist-credentials']).toBe(false);
      }
    }
  });
});

describe('release.yml', () => {
  const workflow = load('release.yml');
  const job = workflow.jobs.release;
  const changesets = steps(job).find((step) => step.uses?.startsWith('changesets/action@'));

  it('runs on pushes to main only, in this repository only', () => {
    expect(workflow.on).toEqual({ push: { branches: ['main'] } });
    expect(job?.if).toBe(`github.repository == '${repositorySlug()}'`);
  });

  it('publishes with provenance: NPM_CONFIG_PROVENANCE and an OIDC token', () => {
    const provenance = job?.env?.NPM_CONFIG_PROVENANCE ?? workflow.env?.NPM_CONFIG_PROVENANCE;
    expect(String(provenance)).toBe('true');
    expect(job?.permissions).toMatchObject({ 'id-token': 'write' });
  });

  it('versions or publishes through changesets/action with pnpm release', () => {
    expect(changesets?.with).toMatchObject({ publish: 'pnpm release', version: 'pnpm version-packages' });
    expect(changesets?.env).toEqual({ GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.release).toMatch(/build.*&&.*changeset publish/);
    expect(manifest.scripts['version-packages']).toBe('changeset version');
  });

  it('publishes with an npm that supports trusted publishing (>= 11.5.1), from an uncached install', () => {
    const npm = steps(job)
      .map((step) => /npm install --global npm@(\d+\.\d+\.\d+)/.exec(step.run ?? '')?.[1])
      .find(Boolean);
    expect(npm).toBeDefined();
    expect(atLeast(npm ?? '0.0.0', '11.5.1')).toBe(true);
    const node = steps(job).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.cache).toBeUndefined();
    expect(node?.with?.['package-manager-cache']).toBe(false);
  });
});

/** The Node majors a `node` engines range such as `^20.19.0 || ^22.13.0 || >=24.0.0` admits at its lower bounds. */
function engineMajors(range: string): number[] {
  return range
    .split('||')
    .map((part) => Number(/(\d+)\./.exec(part)?.[1]))
    .filter((major) => Number.isInteger(major));
}

describe('ci.yml', () => {
  const workflow = load('ci.yml');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };

  it('runs on every Node major that engines promises, each to the end', () => {
    const job = workflow.jobs.ci as Job & { strategy?: { 'fail-fast'?: boolean; matrix?: { node?: unknown } } };
    expect(engineMajors(manifest.engines.node)).toEqual([20, 22, 24]);
    expect(job.strategy?.matrix?.node).toEqual(engineMajors(manifest.engines.node));
    expect(job.strategy?.['fail-fast']).toBe(false);
    const node = steps(job).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toMatchObject({ 'node-version': '${{ matrix.node }}', cache: 'pnpm' });
  });

  it('reads engines ranges as the majors they start at', () => {
    expect(engineMajors('^20.19.0 || ^22.13.0 || >=24.0.0')).toEqual([20, 22, 24]);
    expect(engineMajors('>=18.0.0')).toEqual([18]);
  });

  it('promises the same Node versions in every published package as at the root', () => {
    for (const name of ['catalog', 'eslint-plugin', 'cli']) {
      const published = JSON.parse(readFileSync(join(ROOT, 'packages', name, 'package.json'), 'utf8')) as { engines?: { node?: string } };
      expect(published.engines?.node, name).toBe(manifest.engines.node);
    }
  });

  it('runs bash .ci/run on pull requests and pushes, after checkout and the pnpm and Node setup', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    const ciSteps = steps(workflow.jobs.ci);
    expect(ciSteps.map((step) => step.uses?.split('@')[0] ?? step.run)).toEqual([
      'actions/checkout',
      'pnpm/action-setup',
      'actions/setup-node',
      'bash .ci/run',
    ]);
    expect(existsSync(join(ROOT, '.ci/run'))).toBe(true);
  });
});

describe('docs', () => {
  it('docs/iam-policy.json allows only the two Bedrock list actions', () => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'docs/iam-policy.json'), 'utf8')) as { Version: string; Statement: Array<Record<string, unknown>> };
    expect(policy.Version).toBe('2012-10-17');
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({
      Effect: 'Allow',
      Action: ['bedrock:ListFoundationModels', 'bedrock:ListInferenceProfiles'],
      Resource: '*',
    });
    expect(Object.keys(policy.Statement[0] ?? {}).sort()).toEqual(['Action', 'Effect', 'Resource', 'Sid']);
  });

  it('docs/release.md gives an OIDC trust policy limited to this repository, main and sts.amazonaws.com', () => {
    const markdown = readFileSync(join(ROOT, 'docs/release.md'), 'utf8');
    const blocks = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1] ?? '') as { Statement: Array<Record<string, unknown>> },
    );
    const trust = blocks.flatMap((block) => block.Statement).filter((statement) => statement.Action === 'sts:AssumeRoleWithWebIdentity');
    expect(trust).toHaveLength(1);
    expect(trust[0]).toMatchObject({
      Effect: 'Allow',
      Principal: { Federated: expect.stringMatching(/^arn:aws:iam::\w+:oidc-provider\/token\.actions\.githubusercontent\.com$/) },
      Condition: {
        StringEquals: {
          'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
          'token.actions.githubusercontent.com:sub': `repo:${repositorySlug()}:ref:refs/heads/main`,
        },
      },
    });
    // No StringLike: a wildcard subject would admit other branches, pull requests or forks.
    expect(Object.keys(trust[0]?.Condition as object)).toEqual(['StringEquals']);
  });
});

describe('action.yml', () => {
  const text = readFileSync(ACTION_FILE, 'utf8');
  const action = parse(text) as ActionManifest;
  const actionSteps = action.runs.steps ?? [];
  const check = actionSteps.find((step) => step.id === 'check');
  const upload = actionSteps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
  const fail = actionSteps.find((step) => step.name === 'Fail on errors');

  it('is valid against the GitHub action schema, and the validator rejects a broken one', () => {
    expect(schemaErrors(text, validateAction)).toEqual([]);
    expect(schemaErrors(text.replace('using: composite', 'using: 42'), validateAction).length).toBeGreaterThan(0);
    expect(schemaErrors(text.replace('runs:', 'run:'), validateAction).length).toBeGreaterThan(0);
  });

  it('pins every action to a full commit SHA with a version comment', () => {
    expect(pinProblems(text)).toEqual([]);
    expect(
      pins(text)
        .map((pin) => pin.action)
        .sort(),
    ).toEqual(['actions/setup-node', 'github/codeql-action/upload-sarif']);
  });

  it('is a composite action whose run steps name their shell and take every input through env:', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of actionSteps.filter((candidate) => candidate.run !== undefined)) {
      expect(step.shell, step.name).toBe('bash');
      expect(step.run, step.name).not.toContain('${{');
    }
  });

  it('has inputs for paths, region and format (github by default), SARIF upload off by default, and uses no undeclared input', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['paths', 'region', 'format', 'upload-sarif']));
    expect(action.inputs.format?.default).toBe('github');
    expect(action.inputs['upload-sarif']?.default).toBe('false');
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    const used = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((match) => match[1]));
    expect([...used].filter((name) => name !== undefined && !Object.hasOwn(action.inputs, name))).toEqual([]);
  });

  it('runs bedrock-models check in the workspace with the inputs, and records its exit code', () => {
    expect(check?.['working-directory']).toBe('${{ github.workspace }}');
    expect(Object.values(check?.env ?? {})).toEqual(expect.arrayContaining(['${{ inputs.paths }}', '${{ inputs.region }}', '${{ inputs.format }}']));
    expect(check?.run).toMatch(/check "\$\{paths\[@\]\}" "\$\{options\[@\]\}" --format "\$BEDROCK_MODELS_FORMAT"/);
    expect(check?.run).toContain('echo "exit-code=$status" >> "$GITHUB_OUTPUT"');
  });

  it('uploads the SARIF file the check step wrote, only when asked, then fails the job on a non-zero exit', () => {
    expect(upload?.if).toBe("inputs.upload-sarif == 'true'");
    expect(upload?.with?.sarif_file).toBe(check?.env?.BEDROCK_MODELS_SARIF_FILE);
    expect(fail?.if).toBe("steps.check.outputs.exit-code != '0'");
    expect(fail?.run).toContain('exit "$BEDROCK_MODELS_STATUS"');
    expect(actionSteps.indexOf(check!)).toBeLessThan(actionSteps.indexOf(upload!));
    expect(actionSteps.indexOf(upload!)).toBeLessThan(actionSteps.indexOf(fail!));
  });
});
