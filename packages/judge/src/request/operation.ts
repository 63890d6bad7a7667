import type { BedrockCatalog, ModelCapabilities, ModelOperations } from '@bedrock-models/catalog';
import type { CapabilityLookup } from './capabilities.js';
import { requestJudgeContext } from './finding.js';
import type { RequestFinding, RequestOccurrence, RequestOperation } from './types.js';

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

/**
 * `no-unsupported-model-operation`: the operation or endpoint called does not serve the model. Converse with an
 * embedding or image model, a streaming operation on a model without streaming, InvokeModel on an async-only
 * video model, bedrock-runtime for a model served only by bedrock-mantle, a mantle API the model lacks.
 * Only calls the code makes itself are judged (a wrapper chooses its own operation).
 */
export function judgeOperation<L>(catalog: BedrockCatalog, lookup: CapabilityLookup, occurrence: RequestOccurrence<L>): Array<RequestFinding<L>> {
  if (occurrence.via !== 'sdk') return [];
  const context = requestJudgeContext('no-unsupported-model-operation', catalog, lookup, occurrence);
  if (!context) return [];
  const { capabilities } = context.model;
  const { endpoints } = capabilities;
  const at = occurrence.modelLocation;

  if (occurrence.endpoint === 'bedrock-mantle') {
    if (endpoints.bedrockMantle === false) return [context.finding({ messageId: 'notOnMantle', data: {}, location: at, field: 'endpoints.bedrockMantle' })];
    const api = occurrence.operation.startsWith('mantle:') ? (occurrence.operation.slice('mantle:'.length) as MantleApi) : null;
    if (api === null || !endpoints.bedrockMantle || endpoints.bedrockMantle[api] !== false) return [];
    const apis = mantleApis(capabilities);
    if (apis === null) return [];
    return [context.finding({ messageId: 'mantleApiNotServed', data: { api: MANTLE_APIS[api], apis }, location: at, field: `endpoints.bedrockMantle.${api}` })];
  }

  if (endpoints.bedrockRuntime === false) {
    const apis = mantleApis(capabilities);
    if (apis === null) return [];
    return [context.finding({ messageId: 'notOnRuntime', data: { operation: occurrence.operation, apis }, location: at, field: 'endpoints.bedrockRuntime' })];
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

// `Responses and Chat Completions`: the mantle APIs known to serve the model; null when none is known.
function mantleApis(capabilities: ModelCapabilities): string | null {
  const mantle = capabilities.endpoints.bedrockMantle;
  if (!mantle) return null;
  const names = (Object.keys(MANTLE_APIS) as MantleApi[]).filter((api) => mantle[api] === true).map((api) => MANTLE_APIS[api]);
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
