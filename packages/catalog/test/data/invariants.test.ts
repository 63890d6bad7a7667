// Invariants every catalog a sync writes must keep, whatever the data (browser-compat-data's data lint): no
// counts, no lists of one snapshot, so that a nightly sync that finds something new passes them.
import { describe, expect, it } from 'vitest';
import { validateCatalog } from '../../src/index.js';
import { catalogUnderTest } from './load.js';

const catalog = catalogUnderTest();

/** Paths of the objects below the top level whose keys are not in sorted order. */
function unsortedObjects(value: unknown, path: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => unsortedObjects(item, `${path}/${index}`));
  if (value === null || typeof value !== 'object') return [];
  const keys = Object.keys(value);
  const here = keys.some((key, index) => index > 0 && keys[index - 1]! > key) ? [path] : [];
  return [...here, ...keys.flatMap((key) => unsortedObjects((value as Record<string, unknown>)[key], `${path}/${key}`))];
}

describe('the catalog under test', () => {
  it('is valid: the JSON Schema and the semantic checks', () => {
    expect(validateCatalog(catalog)).toEqual([]);
  });

  it('has models, profiles and regions at all', () => {
    expect(Object.keys(catalog.models).length).toBeGreaterThan(0);
    expect(Object.keys(catalog.profiles).length).toBeGreaterThan(0);
    expect(Object.keys(catalog.regions).length).toBeGreaterThan(0);
  });

  it('routes every profile to models it knows, live or retired', () => {
    const unknown = Object.entries(catalog.profiles).flatMap(([id, profile]) =>
      profile.models.filter((model) => !catalog.models[model] && !catalog.retired[model]).map((model) => `${id} → ${model}`),
    );
    expect(unknown).toEqual([]);
  });

  it('lists in every region only IDs it knows (live, or retired since the API last listed them there)', () => {
    const unknown = Object.entries(catalog.regions).flatMap(([region, entry]) => [
      ...entry.models.filter((id) => !catalog.models[id] && !catalog.retired[id]).map((id) => `${region} models: ${id}`),
      ...entry.profiles.filter((id) => !catalog.profiles[id] && !catalog.retired[id]).map((id) => `${region} profiles: ${id}`),
    ]);
    expect(unknown).toEqual([]);
  });

  it('has no ID both live and retired', () => {
    const live = [...Object.keys(catalog.models), ...Object.keys(catalog.profiles)];
    expect(live.filter((id) => catalog.retired[id])).toEqual([]);
  });

  it("keeps every key sorted below the top level, which keeps the schema's order", () => {
    expect(Object.keys(catalog)).toEqual(
      ['schemaVersion', 'generatedAt', 'currentTo', 'source', 'regions', 'models', 'profiles', 'retired'].filter((key) => key in catalog),
    );
    const nested = Object.entries(catalog).flatMap(([key, value]) => unsortedObjects(value, `/${key}`));
    expect(nested).toEqual([]);
  });
});
