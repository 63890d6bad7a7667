import type { RequestOperation } from '@bedrock-models/judge';
import { OPENAI_CALLEE_NAMES } from './openai-clients.js';

// The callees the request rules read requests from, by name. The collector (file-analysis.ts) keeps only calls of
// these names; requests.ts maps each to its operation and reads its request.

// new ConverseCommand({ modelId, messages }) and the other bedrock-runtime commands that carry a request.
export const COMMANDS: Readonly<Record<string, RequestOperation>> = {
  ConverseCommand: 'Converse',
  ConverseStreamCommand: 'ConverseStream',
  InvokeModelCommand: 'InvokeModel',
  InvokeModelWithResponseStreamCommand: 'InvokeModelWithResponseStream',
  StartAsyncInvokeCommand: 'StartAsyncInvoke',
  CountTokensCommand: 'CountTokens',
};
// new BedrockRuntime({ region }).converse({ modelId, messages })
export const METHODS: Readonly<Record<string, RequestOperation>> = {
  converse: 'Converse',
  converseStream: 'ConverseStream',
  invokeModel: 'InvokeModel',
  invokeModelWithResponseStream: 'InvokeModelWithResponseStream',
  startAsyncInvoke: 'StartAsyncInvoke',
  countTokens: 'CountTokens',
};
/** Wrapper options that map one to one onto Converse's `inferenceConfig`, by the wrapper's option name. */
const CONVERSE_OPTIONS = { maxTokens: 'maxTokens', temperature: 'temperature', topP: 'topP' } as const;
// new ChatBedrockConverse({ model, maxTokens }) (LangChain), new BedrockModel({ modelId, maxTokens }) (Strands Agents).
export const WRAPPERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ChatBedrockConverse: CONVERSE_OPTIONS,
  BedrockModel: CONVERSE_OPTIONS,
};
// generateText({ model: bedrock('…'), maxOutputTokens }) (Vercel AI SDK), and the streaming and object variants.
export const AI_SDK_CALLS: Readonly<Record<string, RequestOperation>> = {
  generateText: 'Converse',
  generateObject: 'Converse',
  streamText: 'ConverseStream',
  streamObject: 'ConverseStream',
};

/** Every callee name a request may be read from: the collector's one test. */
export const REQUEST_CALLEE_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(COMMANDS),
  ...Object.keys(METHODS),
  ...Object.keys(WRAPPERS),
  ...Object.keys(AI_SDK_CALLS),
  ...OPENAI_CALLEE_NAMES,
]);

/** Factories of OpenAI-compatible providers (`createOpenAI({ baseURL })`): where one is called, `provider('…')` may be a request. */
export const OPENAI_FACTORIES: ReadonlySet<string> = new Set(['createOpenAI', 'createOpenAICompatible']);
