import { judgeLifecycle, rewriteReference, type LifecycleFinding } from '@bedrock-models/catalog';
import { createRule } from '../util/create-rule.js';
import { quotedAlternatives } from '../util/format.js';
import { referenceListeners } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [{ warnDaysBeforeEndOfLife?: number }];
type MessageIds = 'legacy' | 'pastEndOfLife' | 'retired' | 'endOfLifeSoon' | 'replaceWith';

// " in us-east-1" when the record judged is one region's.
function where(finding: LifecycleFinding): string {
  return finding.region === null ? '' : ` in ${finding.region}`;
}

// " Use 'a' instead." / " Use 'a' or 'b' instead."
function instead(replacements: readonly string[]): string {
  return replacements.length > 0 ? ` Use ${quotedAlternatives(replacements)} instead.` : '';
}

// The dates still ahead of a LEGACY model: public extended access (higher prices), end of life.
function schedule(finding: LifecycleFinding): string {
  const parts: string[] = [];
  if (finding.extendedAccess !== null && finding.extendedAccess > finding.date) parts.push(`extended access (possibly at higher prices) from ${finding.extendedAccess}`);
  else if (finding.extendedAccess !== null) parts.push(`in extended access (possibly at higher prices) since ${finding.extendedAccess}`);
  if (finding.endOfLife !== null) parts.push(`end of life ${finding.endOfLife} (${finding.daysToEndOfLife} days after ${finding.date})`);
  return parts.length > 0 ? ` ${capitalize(parts.join('; '))}.` : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The message and placeholders for each stage.
function describe(finding: LifecycleFinding, replacements: readonly string[]): { messageId: Exclude<MessageIds, 'replaceWith'>; data: Record<string, string> } {
  const base = { id: finding.id, where: where(finding), instead: instead(replacements) };
  switch (finding.stage) {
    case 'LEGACY':
      return { messageId: 'legacy', data: { ...base, since: finding.legacy === null ? '' : ` since ${finding.legacy}`, schedule: schedule(finding) } };
    case 'PAST_END_OF_LIFE':
      return { messageId: 'pastEndOfLife', data: { ...base, endOfLife: finding.endOfLife ?? '' } };
    case 'RETIRED':
      return { messageId: 'retired', data: { ...base, lastSeen: finding.lastSeen === null ? '' : ` (last listed ${finding.lastSeen})` } };
    case 'END_OF_LIFE_SOON':
      return { messageId: 'endOfLifeSoon', data: { ...base, endOfLife: finding.endOfLife ?? '', days: String(finding.daysToEndOfLife ?? ''), date: finding.date } };
  }
}

export default createRule<MessageIds, Options>({
  name: 'no-deprecated-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Bedrock model IDs that are LEGACY, past their end of life or retired',
    },
    messages: {
      legacy:
        "'{{id}}' is a LEGACY model{{where}}{{since}}: new accounts cannot use it, and AWS cuts off an account's access after a period without use.{{schedule}}{{instead}}",
      pastEndOfLife: "'{{id}}' reached its end of life{{where}} on {{endOfLife}}: requests fail with 'This model version has reached the end of its life'.{{instead}}",
      retired: "'{{id}}' is retired: Bedrock no longer offers it{{lastSeen}}.{{instead}}",
      endOfLifeSoon: "'{{id}}' reaches its end of life{{where}} on {{endOfLife}}, {{days}} days after {{date}}.{{instead}}",
      replaceWith: "Replace with '{{replacement}}'.",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          warnDaysBeforeEndOfLife: {
            type: 'integer',
            minimum: 0,
            description: 'Also report ACTIVE models whose announced end of life is at most this many days away.',
          },
        },
      },
    ],
    hasSuggestions: true,
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const report = reporter(context);
    return referenceListeners(context, (reference, settings) => {
      if (reference.string.typed) return;
      const finding = judgeLifecycle(
        settings.catalog,
        { value: reference.id, regions: reference.regions, regionSource: reference.regionSource ?? undefined, onDemand: reference.onDemand },
        { date: settings.today, ...(options.warnDaysBeforeEndOfLife === undefined ? {} : { warnDaysBeforeEndOfLife: options.warnDaysBeforeEndOfLife }) },
      );
      if (!finding) return;
      let replacements = present(finding.replacements.map((id) => rewriteReference(reference.id, id)));
      // A foundation-model ARN cannot become a profile ARN (no account): it keeps naming the replacement model.
      const model = settings.catalog.replacementFor(finding.id);
      if (replacements.length === 0 && model !== null) replacements = present([rewriteReference(reference.id, model)]);
      const { messageId, data } = describe(finding, replacements);
      report({
        node: reference.node,
        messageId,
        data,
        suggest: present(replacements.map((replacement) => replaceSuggestion(context, reference, replacement, 'replaceWith', { replacement }))),
      });
    });
  },
});
