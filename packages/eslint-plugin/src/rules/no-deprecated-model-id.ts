import { NO_DEPRECATED_MODEL_ID } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { judgeOccurrencesListeners } from '../util/report.js';

type Options = [{ warnDaysBeforeEndOfLife?: number }];
type MessageIds = keyof typeof NO_DEPRECATED_MODEL_ID.messages;

export default createRule<MessageIds, Options>({
  name: NO_DEPRECATED_MODEL_ID.name,
  meta: {
    type: 'problem',
    // The description and messages are the rule's record in @bedrock-models/judge, shared with the bedrock-models CLI.
    docs: { description: NO_DEPRECATED_MODEL_ID.description },
    messages: NO_DEPRECATED_MODEL_ID.messages,
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
    return judgeOccurrencesListeners(context, NO_DEPRECATED_MODEL_ID.name, options);
  },
});
