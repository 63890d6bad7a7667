// Every documented fact names its source and a date no later than the catalog's.
import type { Catalog } from '../src/index.js';
import { catalogDate } from './lifecycle.js';
import { pointer, type LintIssue } from './issue.js';

interface Dated {
  source: string;
  date: string;
}

/** Documented entries and region facts without a source, or dated after the catalog's date. */
export function checkProvenance(catalog: Catalog): LintIssue[] {
  const date = catalogDate(catalog);
  const issues: LintIssue[] = [];
  const check = (path: string, fact: Dated | undefined): void => {
    if (!fact) return;
    if (fact.source.trim() === '') issues.push({ path, check: 'provenance', message: 'names no source' });
    if (fact.date > date) issues.push({ path, check: 'provenance', message: `is dated ${fact.date}, after the catalog's date ${date}` });
  };
  for (const [id, model] of Object.entries(catalog.models)) {
    check(pointer('models', id, 'documented'), model.documented);
    check(pointer('models', id, 'mantle'), model.mantle);
    for (const [region, entry] of Object.entries(model.regions)) check(pointer('models', id, 'regions', region, 'documented'), entry.documented);
    if (model.documented && Object.values(model.regions).some((entry) => !entry.documented)) {
      issues.push({ path: pointer('models', id), check: 'provenance', message: 'is documented only, yet has a region entry no document gives' });
    }
  }
  for (const [id, profile] of Object.entries(catalog.profiles)) check(pointer('profiles', id, 'documented'), profile.documented);
  for (const [id, entry] of Object.entries(catalog.retired)) check(pointer('retired', id, 'documented'), entry.documented);
  return issues;
}
