import { OPERATION_MESSAGES, judgeOperation, REQUEST_RULES } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { requestReporter } from '../util/request-report.js';
import { requestListeners } from '../util/requests.js';

type MessageIds = keyof typeof OPERATION_MESSAGES;

export default createRule<MessageIds, []>({
  name: 'no-unsupported-model-operation',
  meta: {
    type: 'problem',
    docs: {
      description: REQUEST_RULES['no-unsupported-model-operation'].description,
    },
    // The texts live in the judgement package, shared with the bedrock-models CLI.
    messages: OPERATION_MESSAGES,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = requestReporter(context);
    return requestListeners(context, (occurrence, { catalog, capabilities }) => {
      for (const finding of judgeOperation(catalog, capabilities, occurrence)) report(finding);
    });
  },
});
