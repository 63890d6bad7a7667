import type { TSESTree } from '@typescript-eslint/utils';
import { propertyName, unwrap, type Resolver } from './resolve.js';

/** Where a call site gets its region from, read later by `region.ts`. */
export type CallRegion =
  /** A wrapper's own options object (`new BedrockModel({ modelId, region })`). */
  | { kind: 'options'; options: TSESTree.Node | undefined; keys: readonly string[] }
  /** An SDK command: the client it is sent through. */
  | { kind: 'command'; command: TSESTree.NewExpression }
  /** A client or provider object whose construction carries the region. */
  | { kind: 'client'; client: TSESTree.Node; family: 'sdk' | 'anthropic' }
  | { kind: 'none' };

/** A call that passes model IDs: which expressions carry them, whether on demand, and where its region comes from. */
export interface ModelCall {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  models: TSESTree.Node[];
  onDemand: boolean;
  region: CallRegion;
  /** Only values this accepts are model IDs (`initChatModel('openai:gpt-4o')` is not Bedrock's). */
  accepts?: (value: string) => boolean;
  /** The endpoint the call goes to, when it is not bedrock-runtime (`bedrockMantle('openai.gpt-oss-20b')`). */
  endpoint?: 'bedrock-mantle';
}

/** Where a binding comes from. */
export type Origin =
  | { kind: 'import'; source: string; imported: string }
  /** Declared in this file as a class, function or plain value. */
  | { kind: 'local'; init: TSESTree.Node | null }
  /** Not declared in this file: a global, a dynamic import's member, a parameter. */
  | { kind: 'unknown' };

interface ModelLocation {
  /** Argument index. */
  argument: number;
  /** Property path inside that argument; absent: the argument itself. */
  path?: readonly string[];
}

interface ConstructorSink {
  models: readonly ModelLocation[];
  onDemand: boolean;
  /** Packages the class may come from. */
  source: RegExp;
  /** A name only this library uses: accepted without an import in sight (globals, `mod.X`, re-exports). */
  distinctive: boolean;
  /** For a class that is not distinctive: text that every import `source` accepts contains (what `file-gate.ts` looks for). */
  importedFrom?: string;
  /** The options argument and its region keys, for wrappers that take a region. */
  region?: { argument: number; keys: readonly string[] };
}

const AWS_SDK = /^@aws-sdk\/client-bedrock/;
const LANGCHAIN = /langchain/;
const CDK = /^(?:aws-cdk-lib|@aws-cdk\/)/;

const runtimeCommand: ConstructorSink = { models: [{ argument: 0, path: ['modelId'] }], onDemand: true, source: AWS_SDK, distinctive: true };

