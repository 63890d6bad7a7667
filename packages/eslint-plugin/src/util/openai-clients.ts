import { parseBaseUrl, type RequestBaseUrl, type RequestOperation, type RequestOccurrence } from '@bedrock-models/judge';
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, calleeOrigin, constructionOf, propertyValue } from './call-shapes.js';
import { unwrap, type Resolver, type StaticString } from './resolve.js';

// OpenAI-compatible clients pointed at a Bedrock endpoint by a base URL the code writes:
//   new OpenAI({ baseURL: 'https://bedrock-mantle.us-east-1.api.aws/v1' }).responses.create({ model })
//   createOpenAI({ baseURL })('model'), .chat('model'), .responses('model')  (the AI SDK's @ai-sdk/openai)
//   new OpenAIModel({ modelId, api, clientConfig: { baseURL } })  (Strands Agents)
//   new ChatOpenAI({ model, configuration: { baseURL } })  (LangChain's @langchain/openai)
// The host says the endpoint (bedrock-mantle or bedrock-runtime); anything else is not Bedrock and is left alone.

type Call = TSESTree.CallExpression | TSESTree.NewExpression;
type NodeOccurrence = RequestOccurrence<TSESTree.Node>;
type Api = 'responses' | 'chatCompletions' | 'messages' | 'openai';

/** Callee names that may be such a call, for the collector's cheap first test. */
export const OPENAI_CALLEE_NAMES: ReadonlySet<string> = new Set(['create', 'OpenAIModel', 'ChatOpenAI', 'chat', 'responses', 'languageModel', 'chatModel']);

const AI_SDK_OPENAI = /^@ai-sdk\/openai(?:-compatible)?$/;
const STRANDS = /strands/;
const LANGCHAIN_OPENAI = /^@langchain\/openai$/;
// The AI SDK provider's methods, by the API each one calls.
const PROVIDER_METHODS: Readonly<Record<string, Api>> = {
  chat: 'chatCompletions',
  chatModel: 'chatCompletions',
  responses: 'responses',
  languageModel: 'openai',
};

/** The requests an OpenAI-compatible call sends to a Bedrock endpoint; empty for any other call. */
export function openAiClientCall(
  call: Call,
  resolver: Resolver,
  models: (node: TSESTree.Node) => Array<Pick<NodeOccurrence, 'modelId' | 'modelLocation' | 'modelCertain'>>,
): NodeOccurrence[] {
  const found =
    call.type === 'NewExpression'
      ? (strandsModel(call, resolver) ?? langchainModel(call, resolver))
      : (sdkMethod(call, resolver) ?? providerCall(call, resolver));
  if (!found) return [];
  const { baseUrl, api, model } = found;
  const url = parseBaseUrl(baseUrl.value);
  if (!url) return [];
  const operation = operationOf(url.endpoint, api);
  if (operation === null) return [];
  return models(model).map((occurrence) => ({ ...occurrence, location: call, operation, endpoint: url.endpoint, via: 'sdk', request: null, baseUrl }));
}

interface Found {
  baseUrl: RequestBaseUrl<TSESTree.Node>;
  api: Api;
  model: TSESTree.Node;
}

function operationOf(endpoint: 'bedrock-mantle' | 'bedrock-runtime', api: Api): RequestOperation | null {
  if (endpoint === 'bedrock-mantle') return `mantle:${api}`;
  // bedrock-runtime serves Anthropic's Messages API through InvokeModel, not at an OpenAI-style path.
  return api === 'messages' ? null : `runtime:${api}`;
}

// client.chat.completions.create({ model }), client.responses.create({ model }), client.messages.create({ model })
function sdkMethod(call: TSESTree.CallExpression, resolver: Resolver): Found | null {
  const { callee } = call;
  if (calleeName(callee) !== 'create' || callee.type !== 'MemberExpression' || callee.object.type !== 'MemberExpression') return null;
  const path = calleeName(callee.object);
  let client: TSESTree.Node = callee.object.object;
  let api: Api;
  if (path === 'responses') api = 'responses';
  else if (path === 'messages') api = 'messages';
  else if (path === 'completions' && client.type === 'MemberExpression' && calleeName(client) === 'chat') {
    api = 'chatCompletions';
    client = client.object;
  } else return null;
  const construction = constructionOf(client, resolver);
  const options = construction?.arguments[0];
  if (!options || options.type === 'SpreadElement') return null;
  const baseUrl = baseUrlOf(options, 'baseURL', resolver);
  const argument = call.arguments[0];
  const model = argument && argument.type !== 'SpreadElement' ? propertyValue(argument, 'model', resolver) : null;
  return baseUrl && model ? { baseUrl, api, model } : null;
}

