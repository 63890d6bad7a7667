// Totals the vitest JSON report of every test tier of every package (`<folder>/.test-results/<tier>.json`,
// written by vitest or restored by turbo from its cache) and prints "N passed, N failed", the one line CI
// reads. A tier that left no report, or whose run failed without a failing test (no test files, a crash
// while collecting), counts as one failure, and so does a package with a plain `test` script, which
// `pnpm test` never runs: a run that executed nothing is never green. Exits 1 when anything failed or
// nothing passed.
//
//   node scripts/ci-summary.mjs [root]           total the reports
//   node scripts/ci-summary.mjs --clean [root]   delete them first, so that no earlier run's report counts
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { testedTiers, untieredFolders } from './tested-packages.mjs';

const clean = process.argv[2] === '--clean';
const root = resolve(process.argv[clean ? 3 : 2] ?? new URL('..', import.meta.url).pathname);

if (clean) {
  for (const { report } of testedTiers(root)) rmSync(join(root, report), { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const folder of untieredFolders(root)) {
  console.log(`${basename(folder)}: a plain "test" script, which pnpm test never runs; name it test:unit, test:integration or test:sweep`);
  failed += 1;
}
for (const { folder, tier, report: file } of testedTiers(root)) {
  const name = `${basename(folder)} ${tier}`;
  const path = join(root, file);
  if (!existsSync(path)) {
    console.log(`${name}: no test report (the run crashed or never started)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  const brokenRun = report.success === false && (report.numFailedTests ?? 0) === 0 ? 1 : 0;
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + brokenRun;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${brokenRun ? ' (the run itself failed)' : ''}`);
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
