import { type BedrockCatalog, parseBedrockArn, splitGeoPrefix } from '@bedrock-models/catalog';
import { isApplicationProfileArn, throughApplicationProfile, type ApplicationProfiles } from './application-profiles.js';
import { judgeInferenceProfile } from './inference-profile.js';
import { judgeKnown } from './known.js';
import { judgeLifecycle } from './lifecycle.js';
import {
  describeInferenceProfile,
  describeLifecycle,
  describeRegionGroup,
  describeUnknown,
  formatMessage,
  groupRegionFindings,
  lifecycleReplacements,
  routing,
} from './messages.js';
import type { Occurrence } from './occurrence.js';
import { judgeRegions } from './regions.js';
import type { CapabilityLookup } from './request/capabilities.js';
import { reportsNotOnRuntime } from './request/operation.js';
import { rewriteId } from './rewrite.js';
import { ID_RULES, type IdRuleName, type RuleRecord } from './rules.js';
import { compact } from './shared.js';
import { isWeakOutsideCall } from './shape.js';
import type { ModelReference, ProfileChoice } from './types.js';

/** What every occurrence of a run is judged by. */
export interface JudgeContext {
  catalog: BedrockCatalog;
  /** `YYYY-MM-DD` lifecycle is judged at. */
  today: string;
  /** IDs to accept as known although the catalog does not list them. */
  allow: ReadonlySet<string>;
  /** Where calls run when the code does not say (`settings.regions`, `--region`). */
  regions: readonly string[];
  /**
   * The capabilities the request rules judge by; null or absent when they are off. The region rule reads them only to
   * leave to `no-unsupported-model-operation` the calls that rule reports as served only by bedrock-mantle.
   */
  capabilities?: CapabilityLookup | null;
  /** What the user's application inference profiles copy from (`applicationInferenceProfiles`, `--application-profile`). */
  applicationProfiles?: ApplicationProfiles;
}

/** The options a rule takes (each tool validates its own spelling of them). */
export interface IdRuleOptions {
  /** `no-unknown-model-id`: more IDs to accept. */
  allow?: readonly string[];
  /** `no-deprecated-model-id`: also report ACTIVE models whose end of life is at most this many days away. */
  warnDaysBeforeEndOfLife?: number;
  /** `require-inference-profile`: offer the single in-geo profile as a fix, not only as a suggestion. */
  autofixInGeoProfile?: boolean;
}

/** A replacement for the occurrence's ID, with the words to offer it in. */
export interface Suggestion {
  /** The text to write in place of the occurrence's `id` (an ARN stays an ARN). */
  id: string;
  messageId: string;
  data: Record<string, string>;
}

/** One finding of one rule about one occurrence. */
export interface RuleFinding {
  rule: IdRuleName;
  messageId: string;
  data: Record<string, string>;
  /** The message with its placeholders filled. */
  message: string;
  /** The regions it was judged in; empty when no region applied. */
  regions: readonly string[];
  /** Editor suggestions, best first. */
  suggestions: Suggestion[];
  /** A replacement safe to apply with `--fix` (only where a rule option opts in); null otherwise. */
  fix: string | null;
}

/** The regions an occurrence is judged in, and whether the code or the configuration states them. */
export interface JudgedRegions {
  regions: readonly string[];
  /** `arn`: nothing but the ARN's own region, a default that can never contradict it. */
  source: 'code' | 'settings' | 'arn';
}

/**
 * Which regions, if any, an occurrence is judged in: the gate of the region-dependent rules. Only a call, or a
 * construct that names its own region, runs in a region; a value read from another module's types only where the
 * code states the region; never in a generated file, where the code decides the region at run time, or on
 * bedrock-mantle (whose per-region data the region judgements do not read). An ARN names its own region.
 */
export function judgedRegions(occurrence: Occurrence, context: JudgeContext): JudgedRegions | null {
  if (occurrence.generated || occurrence.regionUnknowable) return null;
  const arnRegion = occurrence.id.startsWith('arn:') ? (parseBedrockArn(occurrence.id)?.region ?? null) : null;
  if (occurrence.site !== 'elsewhere' && occurrence.regions.length > 0) return { regions: occurrence.regions, source: 'code' };
  if (occurrence.typed) return null;
  if (occurrence.site === 'call' && context.regions.length > 0) return { regions: context.regions, source: 'settings' };
  // The ARN's own region, as a default: it can never contradict itself.
  if (arnRegion) return { regions: [arnRegion], source: 'arn' };
  return null;
}

