import { NO_REGION_UNAVAILABLE_MODEL_ID } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { judgeOccurrencesListeners } from '../util/report.js';

type Options = [];
type MessageIds = keyof typeof NO_REGION_UNAVAILABLE_MODEL_ID.messages;

export default createRule<MessageIds, Options>({
  name: NO_REGION_UNAVAILABLE_MODEL_ID.name,
  meta: {
    type: 'problem',
    // The description and messages are the rule's record in @bedrock-models/judge, shared with the bedrock-models CLI.
    docs: { description: NO_REGION_UNAVAILABLE_MODEL_ID.description },
    messages: NO_REGION_UNAVAILABLE_MODEL_ID.messages,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    return judgeOccurrencesListeners(context, NO_REGION_UNAVAILABLE_MODEL_ID.name);
  },
});
