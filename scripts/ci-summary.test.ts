import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { TIERS, testedTiers, untieredFolders } from './tested-packages.mjs';

const root = join(import.meta.dirname, '..');
const summary = join(root, 'scripts', 'ci-summary.mjs');
const turbo = join(dirname(createRequire(join(root, 'package.json')).resolve('turbo/package.json')), 'bin', 'turbo');
// Each run starts a Node process (or turbo); a loaded 2-core machine needs more than vitest's 5 s.
const BUDGET = 60_000;

interface Run {
  code: number;
  stdout: string;
}

async function runNode(args: string[], cwd = root): Promise<Run> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { cwd });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

const runSummary = (workspace: string): Promise<Run> => runNode([summary, workspace]);
const lastLine = (run: Run): string | undefined => run.stdout.trim().split('\n').at(-1);

function writeReport(workspace: string, report: string, passed: number, failed: number): void {
  mkdirSync(dirname(join(workspace, report)), { recursive: true });
  const body = { success: failed === 0, numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0 };
  writeFileSync(join(workspace, report), JSON.stringify(body));
}

/** A copy of this workspace's layout: pnpm-workspace.yaml and every package.json, nothing else. */
function copyOfWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  cpSync(join(root, 'pnpm-workspace.yaml'), join(workspace, 'pnpm-workspace.yaml'));
  for (const folder of new Set(testedTiers(root).map((entry) => entry.folder))) {
    mkdirSync(join(workspace, folder), { recursive: true });
    cpSync(join(root, folder, 'package.json'), join(workspace, folder, 'package.json'));
  }
  return workspace;
}

describe('the test tiers', () => {
  it('are test:<tier> scripts running `vitest run --mode <tier>`, with the tier chosen in the vitest config', () => {
    const tiers = testedTiers(root);
    expect(new Set(tiers.map((entry) => entry.folder)).size).toBeGreaterThanOrEqual(7);
    expect(new Set(tiers.map((entry) => entry.tier))).toEqual(new Set(TIERS));
    for (const { folder, tier } of tiers) {
      const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      expect(manifest.scripts[`test:${tier}`], `${folder} test:${tier}`).toBe(`vitest run --mode ${tier}`);
      expect(readFileSync(join(root, folder, 'vitest.config.ts'), 'utf8'), `${folder}/vitest.config.ts`).toMatch(/\btiered\(mode, /);
    }
    expect(untieredFolders(root)).toEqual([]);
  });

  it("are all run by `pnpm test`, and turbo keeps each cached tier's report as an output of its task", () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(manifest.scripts.test).toBe(`turbo run ${TIERS.map((tier) => `test:${tier}`).join(' ')} --continue`);
    const tasks = (JSON.parse(readFileSync(join(root, 'turbo.json'), 'utf8')) as { tasks: Record<string, { cache?: boolean; outputs?: string[] }> }).tasks;
    for (const tier of TIERS) {
      const task = tasks[`test:${tier}`];
      expect(task, `test:${tier}`).toBeDefined();
      if (task?.cache !== false) expect(task?.outputs, `test:${tier}`).toContain(`.test-results/${tier}.json`);
    }
  });
});

