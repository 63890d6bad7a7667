import type { BedrockCatalog, RequestFamily, ValueRange } from '@bedrock-models/catalog';
import { sourceFor, type CapabilityLookup } from './capabilities.js';
import { judgeContentBlocks } from './content-blocks.js';
import { requestJudgeContext, type RequestJudgeContext } from './finding.js';
import { miswrittenInTemplate, missingText, repairedText } from './text-pattern.js';
import { entryAt, entryOf, numberOf, sendsStatic, valueAt } from './tree.js';
import type { RequestFinding, RequestObject, RequestOccurrence, RequestSuggestion, RequestValue } from './types.js';

/**
 * `valid-invoke-model-body`: an InvokeModel / InvokeModelWithResponseStream body that does not match the
 * native request of the model's family: a required key missing (only when the whole body is written out), a
 * key of another family or of a retired API, a key the family does not take, a value out of range
 * (`max_tokens` above the output limit, Titan Embeddings `dimensions`, `anthropic_version`, a text the value
 * must contain), a wrong key inside a message content block, and the model's own sampling and thinking
 * constraints written in native form.
 */
export function judgeInvokeModelBody<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  if (occurrence.operation !== 'InvokeModel' && occurrence.operation !== 'InvokeModelWithResponseStream') return [];
  const body = occurrence.request;
  if (body?.kind !== 'object') return [];
  const context = requestJudgeContext('valid-invoke-model-body', catalog, lookup, occurrence);
  if (!context) return [];
  const familyName = context.model.capabilities.family;
  const family = familyName === null ? null : lookup.family(familyName);
  if (!family) return [];
  return [...keys(context, family, body), ...ranges(context, family, body), ...judgeContentBlocks(context, family, body), ...modelConstraints(context, body)];
}

function keys<L>(context: RequestJudgeContext<L>, family: RequestFamily, body: RequestObject<L>): Array<RequestFinding<L>> {
  const findings: Array<RequestFinding<L>> = [];
  const source = (field: string) => familySource(family, field);
  for (const entry of body.entries) {
    if (Object.hasOwn(family.foreign, entry.key)) {
      const { belongsTo, insteadUse } = family.foreign[entry.key]!;
      // A rename fixes it in one edit only when the body does not already hold the key to use.
      const renamable = insteadUse !== null && entryOf(body, insteadUse) === null;
      const suggestions: Array<RequestSuggestion<L>> = renamable
        ? [{ messageId: 'renameKey', data: { key: entry.key, insteadUse }, edit: { kind: 'rename-key', location: entry.keyLocation, key: insteadUse } }]
        : [];
      findings.push(
        context.finding({
          messageId: insteadUse === null ? 'foreignKey' : 'foreignKeyRename',
          data: { key: entry.key, belongsTo, family: family.name, ...(insteadUse === null ? {} : { insteadUse }) },
          location: entry.keyLocation,
          field: 'family',
          source: source(`foreign.${entry.key}`),
          suggestions,
        }),
      );
    } else if (family.allowed !== null && !family.allowed.includes(entry.key)) {
      findings.push(
        context.finding({
          messageId: 'extraneousKey',
          data: { key: entry.key, family: family.name },
          location: entry.keyLocation,
          field: 'family',
          source: source(`allowed.${entry.key}`),
          suggestions: [{ messageId: 'removeKey', data: { key: entry.key }, edit: { kind: 'remove-entry', location: entry.location } }],
        }),
      );
    }
  }
  if (!body.complete) return findings;
  for (const key of family.required) {
    if (entryOf(body, key) !== null) continue;
    // A foreign key that stands for this one is reported (with its rename) already.
    if (
      Object.values(family.foreign).some((foreign) => foreign.insteadUse === key) &&
      body.entries.some((entry) => family.foreign[entry.key]?.insteadUse === key)
    )
      continue;
    const required = family.ranges[key]?.equals;
    const suggestions: Array<RequestSuggestion<L>> =
      required === undefined
        ? []
        : [
            {
              messageId: 'addKey',
              data: { key, value: JSON.stringify(required) },
              edit: { kind: 'insert-entry', location: body.location, key, value: required },
            },
          ];
    findings.push(
      context.finding({
        messageId: 'missingKey',
        data: { key, family: family.name },
        location: body.location,
        field: 'family',
        source: source(`required.${key}`),
        suggestions,
      }),
    );
  }
  return findings;
}

function ranges<L>(context: RequestJudgeContext<L>, family: RequestFamily, body: RequestObject<L>): Array<RequestFinding<L>> {
  const findings: Array<RequestFinding<L>> = [];
  for (const [path, range] of Object.entries(family.ranges)) {
    const entry = entryAt(body, path);
    if (entry && range.contains !== undefined) {
      const finding = textMissing(context, family, path, entry.value, range.contains);
      if (finding) findings.push(finding);
    }
    if (!entry || entry.value.kind !== 'literal' || entry.value.value === null) continue;
    const finding = outOfRange(context, family, path, entry.value.value, entry.value.location, range);
    if (finding) findings.push(finding);
  }
  return findings;
}

