// Every package's vitest run also writes a JSON report when CI asks for one (VITEST_RESULTS_DIR),
// so .ci/run can total the tests of all packages in one line.
import { join } from 'node:path';

type Reporter = string | [string, Record<string, unknown>];

/** `reportName` is the package's folder name: scripts/ci-summary.mjs looks for `<folder>.json`. */
export function reporters(reportName: string): Reporter[] {
  const directory = process.env.VITEST_RESULTS_DIR;
  return directory ? ['default', ['json', { outputFile: join(directory, `${reportName}.json`) }]] : ['default'];
}