describe('ci-summary', () => {
  let workspace: string | undefined;
  afterEach(() => {
    if (workspace) rmSync(workspace, { recursive: true, force: true });
    workspace = undefined;
  });

  it(
    'totals every tier of every package and passes only when all reported and none failed',
    async () => {
      workspace = copyOfWorkspace();
      const tiers = testedTiers(workspace);
      tiers.forEach(({ report }, index) => writeReport(workspace!, report, index + 1, 0));
      const total = (tiers.length * (tiers.length + 1)) / 2;

      const green = await runSummary(workspace);
      expect(green.code).toBe(0);
      const name = (index: number): string => `${basename(tiers[index]!.folder)} ${tiers[index]!.tier}`;
      expect(green.stdout).toContain(`${name(0)}: 1 passed, 0 failed`);
      expect(lastLine(green)).toBe(`${total} passed, 0 failed`);

      writeReport(workspace, tiers[0]!.report, 1, 2);
      rmSync(join(workspace, tiers[1]!.report));
      const red = await runSummary(workspace);
      expect(red.code).toBe(1);
      expect(red.stdout).toContain(`${name(0)}: 1 passed, 2 failed`);
      expect(red.stdout).toContain(`${name(1)}: no test report (the run crashed or never started)`);
      expect(lastLine(red)).toBe(`${total - 2} passed, 3 failed`);
    },
    BUDGET,
  );

  it(
    'fails a package whose plain test script pnpm test would never run, and a run that crashed before its tests',
    async () => {
      workspace = copyOfWorkspace();
      for (const { report } of testedTiers(workspace)) writeReport(workspace, report, 1, 0);
      const manifestPath = join(workspace, 'tools', 'workflow-check', 'package.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts: Record<string, string> };
      writeFileSync(manifestPath, JSON.stringify({ ...manifest, scripts: { ...manifest.scripts, test: 'vitest run' } }));
      writeFileSync(join(workspace, 'examples', '.test-results', 'integration.json'), JSON.stringify({ success: false, numPassedTests: 0, numFailedTests: 0 }));
      const red = await runSummary(workspace);
      expect(red.code).toBe(1);
      expect(red.stdout).toContain('workflow-check: a plain "test" script, which pnpm test never runs');
      expect(red.stdout).toContain('examples integration: 0 passed, 0 failed (the run itself failed)');
      expect(lastLine(red)).toBe(`${testedTiers(workspace).length - 1} passed, 2 failed`);
    },
    BUDGET,
  );

  it(
    '--clean deletes every report, so that an earlier run cannot count',
    async () => {
      workspace = copyOfWorkspace();
      for (const { report } of testedTiers(workspace)) writeReport(workspace, report, 1, 0);
      expect((await runNode([summary, '--clean', workspace])).code).toBe(0);
      for (const { report } of testedTiers(workspace)) expect(existsSync(join(workspace, report)), report).toBe(false);
      expect(lastLine(await runSummary(workspace))).toBe(`0 passed, ${testedTiers(workspace).length} failed`);
    },
    BUDGET,
  );

  it(
    'counts a tier that turbo restored from its cache: the report is replayed, the tests are not rerun',
    async () => {
      // A scratch workspace with this repository's turbo tasks and one package whose test:unit writes a report.
      workspace = mkdtempSync(join(tmpdir(), 'ci-summary-turbo-'));
      const { tasks } = JSON.parse(readFileSync(join(root, 'turbo.json'), 'utf8')) as { tasks: Record<string, unknown> };
      writeFileSync(join(workspace, 'turbo.json'), JSON.stringify({ tasks: { transit: tasks.transit, build: tasks.build, 'test:unit': tasks['test:unit'] } }));
      writeFileSync(join(workspace, 'package.json'), JSON.stringify({ name: 'scratch', private: true, packageManager: 'pnpm@10.34.8' }));
      writeFileSync(join(workspace, 'pnpm-workspace.yaml'), 'packages:\n  - tools/*\n');
      writeFileSync(join(workspace, '.gitignore'), '.turbo/\n.test-results/\nruns.log\n');
      writeFileSync(join(workspace, 'vitest.tiers.ts'), '');
      writeFileSync(join(workspace, 'tsconfig.base.json'), '{}');
      const tool = join(workspace, 'tools', 'probe');
      mkdirSync(tool, { recursive: true });
      writeFileSync(join(tool, 'package.json'), JSON.stringify({ name: 'probe', private: true, scripts: { 'test:unit': 'node test.mjs' } }));
      writeFileSync(
        join(tool, 'test.mjs'),
        `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/unit.json', JSON.stringify({ success: true, numPassedTests: 4, numFailedTests: 0 }));
appendFileSync('../../runs.log', 'ran\\n');
`,
      );
      const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('TURBO_')));
      const runTurbo = () =>
        promisify(execFile)(turbo, ['run', 'test:unit', '--output-logs=none'], {
          cwd: workspace,
          env: { ...env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
        });

      await runTurbo();
      expect(lastLine(await runSummary(workspace))).toBe('4 passed, 0 failed');
      expect((await runNode([summary, '--clean', workspace])).code).toBe(0);
      const second = await runTurbo();
      expect(second.stdout).toMatch(/1 cached, 1 total/);
      expect(readFileSync(join(workspace, 'runs.log'), 'utf8')).toBe('ran\n');
      expect(lastLine(await runSummary(workspace))).toBe('4 passed, 0 failed');
    },
    BUDGET,
  );
});
