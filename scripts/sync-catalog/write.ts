// Serialises deterministically and writes atomically.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Catalog } from '@bedrock-models/catalog';

const TOP_LEVEL_ORDER = ['$schema', 'schemaVersion', 'generatedAt', 'currentTo', 'source', 'regions', 'models', 'profiles', 'retired'];

/** A copy of `value` with every object's keys sorted, at every depth: the one deterministic layout. */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/** The catalog as written to disk: top-level fields in schema order, every other object's keys sorted, two-space indent, trailing newline. */
export function serializeCatalog(catalog: Catalog): string {
  const ordered: Record<string, unknown> = {};
  for (const key of TOP_LEVEL_ORDER) if (key in catalog) ordered[key] = sortKeys((catalog as unknown as Record<string, unknown>)[key]);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Writes through a temporary file in the same folder and a rename, so readers see the old file or the new one, never a torn one. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
