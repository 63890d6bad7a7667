import { parseBedrockArn } from '@bedrock-models/catalog';
import { describeNeedsProfile, judgeInvocation, PROFILE_MESSAGES, rewriteReference, routing, RULE_DESCRIPTIONS, type ProfileChoice } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { referenceListeners, replaceId, type Reference } from '../util/references.js';
import { present, replaceSuggestion, reporter } from '../util/report.js';

type Options = [{ autofixInGeoProfile?: boolean }];
type MessageIds = keyof typeof PROFILE_MESSAGES;

// Only a region stated by the code judges a value read from another module's types; the rest is judged where it is written.
// With no region known, an ARN written here is judged in the region it names itself.
function judged(reference: Reference): boolean {
  if (reference.regionSource === null) return !reference.string.typed && Boolean(parseBedrockArn(reference.id)?.region);
  return !reference.string.typed || reference.regionSource === 'code';
}

// The one profile that keeps requests in the caller's geography, when there is exactly one.
function singleInGeo(profiles: readonly ProfileChoice[]): ProfileChoice | null {
  const inGeo = profiles.filter((profile) => profile.inGeo);
  return inGeo.length === 1 ? inGeo[0]! : null;
}

export default createRule<MessageIds, Options>({
  name: 'require-inference-profile',
  meta: {
    type: 'problem',
    docs: {
      description: RULE_DESCRIPTIONS['require-inference-profile'],
    },
    // The texts live in the catalog package, shared with the bedrock-models CLI.
    messages: PROFILE_MESSAGES,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          autofixInGeoProfile: {
            type: 'boolean',
            description:
              "Fix automatically (eslint --fix) when exactly one profile in the call's own geography reaches the model. Off by default: a profile routes requests to other regions.",
          },
        },
      },
    ],
    fixable: 'code',
    hasSuggestions: true,
  },
  defaultOptions: [{ autofixInGeoProfile: false }],
  create(context, [options]) {
    const report = reporter(context);
    return referenceListeners(context, (reference, settings) => {
      if (!judged(reference)) return;
      const findings = judgeInvocation(settings.catalog, {
        value: reference.id,
        regions: reference.regions,
        regionSource: reference.regionSource ?? undefined,
        onDemand: reference.onDemand,
      });
      for (const finding of findings) {
        const choices = finding.profiles
          // A foundation-model ARN has no account to build a profile ARN from: the profile ID itself works in its place.
          .map((profile) => ({ profile, value: rewriteReference(reference.id, profile.id) ?? profile.id }))
          .filter((choice): choice is { profile: ProfileChoice; value: string } => choice.value !== null);
        const single = options.autofixInGeoProfile === true && reference.regions.length === 1 ? singleInGeo(finding.profiles) : null;
        const fixValue = single ? (rewriteReference(reference.id, single.id) ?? single.id) : null;
        const edit = fixValue === null ? null : replaceId(context.sourceCode, reference, fixValue);
        report({
          node: reference.node,
          ...describeNeedsProfile(finding),
          ...(edit ? { fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) } : {}),
          suggest: present(
            choices.map(({ profile, value }) => replaceSuggestion(context, reference, value, 'useProfile', { profile: value, routing: routing(profile.destinations) })),
          ),
        });
      }
    });
  },
});
