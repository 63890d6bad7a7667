import type { BedrockCatalog } from '@bedrock-models/catalog';
import { withApplicationProfiles, type CapabilityLookup, type RequestEntry, type RequestOccurrence, type RequestOperation } from '@bedrock-models/judge';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCapabilities } from './capabilities.js';
import { requestValue, stringifiedBody, type NodeValue } from './request-tree.js';
import { Resolver, unwrap } from './resolve.js';
import { fileListeners } from './file-analysis.js';
import { openAiClientCall } from './openai-clients.js';
import { AI_SDK_CALLS, COMMANDS, METHODS, WRAPPERS } from './request-callees.js';
import { calleeName, calleeOrigin, matchModelCall, propertyValue, type FileFacts } from './call-shapes.js';

/** A request found in a file, with AST nodes as its locations. */
export type NodeOccurrence = RequestOccurrence<TSESTree.Node>;

/** What the request rules judge with. */
export interface RequestEnvironment {
  catalog: BedrockCatalog;
  capabilities: CapabilityLookup;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

const AI_SDK_OPTIONS = { maxOutputTokens: 'maxTokens', temperature: 'temperature', topP: 'topP' } as const;
const AI_SDK_SOURCE = /^ai$|^@ai-sdk\//;
const NO_FACTS: FileFacts = { anthropicBedrockClients: [], otherAnthropicClients: true };

/**
 * The listeners the request rules register. The file's one traversal collects the calls for all rules
 * (`file-analysis.ts`), and each call's request is parsed once per file, for the first request rule to ask.
 * Silent when no capabilities data is configured.
 */
export function requestListeners(context: Context, onOccurrence: (occurrence: NodeOccurrence, environment: RequestEnvironment) => void): TSESLint.RuleListener {
  const capabilities = getCapabilities(context.settings);
  if (!capabilities) return {};
  return fileListeners(context, (analysis) => {
    const { requestCalls, localCalls, openAiFactories } = analysis.collected;
    // provider('…') of an OpenAI-compatible provider is a request only where the file creates one.
    const calls = openAiFactories ? [...requestCalls, ...localCalls] : requestCalls;
    const occurrences = (analysis.requests ??= analyze(calls, context.sourceCode)) as NodeOccurrence[];
    if (occurrences.length === 0) return;
    const environment: RequestEnvironment = {
      catalog: analysis.settings.catalog,
      capabilities: withApplicationProfiles(capabilities, analysis.settings.applicationProfiles),
    };
    for (const occurrence of occurrences) onOccurrence(occurrence, environment);
  });
}

function analyze(calls: readonly Call[], sourceCode: Context['sourceCode']): NodeOccurrence[] {
  if (calls.length === 0) return [];
  const resolver = new Resolver(sourceCode);
  return calls.flatMap((call) => occurrencesOf(call, resolver));
}

/**
 * Whether a call is one the request rules judge as an AWS SDK bedrock-runtime operation (`new ConverseCommand(…)`,
 * `runtime.converse(…)`), for the ID rules to know which calls `no-unsupported-model-operation` speaks for.
 */
export function isSdkOperationCall(call: Call): boolean {
  const name = calleeName(call.callee);
  if (name === null) return false;
  return call.type === 'NewExpression' ? Object.hasOwn(COMMANDS, name) : Object.hasOwn(METHODS, name);
}

function occurrencesOf(call: Call, resolver: Resolver): NodeOccurrence[] {
  const name = calleeName(call.callee) ?? '';
  if (call.type === 'NewExpression') {
    if (Object.hasOwn(COMMANDS, name)) return sdkCall(call, COMMANDS[name]!, resolver);
    if (Object.hasOwn(WRAPPERS, name)) return wrapperConstruction(call, WRAPPERS[name]!, resolver);
    return openAiClientCall(call, resolver, (node) => models(node, resolver));
  }
  if (Object.hasOwn(METHODS, name)) return sdkCall(call, METHODS[name]!, resolver);
  if (Object.hasOwn(AI_SDK_CALLS, name)) return aiSdkCall(call, AI_SDK_CALLS[name]!, resolver);
  return openAiClientCall(call, resolver, (node) => models(node, resolver));
}

// The SDK's own request: `new ConverseCommand(input)`, `runtime.converse(input)`; the input inline or a const.
function sdkCall(call: Call, operation: RequestOperation, resolver: Resolver): NodeOccurrence[] {
  const modelCall = matchModelCall(call, resolver, NO_FACTS);
  const modelNode = modelCall?.models[0];
  const input = call.arguments[0];
  if (!modelNode || !input || input.type === 'SpreadElement') return [];
  let request: NodeValue | null = requestValue(input, resolver);
  if (operation === 'InvokeModel' || operation === 'InvokeModelWithResponseStream') {
    const body = propertyValue(input, 'body', resolver);
    request = body ? stringifiedBody(body, resolver) : null;
  } else if (operation === 'StartAsyncInvoke' || operation === 'CountTokens') {
    request = null;
  }
  return models(modelNode, resolver).map((model) => ({ ...model, location: call, operation, endpoint: 'bedrock-runtime', via: 'sdk', request }));
}

// new ChatBedrockConverse({ model: '…', maxTokens: 8192 }): the options that are Converse's, as its inferenceConfig.
function wrapperConstruction(call: TSESTree.NewExpression, options: Readonly<Record<string, string>>, resolver: Resolver): NodeOccurrence[] {
  const modelCall = matchModelCall(call, resolver, NO_FACTS);
  const modelNode = modelCall?.models[0];
  const argument = call.arguments[0];
  if (!modelNode || !argument || argument.type === 'SpreadElement') return [];
  const request = mappedRequest(requestValue(argument, resolver), options);
  return models(modelNode, resolver).map((model) => ({
    ...model,
    location: call,
    operation: 'Converse',
    endpoint: 'bedrock-runtime',
    via: 'wrapper',
    request,
  }));
}

// generateText({ model: bedrock('…'), maxOutputTokens: 8192 }), with the model a call of an AI SDK Bedrock provider (or a const of one).
function aiSdkCall(call: TSESTree.CallExpression, operation: RequestOperation, resolver: Resolver): NodeOccurrence[] {
  const origin = calleeOrigin(call.callee, resolver);
  if (origin.kind === 'local' || (origin.kind === 'import' && !AI_SDK_SOURCE.test(origin.source))) return [];
  const argument = call.arguments[0];
  if (!argument || argument.type === 'SpreadElement') return [];
  const modelOption = propertyValue(argument, 'model', resolver);
  const provider = modelOption ? providerCall(modelOption, resolver) : null;
  const modelCall = provider ? matchModelCall(provider, resolver, NO_FACTS) : null;
  const modelNode = modelCall && calleeName(provider!.callee) !== 'initChatModel' ? modelCall.models[0] : undefined;
  if (!modelNode) return [];
  const request = mappedRequest(requestValue(argument, resolver), AI_SDK_OPTIONS);
  return models(modelNode, resolver).map((model) => ({ ...model, location: call, operation, endpoint: 'bedrock-runtime', via: 'wrapper', request }));
}

function providerCall(node: TSESTree.Node, resolver: Resolver): TSESTree.CallExpression | null {
  const inner = unwrap(node);
  if (inner.type === 'CallExpression') return inner;
  if (inner.type !== 'Identifier') return null;
  const [value, ...others] = resolver.bindingValues(inner);
  const init = value && others.length === 0 ? unwrap(value) : null;
  return init?.type === 'CallExpression' ? init : null;
}

// The model IDs an expression may be; each is certain only when it is the one value.
function models(node: TSESTree.Node, resolver: Resolver): Array<Pick<NodeOccurrence, 'modelId' | 'modelLocation' | 'modelCertain'>> {
  const strings = resolver.strings(node).filter((string) => !string.typed);
  const unique = [...new Map(strings.map((string) => [string.value, string])).values()];
  return unique.map((string) => ({ modelId: string.value, modelLocation: string.node, modelCertain: unique.length === 1 }));
}

// A wrapper's options as a Converse request: `{ inferenceConfig: { maxTokens: <the maxOutputTokens option> } }`.
function mappedRequest(options: NodeValue, names: Readonly<Record<string, string>>): NodeValue | null {
  if (options.kind !== 'object') return null;
  const entries: Array<RequestEntry<TSESTree.Node>> = options.entries
    .filter((entry) => Object.hasOwn(names, entry.key))
    .map((entry) => ({ ...entry, key: names[entry.key]!, writtenKey: entry.key }));
  const config: NodeValue = { kind: 'object', entries, complete: options.complete, location: options.location };
  return {
    kind: 'object',
    entries: [{ key: 'inferenceConfig', value: config, location: options.location, keyLocation: options.location }],
    complete: options.complete,
    location: options.location,
  };
}
