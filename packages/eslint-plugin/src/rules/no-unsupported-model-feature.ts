import { FEATURE_MESSAGES, judgeFeatures, REQUEST_RULES } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { requestReporter } from '../util/request-report.js';
import { requestListeners } from '../util/requests.js';

type MessageIds = keyof typeof FEATURE_MESSAGES;

export default createRule<MessageIds, []>({
  name: 'no-unsupported-model-feature',
  meta: {
    type: 'problem',
    docs: {
      description: REQUEST_RULES['no-unsupported-model-feature'].description,
    },
    // The texts live in the judgement package, shared with the bedrock-models CLI.
    messages: FEATURE_MESSAGES,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = requestReporter(context);
    return requestListeners(context, (occurrence, { catalog, capabilities }) => {
      for (const finding of judgeFeatures(catalog, capabilities, occurrence)) report(finding);
    });
  },
});
