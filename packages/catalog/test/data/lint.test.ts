// The data lint over the catalog under test: any issue fails the build, and the message names the path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { formatIssues, lintCatalog } from '../../lint/index.ts';
import { catalogUnderTest } from './load.ts';

/** The text of the file the catalog under test was read from, for the canonical-form check. */
function fileText(): string {
  const file = process.env.BEDROCK_CATALOG_FILE ?? fileURLToPath(new URL('../../data/catalog.json', import.meta.url));
  return readFileSync(file, 'utf8');
}

it('finds no issue in the catalog: schema, references, lifecycle, geography, provenance, canonical sorted output', () => {
  const issues = lintCatalog(catalogUnderTest(), { text: fileText() });
  expect(issues, formatIssues(issues)).toEqual([]);
});
