import { describeLifecycle, judgeLifecycle, LIFECYCLE_MESSAGES, lifecycleReplacements, RULE_DESCRIPTIONS } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { referenceListeners } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [{ warnDaysBeforeEndOfLife?: number }];
type MessageIds = keyof typeof LIFECYCLE_MESSAGES;

export default createRule<MessageIds, Options>({
  name: 'no-deprecated-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: RULE_DESCRIPTIONS['no-deprecated-model-id'],
    },
    // The texts live in the catalog package, shared with the bedrock-models CLI.
    messages: LIFECYCLE_MESSAGES,
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
      const replacements = lifecycleReplacements(settings.catalog, reference.id, finding);
      const { messageId, data } = describeLifecycle(finding, replacements);
      report({
        node: reference.node,
        messageId,
        data,
        suggest: present(replacements.map((replacement) => replaceSuggestion(context, reference, replacement, 'replaceWith', { replacement }))),
      });
    });
  },
});
