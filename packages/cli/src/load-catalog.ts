import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertValidCatalog, BedrockCatalog, CatalogValidationError, type Catalog } from '@bedrock-models/catalog';
import { UsageError } from './args.js';

/** The catalog to judge by: the bundled one, or a catalog JSON file given with `--catalog` (validated first). */
export function loadCatalog(path: string | undefined, cwd: string): BedrockCatalog {
  if (path === undefined) return BedrockCatalog.bundled();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read the catalog '${path}': ${(error as Error).message}`);
  }
  try {
    assertValidCatalog(data, path);
  } catch (error) {
    if (error instanceof CatalogValidationError) throw new UsageError(`'${path}' is not a valid catalog. ${error.message}`);
    throw error;
  }
  return BedrockCatalog.of(data as Catalog);
}

/** AWS region codes such as `us-east-1`. */
export const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d$/;

/** The regions given with `--region`, checked for shape. */
export function readRegions(regions: readonly string[]): string[] {
  for (const region of regions) {
    if (!REGION.test(region)) throw new UsageError(`'${region}' is not an AWS region code such as us-east-1`);
  }
  return [...new Set(regions)];
}
