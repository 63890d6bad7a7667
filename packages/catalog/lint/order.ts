// Deterministic output: the file is its own canonical serialisation, with every list sorted.
import type { Catalog } from '../src/index.js';
import { pointer, type LintIssue } from './issue.js';

const TOP_LEVEL_ORDER = ['$schema', 'schemaVersion', 'generatedAt', 'currentTo', 'source', 'regions', 'models', 'profiles', 'retired'];

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}

/** The text the sync writes for a catalog: top-level fields in schema order, other keys sorted, two-space indent, a trailing newline. */
export function canonicalText(catalog: Catalog): string {
  const ordered = Object.fromEntries(
    TOP_LEVEL_ORDER.filter((key) => key in catalog).map((key) => [key, sortKeys((catalog as unknown as Record<string, unknown>)[key])]),
  );
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

const isSorted = (list: readonly string[]): boolean => list.every((item, index) => index === 0 || list[index - 1]! < item);

/** The file's text is canonical, and the ID and region lists are sorted without duplicates. */
export function checkOrder(catalog: Catalog, text?: string): LintIssue[] {
  const issues: LintIssue[] = [];
  if (text !== undefined && text !== canonicalText(catalog)) {
    const at = [...text].findIndex((char, index) => char !== canonicalText(catalog)[index]);
    issues.push({ path: '', check: 'deterministic-output', message: `the file is not in canonical form (first difference at character ${at})` });
  }
  const lists: Array<[string, readonly string[]]> = [];
  for (const [region, entry] of Object.entries(catalog.regions))
    lists.push([pointer('regions', region, 'models'), entry.models], [pointer('regions', region, 'profiles'), entry.profiles]);
  for (const [id, profile] of Object.entries(catalog.profiles)) {
    lists.push([pointer('profiles', id, 'models'), profile.models]);
    for (const [region, destinations] of Object.entries(profile.sources)) lists.push([pointer('profiles', id, 'sources', region), destinations]);
  }
  for (const [id, entry] of Object.entries(catalog.retired)) lists.push([pointer('retired', id, 'regions'), entry.regions]);
  for (const [id, model] of Object.entries(catalog.models)) if (model.mantle) lists.push([pointer('models', id, 'mantle', 'regions'), model.mantle.regions]);
  for (const [path, list] of lists) if (!isSorted(list)) issues.push({ path, check: 'deterministic-output', message: 'must be sorted, without duplicates' });
  return issues;
}
