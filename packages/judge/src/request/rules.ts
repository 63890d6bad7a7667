import type { RuleRecord } from '../rules.js';
import type { RequestRuleName } from './types.js';

/** A request rule's record: a {@link RuleRecord} whose findings never depend on the region. */
export interface RequestRuleRecord extends RuleRecord {
  name: RequestRuleName;
  regionDependent: false;
}

// Every message names the fact and where it is documented (`{{source}}`: a public AWS page).

/** `no-unsupported-model-operation`. */
export const OPERATION_MESSAGES = {
  operationNotServed: "'{{model}}' is not served by {{operation}}; it is served by {{served}}. Documented at {{source}}.",
  asyncOnly: "'{{model}}' is served only asynchronously: {{operation}} rejects it; call StartAsyncInvoke. Documented at {{source}}.",
  notOnRuntime: "'{{model}}' is served by bedrock-mantle ({{apis}}), not by bedrock-runtime: {{operation}} rejects the model ID. Documented at {{source}}.",
  notOnMantle: "'{{model}}' is not served by bedrock-mantle; call it through bedrock-runtime. Documented at {{source}}.",
  mantleApiNotServed: "bedrock-mantle serves '{{model}}' through {{apis}}, not through the {{api}} API. Documented at {{source}}.",
  mantleBasePath:
    "bedrock-mantle serves '{{model}}' under {{path}}, not under {{written}}: a base URL with the wrong path is rejected with a 400 that names the model. Documented at {{source}}.",
  useBaseUrl: "Use the base URL '{{url}}'.",
} as const;

/** `no-unsupported-model-feature`. */
export const FEATURE_MESSAGES = {
  toolUse: "'{{model}}' does not support tool use: Converse rejects `toolConfig`. Documented at {{source}}.",
  toolUseStreaming:
    "'{{model}}' does not support tool use while streaming: ConverseStream rejects `toolConfig`; call Converse for tool use. Documented at {{source}}.",
  toolChoice: "'{{model}}' does not support `toolChoice`. Documented at {{source}}.",
  systemPrompt: "'{{model}}' does not support system prompts: Converse rejects `system`. Documented at {{source}}.",
  contentBlock: "'{{model}}' does not accept {{block}} content blocks. Documented at {{source}}.",
  imageInToolResult: "'{{model}}' does not accept images inside tool results. Documented at {{source}}.",
  promptCaching: "'{{model}}' does not support prompt caching: Converse rejects `cachePoint`. Documented at {{source}}.",
  reasoning: "'{{model}}' takes no reasoning configuration: `{{key}}` is rejected. Documented at {{source}}.",
  adaptiveOnly: "'{{model}}' sets its own reasoning budget: thinking type '{{value}}' is rejected; use 'adaptive'. Documented at {{source}}.",
  imageFormat: "Converse does not take the image format '{{format}}'; it takes {{formats}}. Documented at {{source}}.",
  imageFormatMismatch:
    "The image is declared '{{format}}' but its bytes are read from '{{file}}', a {{fileFormat}} file: Bedrock rejects an image whose bytes do not match its format. Documented at {{source}}.",
  removeFeature: 'Remove `{{key}}`.',
  useAdaptive: "Use thinking type 'adaptive'.",
  useFormat: "Write the format as '{{format}}'.",
} as const;

/** `valid-inference-parameters`. */
export const PARAMETER_MESSAGES = {
  maxTokensAboveLimit: "`{{key}}` is {{value}}, above the output limit of '{{model}}' ({{limit}} tokens). Documented at {{source}}.",
  temperatureWithTopP: "'{{model}}' rejects `temperature` and `{{key}}` in one request; send one of them. Documented at {{source}}.",
  budgetNotBelowMaxTokens: 'The thinking budget ({{budget}}) must be below the maximum output tokens ({{maxTokens}}). Documented at {{source}}.',
  budgetBelowMinimum: "The thinking budget ({{budget}}) is below the minimum of '{{model}}' ({{minimum}} tokens). Documented at {{source}}.",
  clampMaxTokens: 'Set `{{key}}` to {{limit}}.',
  dropTopP: 'Remove `{{key}}`.',
  raiseBudget: 'Set the thinking budget to {{minimum}}.',
} as const;