/** `new XCommand({ … })` of the AWS SDK v3 and the wrappers' constructors, by class name. */
const CONSTRUCTORS: Readonly<Record<string, ConstructorSink>> = {
  // new InvokeModelCommand({ modelId: '…', body }) and the other bedrock-runtime commands
  InvokeModelCommand: runtimeCommand,
  InvokeModelWithResponseStreamCommand: runtimeCommand,
  InvokeModelWithBidirectionalStreamCommand: runtimeCommand,
  ConverseCommand: runtimeCommand,
  ConverseStreamCommand: runtimeCommand,
  CountTokensCommand: runtimeCommand,
  StartAsyncInvokeCommand: runtimeCommand,
  // new CreateAgentCommand({ agentName, foundationModel: '…' })
  CreateAgentCommand: { models: [{ argument: 0, path: ['foundationModel'] }], onDemand: true, source: AWS_SDK, distinctive: true },
  UpdateAgentCommand: { models: [{ argument: 0, path: ['foundationModel'] }], onDemand: true, source: AWS_SDK, distinctive: true },
  // new GetFoundationModelCommand({ modelIdentifier: '…' })
  GetFoundationModelCommand: { models: [{ argument: 0, path: ['modelIdentifier'] }], onDemand: false, source: AWS_SDK, distinctive: true },
  GetFoundationModelAvailabilityCommand: { models: [{ argument: 0, path: ['modelId'] }], onDemand: false, source: AWS_SDK, distinctive: true },
  CreateModelInvocationJobCommand: { models: [{ argument: 0, path: ['modelId'] }], onDemand: false, source: AWS_SDK, distinctive: true },
  // new RetrieveAndGenerateCommand({ retrieveAndGenerateConfiguration: { knowledgeBaseConfiguration: { modelArn } } })
  RetrieveAndGenerateCommand: {
    models: [
      { argument: 0, path: ['retrieveAndGenerateConfiguration', 'knowledgeBaseConfiguration', 'modelArn'] },
      { argument: 0, path: ['retrieveAndGenerateConfiguration', 'externalSourcesConfiguration', 'modelArn'] },
    ],
    onDemand: true,
    source: AWS_SDK,
    distinctive: true,
  },
  RetrieveAndGenerateStreamCommand: {
    models: [
      { argument: 0, path: ['retrieveAndGenerateConfiguration', 'knowledgeBaseConfiguration', 'modelArn'] },
      { argument: 0, path: ['retrieveAndGenerateConfiguration', 'externalSourcesConfiguration', 'modelArn'] },
    ],
    onDemand: true,
    source: AWS_SDK,
    distinctive: true,
  },
  // new ChatBedrockConverse({ model: '…', region: 'us-east-1' }) (@langchain/aws), BedrockChat / ChatBedrock (@langchain/community)
  ChatBedrockConverse: {
    models: [{ argument: 0, path: ['model'] }],
    onDemand: true,
    source: LANGCHAIN,
    distinctive: true,
    region: { argument: 0, keys: ['region'] },
  },
  BedrockChat: { models: [{ argument: 0, path: ['model'] }], onDemand: true, source: LANGCHAIN, distinctive: true, region: { argument: 0, keys: ['region'] } },
  ChatBedrock: { models: [{ argument: 0, path: ['model'] }], onDemand: true, source: LANGCHAIN, distinctive: true, region: { argument: 0, keys: ['region'] } },
  // new BedrockEmbeddings({ model: 'amazon.titan-embed-text-v2:0' })
  BedrockEmbeddings: {
    models: [{ argument: 0, path: ['model'] }],
    onDemand: true,
    source: LANGCHAIN,
    distinctive: true,
    region: { argument: 0, keys: ['region'] },
  },
  // new Bedrock({ model, region }): LangChain's legacy LLM and LlamaIndex's (@llamaindex/aws); a generic name, so only when imported
  Bedrock: {
    models: [{ argument: 0, path: ['model'] }],
    onDemand: true,
    source: /langchain|llamaindex/,
    distinctive: false,
    region: { argument: 0, keys: ['region'] },
  },
  // new BedrockModel({ modelId: '…', region: 'us-west-2' }) (Strands Agents)
  BedrockModel: {
    models: [{ argument: 0, path: ['modelId'] }],
    onDemand: true,
    source: /strands/,
    distinctive: true,
    region: { argument: 0, keys: ['region'] },
  },
  // new Agent({ model: 'us.anthropic…' }) (Strands Agents: a string model is a Bedrock model ID)
  Agent: { models: [{ argument: 0, path: ['model'] }], onDemand: true, source: /^@strands-agents\//, importedFrom: '@strands-agents/', distinctive: false },
  // new bedrock.FoundationModelIdentifier('anthropic.claude-3-haiku-20240307-v1:0') (aws-cdk-lib)
  FoundationModelIdentifier: { models: [{ argument: 0 }], onDemand: false, source: CDK, distinctive: true },
  // new bedrock.CfnAgent(this, 'Agent', { foundationModel: '…' })
  CfnAgent: { models: [{ argument: 2, path: ['foundationModel'] }], onDemand: true, source: CDK, distinctive: true },
  // new BedrockFoundationModel('anthropic.claude-…', { supportsAgents: true }) (generative-ai-cdk-constructs)
  BedrockFoundationModel: { models: [{ argument: 0 }], onDemand: false, source: /generative-ai-cdk-constructs/, distinctive: true },
};

/** Clients whose construction carries the region of the calls made through them, and the option naming it. */
export const CLIENT_REGION_KEYS: Readonly<Record<string, readonly string[]>> = {
  BedrockRuntimeClient: ['region'],
  BedrockRuntime: ['region'],
  BedrockClient: ['region'],
  BedrockAgentClient: ['region'],
  BedrockAgentRuntimeClient: ['region'],
  AnthropicBedrock: ['awsRegion'],
};

/** The aggregated client's methods: `new BedrockRuntime({ region }).converse({ modelId })`. */
const SDK_METHODS = new Set([
  'converse',
  'converseStream',
  'invokeModel',
  'invokeModelWithResponseStream',
  'invokeModelWithBidirectionalStream',
  'countTokens',
  'startAsyncInvoke',
]);
/** Vercel AI SDK default provider instances. */
const AI_SDK_INSTANCES = new Set(['amazonBedrock', 'bedrock', 'bedrockAnthropic', 'bedrockMantle']);
/** Vercel AI SDK provider factories. */
const AI_SDK_FACTORIES = new Set(['createAmazonBedrock', 'createBedrockAnthropic', 'createBedrockMantle']);
/** Vercel AI SDK provider methods that take a model ID. */
const AI_SDK_METHODS = new Set([
  'languageModel',
  'chat',
  'chatModel',
  'completionModel',
  'responses',
  'embedding',
  'embeddingModel',
  'textEmbedding',
  'textEmbeddingModel',
  'image',
  'imageModel',
  'reranking',
  'rerankingModel',
]);
const AI_SDK = /amazon-bedrock/;
const BEDROCK_PROVIDER_PREFIX = /^bedrock(?:_converse)?[:/]/;

/** The classes whose construction may take a model ID, by name. */
export const CONSTRUCTOR_NAMES: readonly string[] = Object.keys(CONSTRUCTORS);

/** What a file that constructs one of those classes contains: the class's name, or for a common name its import's source. */
export const CONSTRUCTOR_TERMS: readonly string[] = Object.entries(CONSTRUCTORS).map(([name, spec]) => (spec.distinctive ? name : (spec.importedFrom ?? name)));

/** Every callee name a modelCall may have: the collector's cheap first test. */
export const MODEL_CALLEE_NAMES: ReadonlySet<string> = new Set([
  ...CONSTRUCTOR_NAMES,
  ...Object.keys(CLIENT_REGION_KEYS),
  ...SDK_METHODS,
  ...AI_SDK_INSTANCES,
  ...AI_SDK_METHODS,
  'create',
  'stream',
  'initChatModel',
]);

/** The name a callee is called by: `X`, `a.b.X`, `a['X']`. */
export function calleeName(callee: TSESTree.Node): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') {
    if (!callee.computed) return callee.property.type === 'Identifier' ? callee.property.name : null;
    return callee.property.type === 'Literal' && typeof callee.property.value === 'string' ? callee.property.value : null;
  }
  return null;
}

