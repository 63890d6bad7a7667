import type { CapabilitiesData, Catalog } from '@bedrock-models/catalog';

/** Absolute path of test-catalog.json. */
export declare const testCatalogFile: string;

/** The parsed test catalog (2026-03-04, six regions). */
export declare const testCatalog: Catalog;

/** Absolute path of test-capabilities.json. */
export declare const testCapabilitiesFile: string;

/** The parsed test capabilities of the request rules' tests. */
export declare const testCapabilities: CapabilitiesData;
