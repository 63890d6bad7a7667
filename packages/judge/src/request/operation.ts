import type { BedrockCatalog, ModelCapabilities, ModelOperations } from '@bedrock-models/catalog';
import { compact } from '../shared.js';
import { mantleBaseUrl, parseBaseUrl } from './base-url.js';
import { resolveModel, type CapabilityLookup } from './capabilities.js';
import { requestJudgeContext, type RequestJudgeContext } from './finding.js';
import type { RequestFinding, RequestOccurrence, RequestOperation, RequestSuggestion } from './types.js';

const RUNTIME_OPERATIONS: Readonly<Partial<Record<RequestOperation, keyof ModelOperations>>> = {
  Converse: 'converse',
  ConverseStream: 'converseStream',
  InvokeModel: 'invokeModel',
  InvokeModelWithResponseStream: 'invokeModelWithResponseStream',
  StartAsyncInvoke: 'startAsyncInvoke',
  CountTokens: 'countTokens',
};
const OPERATION_NAMES: ReadonlyArray<[keyof ModelOperations, string]> = [
  ['converse', 'Converse'],
  ['converseStream', 'ConverseStream'],
  ['invokeModel', 'InvokeModel'],
  ['invokeModelWithResponseStream', 'InvokeModelWithResponseStream'],
  ['startAsyncInvoke', 'StartAsyncInvoke'],
  ['countTokens', 'CountTokens'],
];
const MANTLE_APIS = { responses: 'Responses', chatCompletions: 'Chat Completions', messages: 'Messages' } as const;
type MantleApi = keyof typeof MANTLE_APIS;
// The OpenAI-compatible APIs by operation, on either endpoint; `openai`: the call does not say which.
const OPENAI_APIS: Readonly<Partial<Record<RequestOperation, { api: MantleApi | null; name: string }>>> = {
  'mantle:responses': { api: 'responses', name: 'Responses' },
  'mantle:chatCompletions': { api: 'chatCompletions', name: 'Chat Completions' },
  'mantle:messages': { api: 'messages', name: 'Messages' },
  'mantle:openai': { api: null, name: 'the OpenAI-compatible API' },
  'runtime:responses': { api: 'responses', name: 'its Responses API' },
  'runtime:chatCompletions': { api: 'chatCompletions', name: 'its Chat Completions API' },
  'runtime:openai': { api: null, name: 'its OpenAI-compatible API' },
};

/**
 * `no-unsupported-model-operation`: the operation or endpoint called does not serve the model. Converse with an
 * embedding or image model, a streaming operation on a model without streaming, InvokeModel on an async-only
 * video model, bedrock-runtime for a model served only by bedrock-mantle, a mantle API the model lacks, and a
 * bedrock-mantle base URL whose path is not the one mantle serves the model under.
 * Only calls the code makes itself are judged (a wrapper chooses its own operation).
 */
export function judgeOperation<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  if (occurrence.via !== 'sdk') return [];
  const context = requestJudgeContext('no-unsupported-model-operation', catalog, lookup, occurrence);
  if (!context) return [];
  const { capabilities } = context.model;
  const { endpoints } = capabilities;
  const at = occurrence.modelLocation;
  const openai = OPENAI_APIS[occurrence.operation];

  if (occurrence.endpoint === 'bedrock-mantle') {
    if (endpoints.bedrockMantle === false) return [context.finding({ messageId: 'notOnMantle', data: {}, location: at, field: 'endpoints.bedrockMantle' })];
    if (!endpoints.bedrockMantle) return [];
    // The path and the API are two facts: a call can miss both, and fixing one leaves the other.
    const findings = compact([basePath(context, occurrence)]);
    const api = openai?.api ?? null;
    const apis = mantleApis(capabilities);
    if (api !== null && endpoints.bedrockMantle[api] === false && apis !== null) {
      findings.push(
        context.finding({ messageId: 'mantleApiNotServed', data: { api: MANTLE_APIS[api], apis }, location: at, field: `endpoints.bedrockMantle.${api}` }),
      );
    }
    return findings;
  }

  if (endpoints.bedrockRuntime === false) {
    const apis = mantleApis(capabilities);
    if (apis === null) return [];
    return [
      context.finding({
        messageId: 'notOnRuntime',
        data: { operation: openai?.name ?? occurrence.operation, apis },
        location: at,
        field: 'endpoints.bedrockRuntime',
        suggestions: toMantle(capabilities, occurrence, openai?.api ?? null),
      }),
    ];
  }
  const key = RUNTIME_OPERATIONS[occurrence.operation];
  if (key === undefined || capabilities.operations[key] !== false) return [];
  if ((key === 'invokeModel' || key === 'invokeModelWithResponseStream') && capabilities.operations.startAsyncInvoke === true) {
    return [context.finding({ messageId: 'asyncOnly', data: { operation: occurrence.operation }, location: at, field: `operations.${key}` })];
  }
  const served = OPERATION_NAMES.filter(([name]) => capabilities.operations[name] === true).map(([, name]) => name);
  // With nothing known to serve the model, the data is too thin to say what to call instead.
  if (served.length === 0) return [];
  return [
    context.finding({
      messageId: 'operationNotServed',
      data: { operation: occurrence.operation, served: served.join(', ') },
      location: at,
      field: `operations.${key}`,
    }),
  ];
}