/** Matches a call or construction against every known shape that passes model IDs. */
export function matchModelCall(node: TSESTree.CallExpression | TSESTree.NewExpression, resolver: Resolver, file: FileFacts): ModelCall | null {
  if (node.type === 'NewExpression') return matchConstructor(node, resolver);
  return matchAiSdk(node, resolver) ?? matchSdkMethod(node, resolver) ?? matchAnthropic(node, resolver, file) ?? matchInitChatModel(node, resolver);
}

/** What the whole file says, which some matches need (read once per file). */
export interface FileFacts {
  /** `new AnthropicBedrock(…)` constructions, and whether the file also builds other Anthropic clients. */
  anthropicBedrockClients: readonly TSESTree.NewExpression[];
  otherAnthropicClients: boolean;
}

function matchConstructor(node: TSESTree.NewExpression, resolver: Resolver): ModelCall | null {
  const name = calleeName(node.callee);
  if (name === null || !Object.hasOwn(CONSTRUCTORS, name)) return null;
  const spec = CONSTRUCTORS[name]!;
  const origin = calleeOrigin(node.callee, resolver);
  if (!acceptsOrigin(origin, spec.source, spec.distinctive)) return null;
  const models = spec.models.flatMap((location) => locate(node, location, resolver));
  if (models.length === 0) return null;
  const isCommand = name.endsWith('Command');
  const region: CallRegion = isCommand
    ? { kind: 'command', command: node }
    : spec.region
      ? { kind: 'options', options: node.arguments[spec.region.argument], keys: spec.region.keys }
      : { kind: 'none' };
  return { node, models, onDemand: spec.onDemand, region };
}