// const provider = createOpenAI({ baseURL }); provider('…'), provider.chat('…'), provider.responses('…')
function providerCall(call: TSESTree.CallExpression, resolver: Resolver): Found | null {
  const [model] = call.arguments;
  if (!model || model.type === 'SpreadElement') return null;
  const { callee } = call;
  let provider: TSESTree.Node = callee;
  let api: Api = 'openai';
  if (callee.type === 'MemberExpression') {
    const method = calleeName(callee);
    if (method === null || !Object.hasOwn(PROVIDER_METHODS, method)) return null;
    api = PROVIDER_METHODS[method]!;
    provider = callee.object;
  }
  const inner = unwrap(provider);
  if (inner.type !== 'Identifier') return null;
  const [init, ...others] = resolver.bindingValues(inner);
  const factory = init && others.length === 0 ? unwrap(init) : null;
  if (factory?.type !== 'CallExpression') return null;
  const name = calleeName(factory.callee);
  if (name !== 'createOpenAI' && name !== 'createOpenAICompatible') return null;
  const origin = calleeOrigin(factory.callee, resolver);
  if (origin.kind !== 'import' || !AI_SDK_OPENAI.test(origin.source)) return null;
  // An OpenAI-compatible provider speaks Chat Completions only.
  if (name === 'createOpenAICompatible') api = api === 'responses' ? 'responses' : 'chatCompletions';
  const options = factory.arguments[0];
  if (!options || options.type === 'SpreadElement') return null;
  const baseUrl = baseUrlOf(options, 'baseURL', resolver);
  return baseUrl ? { baseUrl, api, model } : null;
}

// new OpenAIModel({ modelId: '…', api: 'chat', clientConfig: { baseURL: '…' } }) of Strands Agents
function strandsModel(call: TSESTree.NewExpression, resolver: Resolver): Found | null {
  if (calleeName(call.callee) !== 'OpenAIModel') return null;
  const origin = calleeOrigin(call.callee, resolver);
  if (origin.kind !== 'import' || !STRANDS.test(origin.source)) return null;
  const options = call.arguments[0];
  if (!options || options.type === 'SpreadElement') return null;
  const model = propertyValue(options, 'modelId', resolver);
  const config = propertyValue(options, 'clientConfig', resolver);
  const baseUrl = config ? baseUrlOf(config, 'baseURL', resolver) : null;
  if (!model || !baseUrl) return null;
  const apiNode = propertyValue(options, 'api', resolver);
  const apis = apiNode ? resolver.strings(apiNode).map((value) => value.value) : [];
  const api: Api = apis.length === 1 && apis[0] === 'chat' ? 'chatCompletions' : apis.length === 1 && apis[0] === 'responses' ? 'responses' : 'openai';
  return { baseUrl, api, model };
}

// new ChatOpenAI({ model: '…', configuration: { baseURL: '…' } }): LangChain picks Chat Completions or Responses itself.
function langchainModel(call: TSESTree.NewExpression, resolver: Resolver): Found | null {
  if (calleeName(call.callee) !== 'ChatOpenAI') return null;
  const origin = calleeOrigin(call.callee, resolver);
  if (origin.kind !== 'import' || !LANGCHAIN_OPENAI.test(origin.source)) return null;
  const options = call.arguments[0];
  if (!options || options.type === 'SpreadElement') return null;
  const model = propertyValue(options, 'model', resolver) ?? propertyValue(options, 'modelName', resolver);
  const config = propertyValue(options, 'configuration', resolver);
  const baseUrl = config ? baseUrlOf(config, 'baseURL', resolver) : null;
  return model && baseUrl ? { baseUrl, api: 'openai', model } : null;
}

// The base URL an options object names, when it is one string the code writes.
function baseUrlOf(options: TSESTree.Node, key: string, resolver: Resolver): RequestBaseUrl<TSESTree.Node> | null {
  const node = propertyValue(options, key, resolver);
  const strings = node ? resolver.strings(node).filter((string) => !string.typed) : [];
  if (strings.length !== 1) return null;
  const [string] = strings as [StaticString];
  return { value: string.value, location: string.node, editable: isWholeLiteral(string) };
}

function isWholeLiteral(string: StaticString): boolean {
  const { node } = string;
  if (node.type === 'Literal') return node.value === string.value;
  return node.type === 'TemplateLiteral' && node.expressions.length === 0;
}
