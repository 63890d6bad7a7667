import type { CapabilitiesData, CapabilitySource, ModelCapabilities } from './capabilities-types.js';
import type { SchemaIssue } from './schema-check.js';

/** Checks the capabilities schema cannot express: cross-references, source coverage, limits that fit together. */
export function checkCapabilitySemantics(data: CapabilitiesData): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [id, entry] of Object.entries(data.models)) {
    const path = `/models/${pointerKey(id)}`;
    if (entry.family !== null && !Object.hasOwn(data.families, entry.family)) {
      issues.push({ path: `${path}/family`, message: `names "${entry.family}", which is not in /families` });
    }
    if (entry.maxOutputTokens !== null && entry.maxOutputTokens <= 0) issues.push({ path: `${path}/maxOutputTokens`, message: 'must be positive' });
    if (entry.contextWindow !== null && entry.contextWindow <= 0) issues.push({ path: `${path}/contextWindow`, message: 'must be positive' });
    if (entry.maxOutputTokens !== null && entry.contextWindow !== null && entry.maxOutputTokens > entry.contextWindow) {
      issues.push({ path: `${path}/maxOutputTokens`, message: `${entry.maxOutputTokens} exceeds the context window (${entry.contextWindow})` });
    }
    for (const field of Object.keys(entry.roundedFrom ?? {}) as Array<'maxOutputTokens' | 'contextWindow'>) {
      if (entry[field] === null) issues.push({ path: `${path}/roundedFrom/${field}`, message: `describes ${field}, which is null` });
    }
    issues.push(...checkSources(entry, `${path}/sources`, data.currentTo));
    for (const fact of knownFacts(entry)) {
      if (!entry.sources.some((source) => source.fields.some((field) => field === '*' || fact === field || fact.startsWith(`${field}.`)))) {
        issues.push({ path: `${path}/${fact.replaceAll('.', '/')}`, message: 'is known but no source supports it' });
      }
    }
  }
  for (const [name, family] of Object.entries(data.families)) {
    const path = `/families/${pointerKey(name)}`;
    issues.push(...checkSources(family, `${path}/sources`, data.currentTo));
    for (const [key, range] of Object.entries(family.ranges)) {
      if (typeof range.min === 'number' && typeof range.max === 'number' && range.min > range.max) {
        issues.push({ path: `${path}/ranges/${pointerKey(key)}`, message: `min ${range.min} is above max ${range.max}` });
      }
    }
    for (const key of family.required) {
      if (family.allowed !== null && !family.allowed.includes(key))
        issues.push({ path: `${path}/required`, message: `"${key}" is required but not in allowed` });
      if (Object.hasOwn(family.foreign, key)) issues.push({ path: `${path}/foreign/${pointerKey(key)}`, message: `"${key}" is both required and foreign` });
    }
  }
  return issues;
}

/** Every source names fields that exist in its entry and is not dated after the file's `currentTo`. */
function checkSources(entry: { sources: CapabilitySource[] }, path: string, currentTo: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  entry.sources.forEach((source, index) => {
    if (source.date > currentTo) issues.push({ path: `${path}/${index}/date`, message: `${source.date} is after currentTo (${currentTo})` });
    for (const field of source.fields) {
      if (field !== '*' && !hasPath(entry, field))
        issues.push({ path: `${path}/${index}/fields`, message: `names "${field}", which is not a field of this entry` });
    }
  });
  return issues;
}

// A field path exists when every step but the last is an object and the last is a key of it; family `ranges`
// and `foreign` keys may contain dots themselves (`textGenerationConfig.maxTokenCount`).
function hasPath(entry: object, field: string): boolean {
  const [head, ...rest] = field.split('.');
  let node: unknown = entry;
  if (head === 'ranges' || head === 'foreign') return rest.length === 0 || Object.hasOwn((entry as Record<string, object>)[head] ?? {}, rest.join('.'));
  for (const key of [head!, ...rest]) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

/** The dotted paths of the non-null facts of an entry (objects such as `converse.promptCaching` count as one). */
function knownFacts(entry: ModelCapabilities): string[] {
  const facts: string[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (value === null) return;
    if (typeof value === 'object' && depth < 2 && !(path === 'converse.promptCaching' || path === 'converse.reasoning')) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key, depth + 1);
    } else {
      facts.push(path);
    }
  };
  const { sources: _sources, roundedFrom: _roundedFrom, ...facts_ } = entry;
  walk(facts_, '', 0);
  return facts;
}

function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