// amazonBedrock('…'), bedrock('…'), bedrockAnthropic('…'), provider('…'), provider.embedding('…'), createAmazonBedrock({ region })('…')
function matchAiSdk(node: TSESTree.CallExpression, resolver: Resolver): ModelCall | null {
  const [argument] = node.arguments;
  if (!argument || argument.type === 'SpreadElement') return null;
  const { callee } = node;
  let provider: TSESTree.Node = callee;
  if (callee.type === 'MemberExpression') {
    const method = calleeName(callee);
    if (method === null || !AI_SDK_METHODS.has(method)) return null;
    provider = callee.object;
  }
  const factory = aiSdkProvider(provider, resolver);
  if (factory === null) return null;
  const region: CallRegion = factory === true ? { kind: 'none' } : { kind: 'options', options: factory.arguments[0], keys: ['region'] };
  return {
    node,
    models: [argument],
    onDemand: true,
    region,
    ...(isMantleProvider(provider, factory, resolver) ? { endpoint: 'bedrock-mantle' as const } : {}),
  };
}

/** `true` for a default provider instance, the factory call for a created provider, null for anything else. */
function aiSdkProvider(node: TSESTree.Node, resolver: Resolver): TSESTree.CallExpression | true | null {
  const inner = unwrap(node);
  if (inner.type === 'CallExpression') return isAiSdkFactory(inner.callee, resolver) ? inner : null;
  if (inner.type !== 'Identifier') return null;
  const origin = identifierOrigin(inner, resolver);
  if (origin.kind === 'import') return AI_SDK.test(origin.source) && AI_SDK_INSTANCES.has(origin.imported) ? true : null;
  if (origin.kind === 'local' && origin.init) {
    const init = unwrap(origin.init);
    return init.type === 'CallExpression' && isAiSdkFactory(init.callee, resolver) ? init : null;
  }
  return null;
}

// `bedrockMantle` (from `@ai-sdk/amazon-bedrock/mantle`) and `createBedrockMantle(…)` serve the bedrock-mantle endpoint.
function isMantleProvider(provider: TSESTree.Node, factory: TSESTree.CallExpression | true, resolver: Resolver): boolean {
  if (factory !== true) return calleeName(factory.callee) === 'createBedrockMantle';
  const inner = unwrap(provider);
  if (inner.type !== 'Identifier') return false;
  const origin = identifierOrigin(inner, resolver);
  return origin.kind === 'import' && (origin.imported === 'bedrockMantle' || origin.source.endsWith('/mantle'));
}

function isAiSdkFactory(callee: TSESTree.Node, resolver: Resolver): boolean {
  const name = calleeName(callee);
  if (name === null || !AI_SDK_FACTORIES.has(name)) return false;
  const origin = calleeOrigin(callee, resolver);
  return origin.kind !== 'local' && (origin.kind !== 'import' || AI_SDK.test(origin.source) || origin.source.startsWith('.'));
}

