import { createRequire } from 'node:module';
import type { Catalog } from './generated/catalog-types.js';

const require = createRequire(import.meta.url);
let bundled: Catalog | undefined;

/** The catalog shipped in this package (`@bedrock-models/catalog/catalog.json`), read on first use. */
export function getBundledCatalogData(): Catalog {
  bundled ??= require('@bedrock-models/catalog/catalog.json') as Catalog;
  return bundled;
}

/** The catalog JSON Schema shipped in this package. */
export function getCatalogSchema(): Record<string, unknown> {
  return require('@bedrock-models/catalog/catalog.schema.json') as Record<string, unknown>;
}
