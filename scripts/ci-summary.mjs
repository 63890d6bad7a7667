// Totals the vitest JSON reports every package wrote into $VITEST_RESULTS_DIR and prints
// "N passed, N failed", the one line CI reads. A package with a test script that left no report, or whose
// run failed without a failing test (no test files, a crash while collecting), counts as one failure,
// so a run that executed nothing is never green. Exits 1 when anything failed or nothing passed.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { testedPackageFolders } from './tested-packages.mjs';

const resultsDir = process.argv[2];
const root = new URL('..', import.meta.url).pathname;

let passed = 0;
let failed = 0;
let skipped = 0;
// Each package's vitest config passes its folder name to reporters() (vitest.reporters.ts).
for (const name of testedPackageFolders(root).map((folder) => basename(folder))) {
  const path = join(resultsDir, `${name}.json`);
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
