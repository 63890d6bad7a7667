import type { BedrockCatalog } from '@bedrock-models/catalog';
import type { CapabilityLookup } from './capabilities.js';
import { requestJudgeContext, type RequestJudgeContext } from './finding.js';
import { entryAt, entryOf, numberOf, sendsStatic, valueAt } from './tree.js';
import type { RequestFinding, RequestOccurrence, RequestValue } from './types.js';

/**
 * `valid-inference-parameters`: a Converse `inferenceConfig` or `additionalModelRequestFields` value the model
 * rejects: `maxTokens` above its output limit, `temperature` with `topP` where the model takes only one, a
 * thinking budget not below `maxTokens` or below the model's minimum. Wrappers whose options map one to one
 * (`maxOutputTokens`, `maxTokens`) are judged the same way through the `inferenceConfig` their adapter builds.
 */
export function judgeInferenceParameters<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  if (occurrence.operation !== 'Converse' && occurrence.operation !== 'ConverseStream') return [];
  const request = occurrence.request;
  if (request?.kind !== 'object') return [];
  const context = requestJudgeContext('valid-inference-parameters', catalog, lookup, occurrence);
  if (!context) return [];
  const config = entryOf(request, 'inferenceConfig')?.value;
  return [...maxTokens(context, config), ...sampling(context, config), ...thinkingBudget(context, request, config)];
}

function maxTokens<L>(context: RequestJudgeContext<L>, config: RequestValue<L> | undefined): Array<RequestFinding<L>> {
  const limit = context.model.capabilities.maxOutputTokens;
  const entry = entryOf(config, 'maxTokens');
  const value = numberOf(entry?.value);
  if (limit === null || !entry || !value || value.value <= limit) return [];
  const key = entry.writtenKey ?? entry.key;
  return [
    context.finding({
      messageId: 'maxTokensAboveLimit',
      data: { key, value: String(value.value), limit: String(limit) },
      location: value.location,
      field: 'maxOutputTokens',
      suggestions: [
        { messageId: 'clampMaxTokens', data: { key, limit: String(limit) }, edit: { kind: 'replace-value', location: value.location, value: limit } },
      ],
    }),
  ];
}

function sampling<L>(context: RequestJudgeContext<L>, config: RequestValue<L> | undefined): Array<RequestFinding<L>> {
  if (context.model.capabilities.converse.temperatureTopPExclusive !== true) return [];
  const temperature = entryOf(config, 'temperature');
  const topP = entryOf(config, 'topP');
  if (!sendsStatic(temperature) || !sendsStatic(topP)) return [];
  const key = topP.writtenKey ?? topP.key;
  return [
    context.finding({
      messageId: 'temperatureWithTopP',
      data: { key },
      location: topP.keyLocation,
      field: 'converse.temperatureTopPExclusive',
      suggestions: [{ messageId: 'dropTopP', data: { key }, edit: { kind: 'remove-entry', location: topP.location } }],
    }),
  ];
}

// additionalModelRequestFields.thinking: { type: 'enabled', budget_tokens } (Anthropic's extended thinking on Converse).
function thinkingBudget<L>(context: RequestJudgeContext<L>, request: RequestValue<L>, config: RequestValue<L> | undefined): Array<RequestFinding<L>> {
  const fact = context.model.capabilities.converse.reasoning;
  if (fact?.kind !== 'budgeted') return [];
  const budgetEntry = entryAt(request, 'additionalModelRequestFields.thinking.budget_tokens');
  const budget = numberOf(budgetEntry?.value);
  if (!budget) return [];
  const findings: Array<RequestFinding<L>> = [];
  const max = numberOf(valueAt(config, 'maxTokens'));
  if (max && budget.value >= max.value) {
    findings.push(
      context.finding({
        messageId: 'budgetNotBelowMaxTokens',
        data: { budget: String(budget.value), maxTokens: String(max.value) },
        location: budget.location,
        field: 'converse.reasoning',
      }),
    );
  }
  if (fact.minBudgetTokens !== null && budget.value < fact.minBudgetTokens) {
    const minimum = String(fact.minBudgetTokens);
    findings.push(
      context.finding({
        messageId: 'budgetBelowMinimum',
        data: { budget: String(budget.value), minimum },
        location: budget.location,
        field: 'converse.reasoning',
        suggestions: [{ messageId: 'raiseBudget', data: { minimum }, edit: { kind: 'replace-value', location: budget.location, value: fact.minBudgetTokens } }],
      }),
    );
  }
  return findings;
}