/**
 * Whether {@link judgeOperation} reports a bedrock-runtime SDK call of this model ID as served only by bedrock-mantle
 * (`notOnRuntime`). `no-region-unavailable-model-id` leaves such calls to this rule: one fact, one finding.
 */
export function reportsNotOnRuntime(catalog: BedrockCatalog, lookup: CapabilityLookup, modelId: string): boolean {
  const model = resolveModel(catalog, lookup, modelId);
  return model !== null && model.capabilities.endpoints.bedrockRuntime === false && mantleApis(model.capabilities) !== null;
}

// A mantle base URL whose path is not the one mantle serves the model under: the route rejects the model.
function basePath<L>(context: RequestJudgeContext<L>, occurrence: RequestOccurrence<L>): RequestFinding<L> | null {
  const written = occurrence.baseUrl;
  const url = written ? parseBaseUrl(written.value) : null;
  const mantle = context.model.capabilities.endpoints.bedrockMantle;
  const path = mantle ? (mantle.openaiBasePath ?? null) : null;
  // The Messages API lives under its own `/anthropic` path, which the OpenAI base paths say nothing about.
  if (!written || !url || url.endpoint !== 'bedrock-mantle' || path === null || url.path === path || occurrence.operation === 'mantle:messages') return null;
  const fixed = mantleBaseUrl(url.region, path, url);
  return context.finding({
    messageId: 'mantleBasePath',
    data: { path, written: url.path === '' ? 'no path' : url.path },
    location: occurrence.modelLocation,
    field: 'endpoints.bedrockMantle.openaiBasePath',
    suggestions: written.editable
      ? [{ messageId: 'useBaseUrl', data: { url: fixed }, edit: { kind: 'replace-value', location: written.location, value: fixed } }]
      : [],
  });
}

// An OpenAI-compatible client pointed at bedrock-runtime for a mantle-only model: mantle's URL in the same region
// fixes it, where mantle serves the model through the API the call uses (or the call does not say which).
function toMantle<L>(capabilities: ModelCapabilities, occurrence: RequestOccurrence<L>, api: MantleApi | null): Array<RequestSuggestion<L>> {
  const written = occurrence.baseUrl;
  const url = written?.editable ? parseBaseUrl(written.value) : null;
  const mantle = capabilities.endpoints.bedrockMantle;
  const path = mantle ? (mantle.openaiBasePath ?? null) : null;
  if (!written || !url || !mantle || path === null || (api !== null && mantle[api] !== true)) return [];
  const fixed = mantleBaseUrl(url.region, path);
  return [{ messageId: 'useBaseUrl', data: { url: fixed }, edit: { kind: 'replace-value', location: written.location, value: fixed } }];
}

// `Responses and Chat Completions`: the mantle APIs known to serve the model; null when none is known.
function mantleApis(capabilities: ModelCapabilities): string | null {
  const mantle = capabilities.endpoints.bedrockMantle;
  if (!mantle) return null;
  const names = (Object.keys(MANTLE_APIS) as MantleApi[]).filter((api) => mantle[api] === true).map((api) => MANTLE_APIS[api]);
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