/** `valid-invoke-model-body`. */
export const BODY_MESSAGES = {
  missingKey: "The {{family}} body of '{{model}}' needs `{{key}}`. Documented at {{source}}.",
  foreignKey: "`{{key}}` belongs to {{belongsTo}}, not to the {{family}} body of '{{model}}'. Documented at {{source}}.",
  foreignKeyRename: "`{{key}}` belongs to {{belongsTo}}; the {{family}} body of '{{model}}' takes `{{insteadUse}}`. Documented at {{source}}.",
  extraneousKey: "The {{family}} body of '{{model}}' does not take `{{key}}`; Bedrock rejects it as an extraneous key. Documented at {{source}}.",
  aboveMaximum: "`{{key}}` is {{value}}, above the maximum of {{maximum}} for '{{model}}'. Documented at {{source}}.",
  belowMinimum: "`{{key}}` is {{value}}, below the minimum of {{minimum}} for '{{model}}'. Documented at {{source}}.",
  notOneOf: "`{{key}}` is {{value}}; '{{model}}' accepts {{allowed}}. Documented at {{source}}.",
  notEqual: "`{{key}}` must be {{expected}} for '{{model}}', not {{value}}. Documented at {{source}}.",
  budgetNotBelowMaxTokens: 'The thinking budget ({{budget}}) must be below `max_tokens` ({{maxTokens}}). Documented at {{source}}.',
  temperatureWithTopP: "'{{model}}' rejects `temperature` and `top_p` in one request; send one of them. Documented at {{source}}.",
  missingText: "`{{key}}` must contain {{expected}} for '{{model}}', and the text written here does not. Documented at {{source}}.",
  contentBlockForeignKey:
    "`{{key}}` in {{path}} belongs to {{belongsTo}}; a content block of the {{family}} body of '{{model}}' does not take it. Documented at {{source}}.",
  contentBlockExtraneousKey:
    "`{{key}}` in {{path}}: a content block of the {{family}} body of '{{model}}' does not take it; Bedrock rejects it as an extraneous key. Documented at {{source}}.",
  contentBlockMissingKey: "{{path}}: a content block of the {{family}} body of '{{model}}' needs `{{key}}`. Documented at {{source}}.",
  renameKey: 'Rename `{{key}}` to `{{insteadUse}}`.',
  removeKey: 'Remove `{{key}}`.',
  setValue: 'Set `{{key}}` to {{value}}.',
  addKey: 'Add `{{key}}: {{value}}`.',
} as const;

/** One record per request rule, for the rule tables of the plugin and the CLI. */
export const REQUEST_RULES: Readonly<Record<RequestRuleName, RequestRuleRecord>> = {
  'no-unsupported-model-operation': {
    name: 'no-unsupported-model-operation',
    description: 'Disallow calling a Bedrock model through an operation or endpoint that does not serve it',
    messages: OPERATION_MESSAGES,
    recommended: 'error',
    regionDependent: false,
  },
  'no-unsupported-model-feature': {
    name: 'no-unsupported-model-feature',
    description: 'Disallow Converse request features that the Bedrock model does not support',
    messages: FEATURE_MESSAGES,
    // AWS adds features to models without a new model ID, so a feature fact can go stale before the data does.
    recommended: 'warn',
    regionDependent: false,
  },
  'valid-inference-parameters': {
    name: 'valid-inference-parameters',
    description: 'Enforce inference parameters within what the Bedrock model accepts',
    messages: PARAMETER_MESSAGES,
    recommended: 'error',
    regionDependent: false,
  },
  'valid-invoke-model-body': {
    name: 'valid-invoke-model-body',
    description: "Enforce InvokeModel request bodies that match the Bedrock model family's native request",
    messages: BODY_MESSAGES,
    recommended: 'error',
    regionDependent: false,
  },
};

/** The request rules in the order the configs list them (after the ID rules). */
export const REQUEST_RULE_NAMES: readonly RequestRuleName[] = [
  'no-unsupported-model-operation',
  'no-unsupported-model-feature',
  'valid-inference-parameters',
  'valid-invoke-model-body',
];

/** The request rules' records, in that order: what the plugin's configs, the CLI and the docs tables read. */
export const REQUEST_RULE_RECORDS: readonly RequestRuleRecord[] = REQUEST_RULE_NAMES.map((name) => REQUEST_RULES[name]);
