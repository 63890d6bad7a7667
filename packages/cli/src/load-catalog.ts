import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  assertValidCapabilities,
  assertValidCatalog,
  BedrockCatalog,
  CapabilitiesValidationError,
  CatalogValidationError,
  type CapabilitiesData,
  type Catalog,
} from '@bedrock-models/catalog';
import { capabilityLookup, readRegions, readToday, SettingError, type CapabilityLookup } from '@bedrock-models/judge';
import { UsageError } from './args.js';

/** The catalog to judge by: the bundled one, or a catalog JSON file given with `--catalog` (validated first). */
export function loadCatalog(path: string | undefined, cwd: string): BedrockCatalog {
  if (path === undefined) return BedrockCatalog.bundled();
  const data = readValidJson(path, cwd, 'the catalog', 'a valid catalog', (value) => assertValidCatalog(value, path), CatalogValidationError);
  return BedrockCatalog.of(data as Catalog);
}

/** The capabilities to judge requests by: the bundled ones (undefined), or a capabilities JSON file given with `--capabilities`, validated first. */
export function loadCapabilities(path: string | undefined, cwd: string): CapabilityLookup | undefined {
  if (path === undefined) return undefined;
  const data = readValidJson(
    path,
    cwd,
    'the capabilities',
    'valid capabilities data',
    (value) => assertValidCapabilities(value, path),
    CapabilitiesValidationError,
  );
  return capabilityLookup(data as CapabilitiesData);
}

// A JSON file named by a flag, parsed and validated; a problem is a usage error naming the file and the field.
function readValidJson(
  path: string,
  cwd: string,
  what: string,
  valid: string,
  assertValid: (value: unknown) => void,
  invalid: new (...args: never[]) => Error,
): unknown {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, path), 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${what} '${path}': ${(error as Error).message}`);
  }
  try {
    assertValid(data);
  } catch (error) {
    if (error instanceof invalid) throw new UsageError(`'${path}' is not ${valid}. ${error.message}`);
    throw error;
  }
  return data;
}

/**
 * `--region` values, validated by the same code as the ESLint plugin's `regions` setting, so the same mistake
 * (`--region us-esat-1`) is refused by both with the same suggestion.
 */
export function readRegionFlags(values: readonly string[], catalog: BedrockCatalog): string[] {
  return asUsageError(() => readRegions(values, catalog, '--region'));
}

/** `--today`, validated like the plugin's `today` setting. */
export function readTodayFlag(value: string | undefined): string | undefined {
  return asUsageError(() => readToday(value, '--today') ?? undefined);
}

function asUsageError<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof SettingError) throw new UsageError(`'${error.field.replace(/\[\d+\]$/, '')}' ${error.problem}`);
    throw error;
  }
}
