import { INFERENCE_PROFILE_MESSAGES, LIFECYCLE_MESSAGES, REGION_MESSAGES, UNKNOWN_MESSAGES } from './messages.js';
import type { Finding } from './types.js';

/** How loud a rule is in the plugin's `recommended` config and the CLI's default run. */
export type Severity = 'error' | 'warn';

/**
 * Everything about one rule that more than one place needs: the plugin's rule meta and configs, the CLI's
 * severities and rule order, SARIF's rule descriptors, and the docs tables are all read from these records.
 */
export interface RuleRecord {
  /** The ESLint rule name (without the plugin prefix), also the CLI's and SARIF's rule ID. */
  name: string;
  /** What the rule disallows or requires, in one line starting with Disallow/Require/Enforce (ESLint's `meta.docs.description`). */
  description: string;
  /** Its message templates by ID, with `{{placeholders}}` holding values, including the suggestions' messages. */
  messages: Readonly<Record<string, string>>;
  /** Its severity in `recommended`: errors only where a finding is certain (DESIGN.md, "Precision before recall"). */
  recommended: Severity;
  /** Whether it judges in a region, and therefore only where the code runs in one. */
  regionDependent: boolean;
}

/** `no-unknown-model-id`. */
export const NO_UNKNOWN_MODEL_ID = {
  name: 'no-unknown-model-id',
  description: 'Disallow Bedrock model IDs, inference profile IDs and model ARNs that the catalog does not know',
  messages: UNKNOWN_MESSAGES,
  // A catalog a day behind a launch must never fail a build.
  recommended: 'warn',
  regionDependent: false,
} as const satisfies RuleRecord;

/** `no-deprecated-model-id`. */
export const NO_DEPRECATED_MODEL_ID = {
  name: 'no-deprecated-model-id',
  description: 'Disallow Bedrock model IDs that are LEGACY, past their end of life or retired',
  messages: LIFECYCLE_MESSAGES,
  recommended: 'warn',
  regionDependent: false,
} as const satisfies RuleRecord;

/** `no-region-unavailable-model-id`. */
export const NO_REGION_UNAVAILABLE_MODEL_ID = {
  name: 'no-region-unavailable-model-id',
  description: 'Disallow Bedrock model IDs and inference profiles that are not offered in the region the call runs in',
  messages: REGION_MESSAGES,
  recommended: 'error',
  regionDependent: true,
} as const satisfies RuleRecord;

/** `require-inference-profile`. */
export const REQUIRE_INFERENCE_PROFILE = {
  name: 'require-inference-profile',
  description: 'Require an inference profile for Bedrock models that the call’s region offers only through one',
  messages: INFERENCE_PROFILE_MESSAGES,
  recommended: 'error',
  regionDependent: true,
} as const satisfies RuleRecord;

/** The rules that judge model IDs, in the order findings at one place are reported (the configs' order too). */
export const ID_RULES = [NO_UNKNOWN_MODEL_ID, NO_DEPRECATED_MODEL_ID, NO_REGION_UNAVAILABLE_MODEL_ID, REQUIRE_INFERENCE_PROFILE] as const;

/** The name of a rule that judges model IDs. */
export type IdRuleName = (typeof ID_RULES)[number]['name'];

/** The rule that owns each kind of fact-level finding. */
export const RULE_OF_FINDING = {
  unknown: NO_UNKNOWN_MODEL_ID.name,
  lifecycle: NO_DEPRECATED_MODEL_ID.name,
  region: NO_REGION_UNAVAILABLE_MODEL_ID.name,
  'inference-profile': REQUIRE_INFERENCE_PROFILE.name,
} as const satisfies Record<Finding['type'], IdRuleName>;
