// Applies the hand-curated overrides file last, on every sync, so its facts are never lost.
import type { Catalog, Model, RetiredEntry } from '@bedrock-models/catalog';

export interface ModelOverride {
  replacement?: string;
  notes?: string;
  regions?: Record<string, { inferenceTypes: string[] }>;
  source: string;
}

export interface ExtraModelOverride {
  provider: string;
  name: string;
  endpoints: Array<'bedrock-runtime' | 'bedrock-mantle'>;
  notes?: string;
  source: string;
}

export interface RetiredOverride {
  kind: 'model' | 'profile';
  provider?: string;
  name: string;
  retired: string;
  lastSeen: string | null;
  regions: string[];
  replacement?: string;
  evidence: string;
}

export interface Overrides {
  /** The catalog's `source` text for syncs that replay recorded answers through `--endpoint`. */
  replaySource?: string;
  models?: Record<string, ModelOverride>;
  extraModels?: Record<string, ExtraModelOverride>;
  retired?: Record<string, RetiredOverride>;
}

const TOP_LEVEL = new Set(['$comment', 'replaySource', 'models', 'extraModels', 'retired']);

/** Checks the overrides file's shape, naming the file and the field at fault. */
export function parseOverrides(text: string, where: string): Overrides {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${where}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where}: must be a JSON object`);
  for (const key of Object.keys(value)) if (!TOP_LEVEL.has(key)) throw new Error(`${where}: unknown top-level field "${key}"`);
  const overrides = value as Overrides;
  for (const [section, entries] of Object.entries({ models: overrides.models, extraModels: overrides.extraModels, retired: overrides.retired })) {
    for (const [id, entry] of Object.entries(entries ?? {})) {
      const sourceField = section === 'retired' ? 'evidence' : 'source';
      if (typeof (entry as unknown as Record<string, unknown>)[sourceField] !== 'string')
        throw new Error(`${where}: /${section}/${id} must say where its facts come from in "${sourceField}"`);
    }
  }
  return overrides;
}

/** Follows replacements through retired IDs to a live one; null when the chain ends nowhere live. */
function liveReplacement(catalog: Catalog, start: string): string | null {
  const seen = new Set<string>();
  let current: string | undefined = start;
  while (current && !seen.has(current)) {
    if (catalog.models[current] || catalog.profiles[current]) return current;
    seen.add(current);
    current = catalog.retired[current]?.replacement;
  }
  return null;
}

function applyModelOverride(catalog: Catalog, id: string, override: ModelOverride, warnings: string[]): void {
  const target: Model | RetiredEntry | undefined = catalog.models[id] ?? catalog.retired[id];
  if (!target) {
    warnings.push(`overrides: /models/${id} names a model the catalog does not have`);
    return;
  }
  if (override.replacement) {
    const replacement = liveReplacement(catalog, override.replacement);
    if (replacement) target.replacement = replacement;
    else warnings.push(`overrides: /models/${id}/replacement "${override.replacement}" leads to no live model`);
  }
  if (override.notes) target.notes = override.notes;
  for (const [region, facts] of Object.entries(override.regions ?? {})) {
    const regional = 'regions' in target && !Array.isArray(target.regions) ? target.regions[region] : undefined;
    // The API's own answer is fresher than any hand-kept fact: fill only what it leaves unknown.
    if (regional && regional.inferenceTypes === null) regional.inferenceTypes = [...facts.inferenceTypes].sort();
    else if (!regional) warnings.push(`overrides: /models/${id}/regions/${region}: the catalog does not list ${id} in ${region}`);
  }
}

function applyExtraModel(catalog: Catalog, id: string, extra: ExtraModelOverride): void {
  const existing = catalog.models[id];
  if (existing && Object.keys(existing.regions).length > 0) {
    existing.endpoints = [...new Set<'bedrock-runtime' | 'bedrock-mantle'>(['bedrock-runtime', ...extra.endpoints])].sort();
    return;
  }
  const model: Model = {
    provider: extra.provider,
    name: extra.name,
    inputModalities: existing?.inputModalities ?? [],
    outputModalities: existing?.outputModalities ?? [],
    streaming: existing?.streaming ?? null,
    customizations: existing?.customizations ?? [],
    endpoints: [...extra.endpoints].sort(),
    regions: {},
    history: existing?.history ?? [],
  };
  if (extra.notes) model.notes = extra.notes;
  catalog.models[id] = model;
}

function applyRetired(catalog: Catalog, id: string, override: RetiredOverride, warnings: string[]): void {
  if (catalog.models[id] || catalog.profiles[id]) {
    warnings.push(`overrides: /retired/${id} is offered again; the override no longer applies`);
    return;
  }
  const entry: RetiredEntry = catalog.retired[id] ?? {
    kind: override.kind,
    name: override.name,
    lastSeen: override.lastSeen,
    retired: override.retired,
    regions: [...override.regions].sort(),
  };
  if (override.provider && !entry.provider) entry.provider = override.provider;
  entry.evidence ??= override.evidence;
  if (override.replacement && !entry.replacement) {
    const replacement = liveReplacement(catalog, override.replacement);
    if (replacement) entry.replacement = replacement;
    else warnings.push(`overrides: /retired/${id}/replacement "${override.replacement}" leads to no live model`);
  }
  catalog.retired[id] = entry;
}

/** Applies `overrides` to `catalog` in place; returns warnings for overrides that no longer fit the data. */
export function applyOverrides(catalog: Catalog, overrides: Overrides): string[] {
  const warnings: string[] = [];
  for (const [id, extra] of Object.entries(overrides.extraModels ?? {})) applyExtraModel(catalog, id, extra);
  for (const [id, override] of Object.entries(overrides.retired ?? {})) applyRetired(catalog, id, override, warnings);
  for (const [id, override] of Object.entries(overrides.models ?? {})) applyModelOverride(catalog, id, override, warnings);
  // Replacements kept from earlier syncs may since have been retired themselves.
  for (const entry of [...Object.values(catalog.models), ...Object.values(catalog.retired)]) {
    if (!entry.replacement) continue;
    const live = liveReplacement(catalog, entry.replacement);
    if (live) entry.replacement = live;
    else delete entry.replacement;
  }
  return warnings;
}