// new BedrockRuntime({ region }).converse({ modelId: '…' }); runtime.invokeModel({ modelId })
function matchSdkMethod(node: TSESTree.CallExpression, resolver: Resolver): ModelCall | null {
  const { callee } = node;
  if (callee.type !== 'MemberExpression') return null;
  const method = calleeName(callee);
  if (method === null || !SDK_METHODS.has(method)) return null;
  const client = constructionOf(callee.object, resolver);
  const named = client === null && /bedrock/i.test(nameOf(callee.object) ?? '');
  if (!named && (client === null || calleeName(client.callee) !== 'BedrockRuntime')) return null;
  const models = locate(node, { argument: 0, path: ['modelId'] }, resolver);
  return models.length > 0 ? { node, models, onDemand: true, region: { kind: 'client', client: callee.object, family: 'sdk' } } : null;
}

// client.messages.create({ model }), client.messages.stream({ model }), client.beta.messages.create({ model }), client.messages['create']({ model })
function matchAnthropic(node: TSESTree.CallExpression, resolver: Resolver, file: FileFacts): ModelCall | null {
  const { callee } = node;
  if (callee.type !== 'MemberExpression') return null;
  const method = calleeName(callee);
  if (method !== 'create' && method !== 'stream') return null;
  if (callee.object.type !== 'MemberExpression' || calleeName(callee.object) !== 'messages') return null;
  let client: TSESTree.Node = callee.object.object;
  if (client.type === 'MemberExpression' && calleeName(client) === 'beta') client = client.object;
  const construction = constructionOf(client, resolver);
  if (construction) {
    if (calleeName(construction.callee) !== 'AnthropicBedrock') return null;
  } else if (file.anthropicBedrockClients.length === 0 || file.otherAnthropicClients) {
    // A client we cannot trace (`this.client`) is Bedrock's only when the file builds no other Anthropic client.
    return null;
  }
  const models = locate(node, { argument: 0, path: ['model'] }, resolver);
  return models.length > 0 ? { node, models, onDemand: true, region: { kind: 'client', client, family: 'anthropic' } } : null;
}

// initChatModel('bedrock:anthropic…'), initChatModel('anthropic…', { modelProvider: 'bedrock_converse', region })
function matchInitChatModel(node: TSESTree.CallExpression, resolver: Resolver): ModelCall | null {
  if (calleeName(node.callee) !== 'initChatModel') return null;
  const origin = calleeOrigin(node.callee, resolver);
  if (origin.kind === 'local' || (origin.kind === 'import' && !LANGCHAIN.test(origin.source))) return null;
  const [model, options] = node.arguments;
  if (!model || model.type === 'SpreadElement') return null;
  const providerNode = options && options.type !== 'SpreadElement' ? propertyValue(options, 'modelProvider', resolver) : null;
  const provider = providerNode ? resolver.strings(providerNode).map((value) => value.value) : [];
  const isBedrock = provider.some((value) => value === 'bedrock' || value === 'bedrock_converse');
  return {
    node,
    models: [model],
    onDemand: true,
    region: { kind: 'options', options: options?.type === 'SpreadElement' ? undefined : options, keys: ['region'] },
    accepts: (value) => isBedrock || BEDROCK_PROVIDER_PREFIX.test(value),
  };
}

/** The expressions at a model location: `new X({ modelId })`, `new X(input)` with a const `input`, nested paths. */
function locate(node: TSESTree.CallExpression | TSESTree.NewExpression, location: ModelLocation, resolver: Resolver): TSESTree.Node[] {
  const argument = node.arguments[location.argument];
  if (!argument || argument.type === 'SpreadElement') return [];
  if (!location.path) return [argument];
  let current: TSESTree.Node | null = argument;
  for (const key of location.path) {
    current = current ? propertyValue(current, key, resolver) : null;
    if (!current) return [];
  }
  return [current];
}

/** The value expression of `key` in the object an expression statically is. */
export function propertyValue(node: TSESTree.Node, key: string, resolver: Resolver): TSESTree.Node | null {
  const object = resolver.object(node);
  return object && object.type === 'ObjectExpression' ? resolver.property(object, key) : null;
}

