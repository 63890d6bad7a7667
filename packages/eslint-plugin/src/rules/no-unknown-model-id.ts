import { NO_UNKNOWN_MODEL_ID } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { judgeOccurrencesListeners } from '../util/report.js';

type Options = [{ allow?: string[] }];
type MessageIds = keyof typeof NO_UNKNOWN_MODEL_ID.messages;

export default createRule<MessageIds, Options>({
  name: NO_UNKNOWN_MODEL_ID.name,
  meta: {
    type: 'problem',
    // The description and messages are the rule's record in @bedrock-models/judge, shared with the bedrock-models CLI.
    docs: { description: NO_UNKNOWN_MODEL_ID.description },
    messages: NO_UNKNOWN_MODEL_ID.messages,
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
    return judgeOccurrencesListeners(context, NO_UNKNOWN_MODEL_ID.name, options.allow ? { allow: options.allow } : {});
  },
});
