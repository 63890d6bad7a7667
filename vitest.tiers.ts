// The test tiers. Every package's tests fall into at most three, each a turbo task of its own:
//   unit         pure code; runs in seconds, cached by turbo while its inputs are unchanged
//   integration  servers, packing, child processes and real binaries
//   sweep        the plugin's run over real code in node_modules
// `vitest run --mode <tier>` (the package's `test:<tier>` script) runs one tier and writes its JSON report to
// `.test-results/<tier>.json`, a declared output of the turbo task, so that a cache hit restores the report
// and scripts/ci-summary.mjs still counts every tier's tests. Plain `vitest run` runs every file.
// No import of vitest here: this file sits at the root, where vitest is not a dependency.

export const TIERS = ['unit', 'integration', 'sweep'] as const;
export type Tier = (typeof TIERS)[number];

/** The test files of the slower tiers; every other file `include` matches is a unit test. */
export interface TierFiles {
  integration?: string[];
  sweep?: string[];
}

type Reporter = string | [string, Record<string, unknown>];

/** vitest's own default `exclude` (its configDefaults.exclude), which setting `exclude` replaces. */
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];

/** Where a tier's JSON report goes, relative to the package folder. */
export function reportFile(tier: Tier): string {
  return `.test-results/${tier}.json`;
}

function isTier(mode: string): mode is Tier {
  return (TIERS as readonly string[]).includes(mode);
}

/** `include`, `exclude` and `reporters` for vitest's `test` config, for the tier named by vitest's `--mode`. */
export function tiered(mode: string, include: string[], files: TierFiles): { include: string[]; exclude: string[]; reporters: Reporter[] } {
  const slower = [...(files.integration ?? []), ...(files.sweep ?? [])];
  if (!isTier(mode)) return { include, exclude: DEFAULT_EXCLUDE, reporters: ['default'] };
  const reporters: Reporter[] = ['default', ['json', { outputFile: reportFile(mode) }]];
  if (mode === 'unit') return { include, exclude: [...DEFAULT_EXCLUDE, ...slower], reporters };
  return { include: files[mode] ?? [], exclude: DEFAULT_EXCLUDE, reporters };
}
