import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { testedPackageFolders } from './tested-packages.mjs';

const root = join(import.meta.dirname, '..');
const summary = join(root, 'scripts', 'ci-summary.mjs');

const testedFolders = (): string[] => testedPackageFolders(root);

async function runSummary(resultsDir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [summary, resultsDir]);
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code: number; stdout: string };
    return { code: failure.code, stdout: failure.stdout };
  }
}

function writeReport(dir: string, name: string, passed: number, failed: number): void {
  const report = { success: failed === 0, numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0 };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(report));
}

describe('ci-summary', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is told by every tested package, under its folder name, where its report goes', () => {
    const folders = testedFolders();
    expect(folders.length).toBeGreaterThanOrEqual(6);
    for (const folder of folders) {
      const config = readFileSync(join(root, folder, 'vitest.config.ts'), 'utf8');
      expect(config, `${folder}/vitest.config.ts`).toContain(`reporters('${basename(folder)}')`);
    }
  });

  it('totals every package and passes only when all reported and none failed', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
    const names = testedFolders().map((folder) => basename(folder));
    names.forEach((name, index) => writeReport(dir!, name, index + 1, 0));
    const total = (names.length * (names.length + 1)) / 2;

    const green = await runSummary(dir);
    expect(green.code).toBe(0);
    expect(green.stdout.trim().split('\n').at(-1)).toBe(`${total} passed, 0 failed`);

    writeReport(dir, names[0]!, 1, 2);
    rmSync(join(dir, `${names[1]}.json`));
    const red = await runSummary(dir);
    expect(red.code).toBe(1);
    expect(red.stdout).toContain(`${names[1]}: no test report (the run crashed or never started)`);
    expect(red.stdout.trim().split('\n').at(-1)).toBe(`${total - 2} passed, 3 failed`);
  });
});
