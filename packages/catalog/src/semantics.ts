import type { Catalog } from './generated/catalog-types.js';
import type { SchemaIssue } from './schema-check.js';

/** Checks the schema cannot express: cross-references, geo prefixes, sort order. */
export function checkSemantics(catalog: Catalog): SchemaIssue[] {
  return [...checkRegionLists(catalog), ...checkModels(catalog), ...checkProfiles(catalog), ...checkRetired(catalog)];
}

function isSorted(list: readonly string[]): boolean {
  return list.every((item, index) => index === 0 || list[index - 1]! < item);
}

/** Whether `id` is retired by a document (an end of life that has passed) while the API may still list it. */
function retiredByDocument(catalog: Catalog, id: string): boolean {
  return Boolean(catalog.retired[id]?.documented && catalog.retired[id]?.observed);
}

function checkRegionLists(catalog: Catalog): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [region, entry] of Object.entries(catalog.regions)) {
    for (const id of entry.models) {
      if (retiredByDocument(catalog, id)) continue;
      if (!catalog.models[id]) issues.push({ path: `/regions/${region}/models`, message: `lists "${id}", which is not in /models` });
      else if (!catalog.models[id]!.regions[region])
        issues.push({ path: `/regions/${region}/models`, message: `lists "${id}", but /models/${id}/regions has no ${region}` });
    }
    for (const id of entry.profiles) {
      if (!catalog.profiles[id] && !retiredByDocument(catalog, id))
        issues.push({ path: `/regions/${region}/profiles`, message: `lists "${id}", which is not in /profiles` });
    }
    if (!isSorted(entry.models)) issues.push({ path: `/regions/${region}/models`, message: 'must be sorted' });
    if (!isSorted(entry.profiles)) issues.push({ path: `/regions/${region}/profiles`, message: 'must be sorted' });
  }
  return issues;
}

function checkModels(catalog: Catalog): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [id, model] of Object.entries(catalog.models)) {
    if (catalog.retired[id]) issues.push({ path: `/models/${id}`, message: 'is also in /retired' });
    for (const region of Object.keys(model.regions)) {
      const listed = catalog.regions[region];
      if (listed && !listed.models.includes(id))
        issues.push({ path: `/models/${id}/regions/${region}`, message: `is not listed in /regions/${region}/models` });
    }
    if (model.replacement && !catalog.models[model.replacement] && !catalog.profiles[model.replacement] && !retiredByDocument(catalog, model.replacement)) {
      issues.push({ path: `/models/${id}/replacement`, message: `"${model.replacement}" is not a live model or profile` });
    }
  }
  return issues;
}

function checkProfiles(catalog: Catalog): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [id, profile] of Object.entries(catalog.profiles)) {
    if (!id.startsWith(`${profile.geo}.`)) issues.push({ path: `/profiles/${id}/geo`, message: `"${profile.geo}" does not match the ID's prefix` });
    // No check that profile.models exist: a profile may route to a model that only its destination
    // regions list (e.g. an eu. profile called from a region whose ListFoundationModels lacks the model).
    for (const region of Object.keys(profile.sources)) {
      const listed = catalog.regions[region];
      if (listed && !listed.profiles.includes(id))
        issues.push({ path: `/profiles/${id}/sources/${region}`, message: `is not listed in /regions/${region}/profiles` });
    }
  }
  return issues;
}

function checkRetired(catalog: Catalog): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [id, entry] of Object.entries(catalog.retired)) {
    if (catalog.profiles[id]) issues.push({ path: `/retired/${id}`, message: 'is also in /profiles' });
    if (entry.replacement && !catalog.models[entry.replacement] && !catalog.profiles[entry.replacement] && !retiredByDocument(catalog, entry.replacement)) {
      issues.push({ path: `/retired/${id}/replacement`, message: `"${entry.replacement}" is not a live model or profile` });
    }
  }
  return issues;
}
