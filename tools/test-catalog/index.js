// The pinned test catalog, loaded once per process; the file's path is exported too, for tests that hand a
// catalog to a program by path (the CLI's --catalog, the plugin's `catalog` setting).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of test-catalog.json. */
export const testCatalogFile = fileURLToPath(new URL('./test-catalog.json', import.meta.url));

/** The parsed test catalog (2026-03-04, six regions). */
export const testCatalog = JSON.parse(readFileSync(testCatalogFile, 'utf8'));

/** Absolute path of test-capabilities.json: the request rules' pinned capabilities (facts written for the tests). */
export const testCapabilitiesFile = fileURLToPath(new URL('./test-capabilities.json', import.meta.url));

/** The parsed test capabilities. */
export const testCapabilities = JSON.parse(readFileSync(testCapabilitiesFile, 'utf8'));
