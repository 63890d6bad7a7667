import { PARAMETER_MESSAGES, judgeInferenceParameters, REQUEST_RULES } from '@bedrock-models/judge';
import { createRule } from '../util/create-rule.js';
import { requestReporter } from '../util/request-report.js';
import { requestListeners } from '../util/requests.js';

type MessageIds = keyof typeof PARAMETER_MESSAGES;

export default createRule<MessageIds, []>({
  name: 'valid-inference-parameters',
  meta: {
    type: 'problem',
    docs: {
      description: REQUEST_RULES['valid-inference-parameters'].description,
    },
    // The texts live in the judgement package, shared with the bedrock-models CLI.
    messages: PARAMETER_MESSAGES,
    schema: [],
    hasSuggestions: true,
  },
  defaultOptions: [],
  create(context) {
    const report = requestReporter(context);
    return requestListeners(context, (occurrence, { catalog, capabilities }) => {
      for (const finding of judgeInferenceParameters(catalog, capabilities, occurrence)) report(finding);
    });
  },
});
