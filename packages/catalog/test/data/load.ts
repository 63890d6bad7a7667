import { readFileSync } from 'node:fs';
import { getBundledCatalogData, type Catalog } from '../../src/index.js';

/**
 * The catalog the data tests judge: the bundled one, or the file named by BEDROCK_CATALOG_FILE (the
 * changed-world check points it at a catalog that a sync has just written).
 */
export function catalogUnderTest(): Catalog {
  const file = process.env.BEDROCK_CATALOG_FILE;
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as Catalog) : getBundledCatalogData();
}
