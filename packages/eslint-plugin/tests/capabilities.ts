import type { CapabilitiesData } from '@bedrock-models/catalog';
import { testCapabilities as data } from '@bedrock-models/test-catalog';

/**
 * Pinned test capabilities (facts as AWS documents them, 2026-08-22 model cards and 2026-12-01 pages): the request
 * rules' tests never depend on the bundled data.
 */
export const testCapabilities: CapabilitiesData = data;