/** The `new X(…)` an expression statically is (through const bindings); null when unknown. */
export function constructionOf(node: TSESTree.Node, resolver: Resolver): TSESTree.NewExpression | null {
  const inner = unwrap(node);
  if (inner.type === 'NewExpression') return inner;
  if (inner.type === 'Identifier') {
    const [value, ...others] = resolver.bindingValues(inner);
    if (!value || others.length > 0) return null;
    const init = unwrap(value);
    return init.type === 'NewExpression' ? init : null;
  }
  return null;
}

function nameOf(node: TSESTree.Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return calleeName(node);
  return null;
}

function acceptsOrigin(origin: Origin, source: RegExp, distinctive: boolean): boolean {
  if (origin.kind === 'import') return source.test(origin.source) || (distinctive && origin.source.startsWith('.'));
  if (origin.kind === 'local') return false;
  return distinctive;
}

/** Where a callee comes from: `X` (its binding) or `ns.X` (the namespace's binding). */
export function calleeOrigin(callee: TSESTree.Node, resolver: Resolver): Origin {
  if (callee.type === 'Identifier') return identifierOrigin(callee, resolver);
  if (callee.type === 'MemberExpression') {
    let object: TSESTree.Node = callee.object;
    while (object.type === 'MemberExpression') object = object.object;
    if (object.type !== 'Identifier') return { kind: 'unknown' };
    const origin = identifierOrigin(object, resolver);
    // `bedrock.FoundationModelIdentifier` from `import * as bedrock from 'aws-cdk-lib/aws-bedrock'`
    return origin.kind === 'local' ? { kind: 'unknown' } : origin;
  }
  return { kind: 'unknown' };
}

/** Where an identifier's binding comes from: an import (ES or `require`), a local declaration, or nowhere in sight. */
export function identifierOrigin(identifier: TSESTree.Identifier, resolver: Resolver): Origin {
  const variable = resolver.variable(identifier);
  const def = variable?.defs[0];
  if (!variable || !def) return { kind: 'unknown' };
  if (def.type === 'ImportBinding') {
    const declaration = def.parent;
    if (declaration.type !== 'ImportDeclaration') return { kind: 'unknown' };
    const specifier = def.node;
    const imported =
      specifier.type === 'ImportSpecifier' ? (propertyName(specifier.imported) ?? '') : specifier.type === 'ImportDefaultSpecifier' ? 'default' : '*';
    return { kind: 'import', source: declaration.source.value, imported };
  }
  if (def.type === 'Variable') {
    const init = def.node.init ? unwrap(def.node.init) : null;
    // const { X } = require('pkg'); const pkg = require('pkg'); const { X } = await import('pkg')
    const required = init ? requiredSource(init) : null;
    if (required !== null) {
      if (def.node.id.type === 'Identifier') return { kind: 'import', source: required, imported: '*' };
      if (def.node.id.type === 'ObjectPattern') {
        for (const property of def.node.id.properties) {
          if (property.type === 'Property' && property.value.type === 'Identifier' && property.value.name === identifier.name) {
            return { kind: 'import', source: required, imported: propertyName(property.key) ?? '' };
          }
        }
      }
      return { kind: 'unknown' };
    }
    return { kind: 'local', init: def.node.init };
  }
  if (def.type === 'ClassName' || def.type === 'FunctionName') return { kind: 'local', init: null };
  return { kind: 'unknown' };
}

function requiredSource(node: TSESTree.Node): string | null {
  const inner = node.type === 'AwaitExpression' ? node.argument : node;
  if (inner.type === 'CallExpression' && inner.callee.type === 'Identifier' && inner.callee.name === 'require') {
    const [argument] = inner.arguments;
    return argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
  }
  if (inner.type === 'ImportExpression' && inner.source.type === 'Literal' && typeof inner.source.value === 'string') return inner.source.value;
  return null;
}

/** The key names an object literal has (for `{ modelId, region }` pairs). */
export function keyOf(property: TSESTree.Property): string | null {
  if (property.computed) return property.key.type === 'Literal' && typeof property.key.value === 'string' ? property.key.value : null;
  return propertyName(property.key);
}
