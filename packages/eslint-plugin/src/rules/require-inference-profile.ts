import { REQUIRE_INFERENCE_PROFILE } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { judgeOccurrencesListeners } from '../util/report.js';

type Options = [{ autofixInGeoProfile?: boolean }];
type MessageIds = keyof typeof REQUIRE_INFERENCE_PROFILE.messages;

export default createRule<MessageIds, Options>({
  name: REQUIRE_INFERENCE_PROFILE.name,
  meta: {
    type: 'problem',
    // The description and messages are the rule's record in @bedrock-models/judge, shared with the bedrock-models CLI.
    docs: { description: REQUIRE_INFERENCE_PROFILE.description },
    messages: REQUIRE_INFERENCE_PROFILE.messages,
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
    return judgeOccurrencesListeners(context, REQUIRE_INFERENCE_PROFILE.name, options);
  },
});
