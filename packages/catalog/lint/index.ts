// The data lint: consistency checks over a catalog beyond its JSON Schema, in the spirit of
// browser-compat-data's. Pure functions; the data tests fail the build on any issue.
import { validateCatalog, type Catalog } from '../src/index.js';
import { checkProfileGeography } from './geography.js';
import { pointer, type LintIssue } from './issue.js';
import { checkLifecycleOrder, checkLivePastEndOfLife, checkOrphanProfiles, checkTimestampOffsets } from './lifecycle.js';
import { checkOrder } from './order.js';
import { checkProvenance } from './provenance.js';
import { checkLiveAndRetired, checkReferences } from './references.js';

export { canonicalText } from './order.js';
export { catalogDate } from './lifecycle.js';
export { pointer, type LintIssue };
export {
  checkLifecycleOrder,
  checkLiveAndRetired,
  checkLivePastEndOfLife,
  checkOrder,
  checkOrphanProfiles,
  checkProfileGeography,
  checkProvenance,
  checkReferences,
  checkTimestampOffsets,
};

/** Options of {@link lintCatalog}. */
export interface LintOptions {
  /** The file's text, to check that it is the canonical serialisation of the catalog. */
  text?: string;
}

/** Every issue the data lint finds in `value`: schema and semantic validation first (and only, if it fails), then the consistency checks. */
export function lintCatalog(value: unknown, options: LintOptions = {}): LintIssue[] {
  const invalid = validateCatalog(value);
  if (invalid.length > 0) return invalid.map((issue) => ({ path: issue.path, check: 'schema', message: issue.message }));
  const catalog = value as Catalog;
  return [
    ...checkReferences(catalog),
    ...checkLiveAndRetired(catalog),
    ...checkLifecycleOrder(catalog),
    ...checkTimestampOffsets(catalog),
    ...checkLivePastEndOfLife(catalog),
    ...checkOrphanProfiles(catalog),
    ...checkProfileGeography(catalog),
    ...checkProvenance(catalog),
    ...checkOrder(catalog, options.text),
  ];
}

/** One line per issue, for a test failure or a terminal. */
export function formatIssues(issues: readonly LintIssue[]): string {
  return issues.map((issue) => `${issue.path || '/'}: [${issue.check}] ${issue.message}`).join('\n');
}
