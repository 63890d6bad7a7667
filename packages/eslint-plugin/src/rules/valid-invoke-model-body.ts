import { BODY_MESSAGES, judgeInvokeModelBody, REQUEST_RULES } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { requestReporter } from '../util/request-report.js';
import { requestListeners } from '../util/requests.js';

type MessageIds = keyof typeof BODY_MESSAGES;

export default createRule<MessageIds, []>({
  name: 'valid-invoke-model-body',
  meta: {
    type: 'problem',
    docs: {
      description: REQUEST_RULES['valid-invoke-model-body'].description,
    },
    // The texts live in the judgement package, shared with the bedrock-models CLI.
    messages: BODY_MESSAGES,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = requestReporter(context);
    return requestListeners(context, (occurrence, { catalog, capabilities }) => {
      for (const finding of judgeInvokeModelBody(catalog, capabilities, occurrence)) report(finding);
    });
  },
});