function outOfRange<L>(
  context: RequestJudgeContext<L>,
  family: RequestFamily,
  key: string,
  value: string | number | boolean,
  location: L,
  range: ValueRange,
): RequestFinding<L> | null {
  const source = familySource(family, `ranges.${key}`);
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const set = (to: string | number) => [
    {
      messageId: 'setValue',
      data: { key, value: typeof to === 'string' ? JSON.stringify(to) : String(to) },
      edit: { kind: 'replace-value' as const, location, value: to },
    },
  ];
  if (range.equals !== undefined && value !== range.equals) {
    return context.finding({
      messageId: 'notEqual',
      data: { key, expected: JSON.stringify(range.equals), value: shown },
      location,
      field: 'family',
      source,
      suggestions: set(range.equals),
    });
  }
  if (range.oneOf !== undefined && !range.oneOf.includes(value as string | number)) {
    const allowed = range.oneOf.map((item) => (typeof item === 'string' ? JSON.stringify(item) : String(item))).join(', ');
    return context.finding({ messageId: 'notOneOf', data: { key, value: shown, allowed }, location, field: 'family', source });
  }
  if (typeof value !== 'number') return null;
  const maximum = range.max === 'maxOutputTokens' ? context.model.capabilities.maxOutputTokens : (range.max ?? null);
  if (maximum !== null && value > maximum) {
    // The output limit is the model's fact, documented with the model rather than with the family.
    const field = range.max === 'maxOutputTokens' ? 'maxOutputTokens' : 'family';
    return context.finding({
      messageId: 'aboveMaximum',
      data: { key, value: shown, maximum: String(maximum) },
      location,
      field,
      source: field === 'family' ? source : null,
      suggestions: set(maximum),
    });
  }
  if (range.min !== undefined && value < range.min) {
    return context.finding({
      messageId: 'belowMinimum',
      data: { key, value: shown, minimum: String(range.min) },
      location,
      field: 'family',
      source,
      suggestions: set(range.min),
    });
  }
  return null;
}

// A text the value must contain: certain on a string literal; on a template, only a marker written without its
// leading whitespace is reported (as a warning: an interpolation might still hold the whole text).
function textMissing<L>(
  context: RequestJudgeContext<L>,
  family: RequestFamily,
  key: string,
  value: RequestValue<L>,
  needles: readonly string[],
): RequestFinding<L> | null {
  const source = familySource(family, `ranges.${key}`);
  if (value.kind === 'literal' && typeof value.value === 'string') {
    const missing = missingText(value.value, needles);
    if (missing === null) return null;
    const repaired = repairedText(value.value, needles);
    const suggestions: Array<RequestSuggestion<L>> =
      repaired === null
        ? []
        : [
            {
              messageId: 'setValue',
              data: { key, value: JSON.stringify(repaired) },
              edit: { kind: 'replace-value', location: value.location, value: repaired },
            },
          ];
    return context.finding({
      messageId: 'missingText',
      data: { key, expected: JSON.stringify(missing) },
      location: value.location,
      field: 'family',
      source,
      suggestions,
    });
  }
  if (value.kind !== 'unknown' || value.templateParts === undefined) return null;
  const miswritten = miswrittenInTemplate(value.templateParts, needles);
  if (miswritten === null) return null;
  const finding = context.finding({
    messageId: 'missingText',
    data: { key, expected: JSON.stringify(miswritten) },
    location: value.location,
    field: 'family',
    source,
  });
  return { ...finding, severity: 'warn' };
}

// The model's own constraints in native form: `temperature` with `top_p`, and `thinking.budget_tokens` against `max_tokens`.
function modelConstraints<L>(context: RequestJudgeContext<L>, body: RequestObject<L>): Array<RequestFinding<L>> {
  const findings: Array<RequestFinding<L>> = [];
  const { converse } = context.model.capabilities;
  const topP = entryOf(body, 'top_p');
  if (converse.temperatureTopPExclusive === true && sendsStatic(entryOf(body, 'temperature')) && sendsStatic(topP)) {
    findings.push(
      context.finding({
        messageId: 'temperatureWithTopP',
        data: {},
        location: topP.keyLocation,
        field: 'converse.temperatureTopPExclusive',
        suggestions: [{ messageId: 'removeKey', data: { key: 'top_p' }, edit: { kind: 'remove-entry', location: topP.location } }],
      }),
    );
  }
  const budget = numberOf(valueAt(body, 'thinking.budget_tokens'));
  const max = numberOf(valueAt(body, 'max_tokens'));
  if (converse.reasoning?.kind === 'budgeted' && budget && max && budget.value >= max.value) {
    findings.push(
      context.finding({
        messageId: 'budgetNotBelowMaxTokens',
        data: { budget: String(budget.value), maxTokens: String(max.value) },
        location: budget.location,
        field: 'converse.reasoning',
      }),
    );
  }
  return findings;
}

function familySource(family: RequestFamily, key: string): string | null {
  return sourceFor(family.sources, key) ?? family.sources[0]?.url ?? null;
}
