import { judgeKnown, rewriteReference, type UnknownFinding, type UnknownReason } from '@bedrock-models/catalog';
import { createRule } from '../util/create-rule.js';
import { quotedAlternatives } from '../util/format.js';
import { referenceListeners } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [{ allow?: string[] }];
type MessageIds = 'unknownId' | 'anthropicApiName' | 'vertexName' | 'regionInId' | 'noSuchProfile' | 'contextVariant' | 'replaceWith';

const MESSAGE_OF: Record<UnknownReason, Exclude<MessageIds, 'replaceWith'>> = {
  unknown: 'unknownId',
  'anthropic-api-name': 'anthropicApiName',
  'vertex-name': 'vertexName',
  'region-in-id': 'regionInId',
  'no-such-profile': 'noSuchProfile',
  'context-variant': 'contextVariant',
};

// " Did you mean 'a' or 'b'?" for the message; empty without candidates.
function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${quotedAlternatives(suggestions)}?` : '';
}

// The placeholders of each message.
function dataOf(finding: UnknownFinding, catalogDate: string): Record<string, string> {
  switch (finding.reason) {
    case 'no-such-profile':
      return {
        id: finding.value,
        geo: finding.geo ?? '',
        modelId: finding.modelId ?? '',
        available: finding.suggestions[0] === finding.modelId ? ' Call the model ID itself.' : ` Its profiles: ${quotedAlternatives(finding.suggestions)}.`,
      };
    case 'context-variant':
      return { id: finding.value, variant: finding.variant ?? '', modelId: finding.modelId ?? '' };
    default:
      return { id: finding.value, catalogDate, didYouMean: didYouMean(finding.suggestions) };
  }
}

export default createRule<MessageIds, Options>({
  name: 'no-unknown-model-id',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Bedrock model IDs, inference profile IDs and model ARNs that the catalog does not know',
    },
    messages: {
      unknownId: "Unknown Bedrock model ID '{{id}}': the catalog ({{catalogDate}}) has no model, inference profile or retired model of that name.{{didYouMean}}",
      anthropicApiName: "'{{id}}' is an Anthropic API model name; Bedrock calls need a Bedrock model ID.{{didYouMean}}",
      vertexName: "'{{id}}' is a Vertex AI model name (name@date); Bedrock model IDs are written differently.{{didYouMean}}",
      regionInId: "'{{id}}' puts a region in front of the model ID; give the region to the client and the model ID alone.{{didYouMean}}",
      noSuchProfile: "There is no '{{geo}}.' inference profile for '{{modelId}}'.{{available}}",
      contextVariant:
        "'{{id}}' is a Provisioned Throughput context variant ({{variant}}): on-demand calls reject it. Call '{{modelId}}', or the ARN of a provisioned model.",
      replaceWith: "Replace with '{{replacement}}'.",
    },
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
        messageId: MESSAGE_OF[finding.reason],
        data: dataOf(finding, settings.catalog.date),
        suggest: present(suggestions),
      });
    });
  },
});