/** Every finding of the given rules (default: all) about one occurrence, in rule order. */
export function judgeOccurrence(
  occurrence: Occurrence,
  context: JudgeContext,
  rules: readonly IdRuleName[] = ID_RULES.map((rule) => rule.name),
  options: IdRuleOptions = {},
): RuleFinding[] {
  // A call through a mapped application inference profile is judged as a call to what it copies from, where it lives.
  const through = throughApplicationProfile(context.catalog, context.applicationProfiles, occurrence.id);
  // Its messages name what the profile should copy from instead (bare IDs), and no edit of the code is offered.
  // Not require-inference-profile: how the profile reaches its model was settled when it was created, not by this call.
  if (through !== null) {
    const judged = rules.filter((rule) => rule !== 'require-inference-profile');
    return judgeAs({ ...occurrence, id: through }, context, judged, options, parseBedrockArn(through)!.catalogId!).map(withoutEdits);
  }
  // One the user did not map hides its model: nothing is said about it (DESIGN.md, "Precision before recall").
  if (isApplicationProfileArn(occurrence.id)) return [];
  return judgeAs(occurrence, context, rules, options, occurrence.id);
}

// `written`: the value replacements are written against (the occurrence's own, or the mapped profile's model).
function judgeAs(occurrence: Occurrence, context: JudgeContext, rules: readonly IdRuleName[], options: IdRuleOptions, written: string): RuleFinding[] {
  const regions = judgedRegions(occurrence, context);
  const findings: RuleFinding[] = [];
  for (const rule of ID_RULES) {
    if (!rules.includes(rule.name)) continue;
    if (rule.regionDependent && regions === null) continue;
    findings.push(...JUDGES[rule.name](occurrence, context, regions, options, written));
  }
  return findings;
}

type RuleJudge = (occurrence: Occurrence, context: JudgeContext, regions: JudgedRegions | null, options: IdRuleOptions, written: string) => RuleFinding[];

const JUDGES: Readonly<Record<IdRuleName, RuleJudge>> = {
  'no-unknown-model-id': judgeUnknownRule,
  'no-deprecated-model-id': judgeDeprecatedRule,
  'no-region-unavailable-model-id': judgeRegionRule,
  'require-inference-profile': judgeInferenceProfileRule,
};

function reference(occurrence: Occurrence, regions: JudgedRegions | null): ModelReference {
  return {
    value: occurrence.id,
    regions: regions?.regions ?? [],
    ...(regions ? { regionSource: regions.source === 'code' ? 'code' : 'settings' } : {}),
    onDemand: occurrence.onDemand,
    ...(occurrence.endpoint ? { endpoint: occurrence.endpoint } : {}),
  };
}

// A value read from another module's types is judged where it is written.
function judgeUnknownRule(
  occurrence: Occurrence,
  context: JudgeContext,
  regions: JudgedRegions | null,
  options: IdRuleOptions,
  written: string,
): RuleFinding[] {
  if (occurrence.typed) return [];
  const allow = options.allow && options.allow.length > 0 ? new Set([...context.allow, ...options.allow]) : context.allow;
  // Suggestions name the profile to call where the call's region needs one; an ARN's own region is no such call.
  const finding = judgeKnown(context.catalog, reference(occurrence, regions?.source === 'arn' ? null : regions), { allow });
  if (!finding) return [];
  // A string only shaped like an ID (`anthropic.claude-foo`, a router's `anthropic.claude:1`) may be anything else.
  if (finding.reason === 'unknown' && (occurrence.strength === 'weak' || (occurrence.site === 'elsewhere' && isWeakOutsideCall(occurrence.id)))) return [];
  const described = describeUnknown(finding, context.catalog.date);
  const replacements = compact(finding.suggestions.map((id) => rewriteId(written, id)));
  return [result('no-unknown-model-id', described, regions, suggestionsOf(occurrence, replacements, 'replaceWith'))];
}

