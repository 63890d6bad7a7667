import type { BedrockCatalog } from '@bedrock-models/catalog';
import { judgeInferenceProfile } from './inference-profile.js';
import { judgeKnown } from './known.js';
import { judgeLifecycle } from './lifecycle.js';
import { judgeRegions } from './regions.js';
import type { Finding, JudgeOptions, ModelReference } from './types.js';

// The pipeline: an occurrence found by a tool, the gates of DESIGN.md, and the findings of every rule.
export { looksGenerated } from './generated.js';
export { occurrence, type Endpoint, type Occurrence, type Site } from './occurrence.js';
export { judgedRegions, judgeOccurrence, type IdRuleOptions, type JudgeContext, type JudgedRegions, type RuleFinding, type Suggestion } from './pipeline.js';
export { RULE_RECORDS, type RuleName } from './all-rules.js';
export {
  ID_RULES,
  NO_DEPRECATED_MODEL_ID,
  NO_REGION_UNAVAILABLE_MODEL_ID,
  NO_UNKNOWN_MODEL_ID,
  REQUIRE_INFERENCE_PROFILE,
  RULE_OF_FINDING,
  type IdRuleName,
  type RuleRecord,
  type Severity,
} from './rules.js';
export { describe as describeValue, isRegionCode, readAllow, readApplicationProfiles, readRegions, readToday, SettingError } from './settings.js';
export { NO_APPLICATION_PROFILES, throughApplicationProfile, type ApplicationProfiles } from './application-profiles.js';
// Where an ID stands in a string.
export { idsInTemplateParts, type TemplateId } from './template.js';
export { findModelId, isModelIdTail, isWeakOutsideCall, mayHoldModelId, modelArgument, type ShapeMatch } from './shape.js';
// The judgements of facts, one per rule, and their words.
export { judgeInferenceProfile } from './inference-profile.js';
export { judgeKnown } from './known.js';
export { judgeLifecycle, successorsFor } from './lifecycle.js';
export { judgeRegions } from './regions.js';
export {
  describeInferenceProfile,
  describeLifecycle,
  describeRegionGroup,
  describeUnknown,
  formatList,
  formatMessage,
  groupRegionFindings,
  INFERENCE_PROFILE_MESSAGES,
  LIFECYCLE_MESSAGES,
  lifecycleReplacements,
  quotedAlternatives,
  REGION_MESSAGES,
  routing,
  UNKNOWN_MESSAGES,
  type DescribedFinding,
  type RegionFindingGroup,
} from './messages.js';
export { rewriteArnRegion, rewriteId } from './rewrite.js';
export { compact, daysBetween, profileChoices } from './shared.js';
export type * from './types.js';
export * from './request/index.js';

/**
 * Every fact-level finding about one model reference, whatever its site: unknown, lifecycle, region, then
 * inference-profile findings. Tools judging code use {@link judgeOccurrence}, which applies the gates first.
 */
export function judge(catalog: BedrockCatalog, reference: ModelReference, options: JudgeOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const unknown = judgeKnown(catalog, reference, options);
  if (unknown) findings.push(unknown);
  const lifecycle = judgeLifecycle(catalog, reference, options);
  if (lifecycle) findings.push(lifecycle);
  findings.push(...judgeRegions(catalog, reference), ...judgeInferenceProfile(catalog, reference));
  return findings;
}
