import { REQUEST_RULE_RECORDS } from './request/rules.js';
import type { RequestRuleName } from './request/types.js';
import { ID_RULES, type IdRuleName, type RuleRecord } from './rules.js';

/** Every rule: the ID rules, then the request rules, in the order the configs list them and findings are reported. */
export const RULE_RECORDS: readonly RuleRecord[] = [...ID_RULES, ...REQUEST_RULE_RECORDS];

/** The name of any rule. */
export type RuleName = IdRuleName | RequestRuleName;
