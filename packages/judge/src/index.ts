import type { BedrockCatalog } from '@bedrock-models/catalog';
import { judgeInvocation } from './invocation.js';
import { judgeKnown } from './known.js';
import { judgeLifecycle } from './lifecycle.js';
import { judgeRegions } from './regions.js';
import type { Finding, JudgeOptions, ModelReference } from './types.js';

export { judgeInvocation } from './invocation.js';
export { judgeKnown } from './known.js';
export { judgeLifecycle, replacementsFor } from './lifecycle.js';
export { judgeRegions } from './regions.js';
export {
  describeLifecycle,
  describeNeedsProfile,
  describeRegionGroup,
  describeUnknown,
  formatList,
  formatMessage,
  groupRegionFindings,
  LIFECYCLE_MESSAGES,
  lifecycleReplacements,
  PROFILE_MESSAGES,
  quotedAlternatives,
  REGION_MESSAGES,
  routing,
  RULE_DESCRIPTIONS,
  RULE_OF_FINDING,
  UNKNOWN_MESSAGES,
  type DescribedFinding,
  type JudgementRule,
  type RegionFindingGroup,
} from './messages.js';
export { rewriteArnRegion, rewriteReference } from './rewrite.js';
export { findModelId, isModelIdTail, mayHoldModelId, modelArgument, type ShapeMatch } from './shape.js';
export { daysBetween, profileChoices } from './shared.js';
export type * from './types.js';

/**
 * Every finding about one model reference: unknown, lifecycle, region, then inference-profile findings.
 * The ESLint rules call the single judgement they own; a CLI checking other languages calls this.
 */
export function judge(catalog: BedrockCatalog, reference: ModelReference, options: JudgeOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const unknown = judgeKnown(catalog, reference, options);
  if (unknown) findings.push(unknown);
  const lifecycle = judgeLifecycle(catalog, reference, options);
  if (lifecycle) findings.push(lifecycle);
  findings.push(...judgeRegions(catalog, reference), ...judgeInvocation(catalog, reference));
  return findings;
}
export * from './request/index.js';
