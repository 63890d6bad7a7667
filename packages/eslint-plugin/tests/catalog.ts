import { testCatalog } from '@bedrock-models/test-catalog';

/** The pinned test catalog (2026-03-04, six regions): rule tests never depend on the nightly data. */
export { testCatalog };

/** Plugin settings that point the rules at the test catalog, plus any others. */
export function settings(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { 'bedrock-models': { catalog: testCatalog, ...extra } };
}