function judgeDeprecatedRule(
  occurrence: Occurrence,
  context: JudgeContext,
  regions: JudgedRegions | null,
  options: IdRuleOptions,
  written: string,
): RuleFinding[] {
  if (occurrence.typed) return [];
  const finding = judgeLifecycle(context.catalog, reference(occurrence, regions), {
    date: context.today,
    ...(options.warnDaysBeforeEndOfLife === undefined ? {} : { warnDaysBeforeEndOfLife: options.warnDaysBeforeEndOfLife }),
  });
  if (!finding) return [];
  const replacements = lifecycleReplacements(context.catalog, written, finding);
  return [result('no-deprecated-model-id', describeLifecycle(finding, replacements), regions, suggestionsOf(occurrence, replacements, 'replaceWith'))];
}

function judgeRegionRule(
  occurrence: Occurrence,
  context: JudgeContext,
  regions: JudgedRegions | null,
  _options: IdRuleOptions,
  written: string,
): RuleFinding[] {
  const endpointJudged =
    occurrence.sdkOperation === true && !!context.capabilities && reportsNotOnRuntime(context.catalog, context.capabilities, occurrence.id);
  const groups = groupRegionFindings(judgeRegions(context.catalog, { ...reference(occurrence, regions), ...(endpointJudged ? { endpointJudged } : {}) }));
  // Through an application profile, the region's replacements are values of another resource than the one the code names.
  return groups
    .map((judged) => (written === occurrence.id ? judged : { ...judged, suggestions: [] }))
    .map((group) =>
      result(
        'no-region-unavailable-model-id',
        describeRegionGroup(group),
        { regions: group.regions, source: regions!.source },
        suggestionsOf(occurrence, group.suggestions, 'replaceWith'),
      ),
    );
}

function judgeInferenceProfileRule(occurrence: Occurrence, context: JudgeContext, regions: JudgedRegions | null, options: IdRuleOptions): RuleFinding[] {
  // Inference profiles are a bedrock-runtime concept: bedrock-mantle takes its own model names.
  if (occurrence.endpoint === 'bedrock-mantle') return [];
  return judgeInferenceProfile(context.catalog, reference(occurrence, regions)).map((finding) => {
    // A foundation-model ARN has no account to build a profile ARN from: the profile ID itself works in its place.
    const valueOf = (profile: ProfileChoice): string => rewriteId(occurrence.id, profile.id) ?? profile.id;
    const suggestions = (occurrence.dynamicGeo ? [] : finding.profiles).map((profile) => ({
      id: valueOf(profile),
      messageId: 'useProfile',
      data: { profile: valueOf(profile), routing: routing(profile.destinations) },
    }));
    const single = options.autofixInGeoProfile === true && regions!.regions.length === 1 && !occurrence.dynamicGeo ? singleInGeo(finding.profiles) : null;
    return {
      ...result('require-inference-profile', describeInferenceProfile(finding), { regions: [finding.region], source: regions!.source }, suggestions),
      fix: single ? valueOf(single) : null,
    };
  });
}

// The code names the application profile, not the model: a replacement belongs in the profile's configuration.
function withoutEdits(finding: RuleFinding): RuleFinding {
  return { ...finding, suggestions: [], fix: null };
}

// The one profile that keeps requests in the caller's geography, when there is exactly one.
function singleInGeo(profiles: readonly ProfileChoice[]): ProfileChoice | null {
  const inGeo = profiles.filter((profile) => profile.inGeo);
  return inGeo.length === 1 ? inGeo[0]! : null;
}

// Replacements offered as suggestions; behind a geo prefix computed at run time only base model IDs can stand.
function suggestionsOf(occurrence: Occurrence, replacements: readonly string[], messageId: string): Suggestion[] {
  return replacements.filter((id) => !(occurrence.dynamicGeo && splitGeoPrefix(id) !== null)).map((id) => ({ id, messageId, data: { replacement: id } }));
}

function result(
  rule: IdRuleName,
  described: { messageId: string; data: Record<string, string> },
  regions: JudgedRegions | null,
  suggestions: Suggestion[],
): RuleFinding {
  const record: RuleRecord = ID_RULES.find((candidate) => candidate.name === rule)!;
  return {
    rule,
    messageId: described.messageId,
    data: described.data,
    message: formatMessage(record.messages[described.messageId]!, described.data),
    regions: regions?.regions ?? [],
    suggestions,
    fix: null,
  };
}
