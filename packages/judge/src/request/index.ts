import type { BedrockCatalog } from '@bedrock-models/catalog';
import { judgeInvokeModelBody } from './body.js';
import type { CapabilityLookup } from './capabilities.js';
import { judgeFeatures } from './feature.js';
import { judgeOperation } from './operation.js';
import { judgeInferenceParameters } from './parameters.js';
import type { RequestFinding, RequestOccurrence } from './types.js';

export { judgeInvokeModelBody } from './body.js';
export { capabilityLookup, resolveModel, sourceFor, withApplicationProfiles, type CapabilityLookup, type ResolvedModel } from './capabilities.js';
export { judgeFeatures } from './feature.js';
export { parseBaseUrl, mantleBaseUrl, BASE_URL_SOURCE, type BedrockBaseUrl } from './base-url.js';
export { judgeOperation, reportsNotOnRuntime } from './operation.js';
export { judgeInferenceParameters } from './parameters.js';
export {
  BODY_MESSAGES,
  FEATURE_MESSAGES,
  OPERATION_MESSAGES,
  PARAMETER_MESSAGES,
  REQUEST_RULE_NAMES,
  REQUEST_RULE_RECORDS,
  REQUEST_RULES,
  type RequestRuleRecord,
} from './rules.js';
export type * from './types.js';

/** Every finding of the four request rules about one request, in the order the configs list the rules. */
export function judgeRequest<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  return [
    ...judgeOperation(catalog, lookup, occurrence),
    ...judgeFeatures(catalog, lookup, occurrence),
    ...judgeInferenceParameters(catalog, lookup, occurrence),
    ...judgeInvokeModelBody(catalog, lookup, occurrence),
  ];
}
