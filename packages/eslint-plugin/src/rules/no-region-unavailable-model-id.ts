import { parseBedrockArn } from '@bedrock-models/catalog';
import { describeRegionGroup, groupRegionFindings, judgeRegions, REGION_MESSAGES, RULE_DESCRIPTIONS } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { referenceListeners, type Reference } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [];
type MessageIds = keyof typeof REGION_MESSAGES;

// Only a region stated by the code judges a value read from another module's types; the rest is judged where it is written.
// With no region known, an ARN written here is judged in the region it names itself.
function judged(reference: Reference): boolean {
  if (reference.regionSource === null) return !reference.string.typed && Boolean(parseBedrockArn(reference.id)?.region);
  return !reference.string.typed || reference.regionSource === 'code';
}

export default createRule<MessageIds, Options>({
  name: 'no-region-unavailable-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: RULE_DESCRIPTIONS['no-region-unavailable-model-id'],
    },
    // The texts live in the catalog package, shared with the bedrock-models CLI.
    messages: REGION_MESSAGES,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = reporter(context);
    return referenceListeners(context, (reference, settings) => {
      if (!judged(reference)) return;
      const findings = judgeRegions(settings.catalog, {
        value: reference.id,
        regions: reference.regions,
        regionSource: reference.regionSource ?? undefined,
        onDemand: reference.onDemand,
      });
      for (const item of groupRegionFindings(findings)) {
        const { messageId, data } = describeRegionGroup(item);
        report({
          node: reference.node,
          messageId,
          data,
          suggest: present(item.suggestions.map((replacement) => replaceSuggestion(context, reference, replacement, 'replaceWith', { replacement }))),
        });
      }
    });
  },
});
