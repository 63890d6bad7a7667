import type { CapabilitiesData } from '@bedrock-models/catalog';
import data from './fixtures/test-capabilities.json' with { type: 'json' };

/**
 * Pinned test capabilities (facts as AWS documents them, 2026-08-22 model cards and 2026-12-01 pages): the request
 * rules' tests never depend on the bundled data.
 */
export const testCapabilities = data as unknown as CapabilitiesData;
