import type { CapabilitiesData } from './capabilities-types.js';
import { bundledDataFile, readPackageJson } from './load.js';

let bundled: CapabilitiesData | undefined;

/**
 * The capabilities shipped in this package (`@bedrock-models/catalog/capabilities.json`), read on first use:
 * importing the catalog never reads this file.
 */
export function getBundledCapabilitiesData(): CapabilitiesData {
  bundled ??= readPackageJson(bundledDataFile('capabilities.json')) as CapabilitiesData;
  return bundled;
}

/** The capabilities JSON Schema shipped in this package. */
export function getCapabilitiesSchema(): Record<string, unknown> {
  return readPackageJson('capabilities.schema.json') as Record<string, unknown>;
}
