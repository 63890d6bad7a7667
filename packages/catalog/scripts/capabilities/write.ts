// The one way capabilities.json is written: keys sorted at every level, two-space indent, trailing newline,
// so that a rebuild that finds nothing new changes no byte.

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/** The file text of a capabilities object. */
export function serializeCapabilities(data: unknown): string {
  return `${JSON.stringify(sortKeys(data), null, 2)}\n`;
}
