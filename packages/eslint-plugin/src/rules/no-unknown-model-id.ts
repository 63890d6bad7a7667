import { describeUnknown, judgeKnown, rewriteReference, RULE_DESCRIPTIONS, UNKNOWN_MESSAGES } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { referenceListeners } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [{ allow?: string[] }];
type MessageIds = keyof typeof UNKNOWN_MESSAGES;

export default createRule<MessageIds, Options>({
  name: 'no-unknown-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: RULE_DESCRIPTIONS['no-unknown-model-id'],
    },
    // The texts live in the catalog package, shared with the bedrock-models CLI.
    messages: UNKNOWN_MESSAGES,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: "IDs to accept although the catalog does not list them (new or private models); added to settings['bedrock-models'].allow.",
          },
        },
      },
    ],
    hasSuggestions: true,
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const report = reporter(context);
    let allow: ReadonlySet<string> | undefined;
    return referenceListeners(context, (reference, settings) => {
      // A value read from another module's types is judged where it is written.
      if (reference.string.typed) return;
      allow ??= new Set([...settings.allow, ...(options.allow ?? [])]);
      const finding = judgeKnown(settings.catalog, { value: reference.id, onDemand: reference.onDemand, regions: reference.regions }, { allow });
      // A string only shaped like an ID (`anthropic.claude-foo`) may be anything else: unknown ones are not reported.
      if (!finding || (reference.strength === 'weak' && finding.reason === 'unknown')) return;
      const suggestions = finding.suggestions.map((id) => {
        const replacement = rewriteReference(reference.id, id);
        return replacement === null ? null : replaceSuggestion(context, reference, replacement, 'replaceWith', { replacement });
      });
      report({
        node: reference.node,
        ...describeUnknown(finding, settings.catalog.date),
        suggest: present(suggestions),
      });
    });
  },
});
