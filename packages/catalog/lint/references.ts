// Cross-references: what one part of the catalog names must exist in another.
import type { Catalog } from '../src/index.js';
import { pointer, type LintIssue } from './issue.js';

const CHECK = 'references';

/** Every ID a region lists, a profile routes to or a replacement names is a model, a profile or retired. */
export function checkReferences(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  const known = (id: string): boolean => Object.hasOwn(catalog.models, id) || Object.hasOwn(catalog.profiles, id) || Object.hasOwn(catalog.retired, id);
  for (const [region, entry] of Object.entries(catalog.regions)) {
    for (const id of [...entry.models, ...entry.profiles]) {
      if (!known(id))
        issues.push({ path: pointer('regions', region), check: CHECK, message: `lists "${id}", which is in neither models, profiles nor retired` });
    }
  }
  for (const [id, profile] of Object.entries(catalog.profiles)) {
    for (const modelId of profile.models) {
      if (!Object.hasOwn(catalog.models, modelId) && !Object.hasOwn(catalog.retired, modelId))
        issues.push({ path: pointer('profiles', id, 'models'), check: CHECK, message: `routes to "${modelId}", which is in neither models nor retired` });
    }
  }
  for (const [section, entries] of [
    ['models', catalog.models],
    ['retired', catalog.retired],
  ] as const) {
    for (const [id, entry] of Object.entries(entries)) {
      if (entry.replacement && !known(entry.replacement))
        issues.push({ path: pointer(section, id, 'replacement'), check: CHECK, message: `"${entry.replacement}" is not in the catalog` });
      if (entry.replacement === id) issues.push({ path: pointer(section, id, 'replacement'), check: CHECK, message: 'names the entry itself' });
    }
  }
  for (const [id, model] of Object.entries(catalog.models)) {
    if (model.runtimeModel && !known(model.runtimeModel))
      issues.push({ path: pointer('models', id, 'runtimeModel'), check: CHECK, message: `"${model.runtimeModel}" is not in the catalog` });
  }
  return issues;
}

/** No ID is live (a model or a profile) and retired at once, or both a model and a profile. */
export function checkLiveAndRetired(catalog: Catalog): LintIssue[] {
  const issues: LintIssue[] = [];
  for (const id of Object.keys(catalog.retired)) {
    if (Object.hasOwn(catalog.models, id)) issues.push({ path: pointer('retired', id), check: 'live-and-retired', message: 'is also in /models' });
    if (Object.hasOwn(catalog.profiles, id)) issues.push({ path: pointer('retired', id), check: 'live-and-retired', message: 'is also in /profiles' });
  }
  for (const id of Object.keys(catalog.profiles)) {
    if (Object.hasOwn(catalog.models, id)) issues.push({ path: pointer('profiles', id), check: 'live-and-retired', message: 'is also in /models' });
  }
  return issues;
}
