import type { BedrockCatalog } from '@bedrock-models/catalog';
import { resolveModel, sourceFor, type CapabilityLookup, type ResolvedModel } from './capabilities.js';
import { REQUEST_RULES } from './rules.js';
import type { RequestFinding, RequestOccurrence, RequestRuleName, RequestSuggestion } from './types.js';

/** Where a finding's fact is documented when the data names no source for it (it always should). */
const FALLBACK_SOURCE = 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-features.html';

/** The model an occurrence goes to, and a maker of findings that carry the rule, the source and the severity. */
export interface RequestJudgeContext<L> {
  model: ResolvedModel;
  /** `field`: the capability field the fact is (its source is looked up); `source`: a source found elsewhere (a request family's). */
  finding(fact: {
    messageId: string;
    data: Record<string, string>;
    location: L;
    field: string;
    source?: string | null;
    suggestions?: Array<RequestSuggestion<L>>;
  }): RequestFinding<L>;
}

/** The context of a judgement, or null when the model is not one the capabilities describe (then nothing is said). */
export function requestJudgeContext<L>(
  rule: RequestRuleName,
  catalog: BedrockCatalog,
  lookup: CapabilityLookup,
  occurrence: RequestOccurrence<L>,
): RequestJudgeContext<L> | null {
  const model = resolveModel(catalog, lookup, occurrence.modelId);
  if (!model) return null;
  const severity = REQUEST_RULES[rule].recommended === 'error' && occurrence.modelCertain ? 'error' : 'warn';
  return {
    model,
    finding: ({ messageId, data, location, field, source: given, suggestions = [] }) => {
      const source = given ?? sourceFor(model.capabilities.sources, field) ?? FALLBACK_SOURCE;
      return { rule, messageId, data: { model: model.id, ...data, source }, location, source, severity, suggestions };
    },
  };
}
