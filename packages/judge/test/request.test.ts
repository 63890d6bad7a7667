import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type CapabilitiesData, type ModelCapabilities } from '@bedrock-models/catalog';
import {
  capabilityLookup,
  judgeFeatures,
  judgeInferenceParameters,
  judgeInvokeModelBody,
  judgeOperation,
  judgeRequest,
  REQUEST_RULES,
  resolveModel,
  sourceFor,
  withApplicationProfiles,
  type RequestOccurrence,
  type RequestValue,
} from '../src/index.ts';
import { judgeCatalog } from './fixture.ts';

// Locations are plain strings here: the judge hands back whatever the adapter gave it.
type V = RequestValue<string>;
const X = 'anthropic.claude-x-20250101-v1:0';
const catalog = BedrockCatalog.of(judgeCatalog);

const CARD = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-x.html';
const PARAMS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-x.html';
const model = (overrides: Partial<ModelCapabilities> = {}): ModelCapabilities => ({
  operations: { converse: true, converseStream: false, invokeModel: true, invokeModelWithResponseStream: false, startAsyncInvoke: false, countTokens: null },
  endpoints: { bedrockRuntime: true, bedrockMantle: false },
  maxOutputTokens: 4096,
  contextWindow: 200000,
  converse: {
    toolUse: false,
    toolUseStreaming: null,
    toolChoice: null,
    systemPrompt: true,
    imageInput: null,
    documentInput: null,
    videoInput: null,
    imagesInToolResults: null,
    promptCaching: null,
    reasoning: null,
    temperatureTopPExclusive: true,
  },
  family: 'messages',
  sources: [
    { fields: ['*'], url: CARD, date: '2026-08-22' },
    { fields: ['converse.temperatureTopPExclusive'], url: PARAMS, date: '2026-12-01' },
  ],
  ...overrides,
});
const data: CapabilitiesData = {
  schemaVersion: 1,
  currentTo: '2026-12-01',
  models: { [X]: model() },
  families: {
    messages: {
      name: 'Messages',
      required: ['max_tokens'],
      allowed: ['max_tokens', 'messages'],
      foreign: { max_tokens_to_sample: { belongsTo: 'Text Completions', insteadUse: 'max_tokens' } },
      ranges: { max_tokens: { min: 1, max: 'maxOutputTokens' } },
      sources: [{ fields: ['*'], url: PARAMS, date: '2026-12-01' }],
    },
  },
};
const lookup = capabilityLookup(data);

const literal = (value: string | number | null, location: string): V => ({ kind: 'literal', value, location });
const object = (location: string, entries: Array<[string, V]>, complete = true): V => ({
  kind: 'object',
  complete,
  location,
  entries: entries.map(([key, value]) => ({ key, value, location: `${location}.${key}`, keyLocation: `${location}.${key}:key` })),
});
const occurrence = (overrides: Partial<RequestOccurrence<string>>): RequestOccurrence<string> => ({
  modelId: X,
  modelLocation: 'model',
  location: 'call',
  operation: 'Converse',
  endpoint: 'bedrock-runtime',
  via: 'sdk',
  request: null,
  modelCertain: true,
  ...overrides,
});

describe('resolveModel', () => {
  it('reaches the model through a profile and a foundation-model ARN, and knows nothing of unknown IDs', () => {
    expect(resolveModel(catalog, lookup, `us.${X}`)?.id).toBe(X);
    expect(resolveModel(catalog, lookup, `arn:aws:bedrock:us-east-1::foundation-model/${X}`)?.id).toBe(X);
    expect(resolveModel(catalog, lookup, 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc')).toBeNull();
    expect(resolveModel(catalog, lookup, 'mycorp.model-v1:0')).toBeNull();
  });
});

describe('resolveModel through application inference profiles', () => {
  const arn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc';
  it('reaches the model a mapped profile copies from, by ARN or by ID, and leaves the others opaque', () => {
    expect(resolveModel(catalog, withApplicationProfiles(lookup, new Map([[arn, `us.${X}`]])), arn)?.id).toBe(X);
    expect(resolveModel(catalog, withApplicationProfiles(lookup, new Map([['abc', X]])), arn)?.id).toBe(X);
    expect(resolveModel(catalog, withApplicationProfiles(lookup, new Map([['def', X]])), arn)).toBeNull();
  });
});

describe('sourceFor', () => {
  it('prefers the source that names the field most closely', () => {
    const { sources } = model();
    expect(sourceFor(sources, 'converse.temperatureTopPExclusive')).toBe(PARAMS);
    expect(sourceFor(sources, 'maxOutputTokens')).toBe(CARD);
    expect(sourceFor([], 'maxOutputTokens')).toBeNull();
  });
});

describe('the request judgements', () => {
  const request = object('input', [
    [
      'inferenceConfig',
      object('config', [
        ['maxTokens', literal(8192, 'max')],
        ['temperature', literal(0.5, 't')],
        ['topP', literal(0.9, 'p')],
      ]),
    ],
    ['toolConfig', object('tools', [])],
  ]);

  it('judge a Converse request: the limit, sampling and features, each with its source, and an error severity', () => {
    const findings = judgeRequest(catalog, lookup, occurrence({ request }));
    expect(findings.map((finding) => [finding.rule, finding.messageId, finding.location, finding.source, finding.severity])).toEqual([
      ['no-unsupported-model-feature', 'toolUse', 'input.toolConfig:key', CARD, 'warn'],
      ['valid-inference-parameters', 'maxTokensAboveLimit', 'max', CARD, 'error'],
      ['valid-inference-parameters', 'temperatureWithTopP', 'config.topP:key', PARAMS, 'error'],
    ]);
    expect(findings[1]!.suggestions).toEqual([
      { messageId: 'clampMaxTokens', data: { key: 'maxTokens', limit: '4096' }, edit: { kind: 'replace-value', location: 'max', value: 4096 } },
    ]);
  });

  it('warn, never err, when the model is one of several values', () => {
    const findings = judgeInferenceParameters(catalog, lookup, occurrence({ request, modelCertain: false }));
    expect(findings.map((finding) => finding.severity)).toEqual(['warn', 'warn']);
  });

  it('judge what an operation serves, only for calls the code makes itself', () => {
    expect(judgeOperation(catalog, lookup, occurrence({ operation: 'ConverseStream' }))[0]).toMatchObject({
      messageId: 'operationNotServed',
      data: { served: 'Converse, InvokeModel' },
    });
    expect(judgeOperation(catalog, lookup, occurrence({ operation: 'ConverseStream', via: 'wrapper' }))).toEqual([]);
    expect(judgeOperation(catalog, lookup, occurrence({ operation: 'CountTokens' }))).toEqual([]);
  });

  it('judge a native body: a foreign key with its rename, and no missing-key claim behind a spread', () => {
    const body = object('body', [['max_tokens_to_sample', literal(300, 'n')]], false);
    const findings = judgeInvokeModelBody(catalog, lookup, occurrence({ operation: 'InvokeModel', request: body }));
    expect(findings.map((finding) => finding.messageId)).toEqual(['foreignKeyRename']);
    expect(findings[0]!.suggestions[0]!.edit).toEqual({ kind: 'rename-key', location: 'body.max_tokens_to_sample:key', key: 'max_tokens' });
  });

  it('are silent on unknown values, unknown models and null facts', () => {
    const unknown = object('input', [['inferenceConfig', object('config', [['maxTokens', { kind: 'unknown', location: 'max' }]])]]);
    expect(judgeRequest(catalog, lookup, occurrence({ request: unknown }))).toEqual([]);
    expect(judgeRequest(catalog, lookup, occurrence({ request, modelId: 'mycorp.model-v1:0' }))).toEqual([]);
    const nulls = capabilityLookup({
      ...data,
      models: { [X]: model({ maxOutputTokens: null, converse: { ...model().converse, toolUse: null, temperatureTopPExclusive: null } }) },
    });
    expect(judgeRequest(catalog, nulls, occurrence({ request }))).toEqual([]);
    expect(judgeFeatures(catalog, lookup, occurrence({ request, operation: 'InvokeModel' }))).toEqual([]);
  });

  it('have one record per rule, not region-dependent, with every message', () => {
    for (const [name, record] of Object.entries(REQUEST_RULES)) {
      expect(record.name).toBe(name);
      expect(record.regionDependent).toBe(false);
      expect(record.description).toMatch(/^(Disallow|Require|Enforce) [^]*[^.]$/);
      for (const template of Object.values(record.messages)) expect(template).not.toMatch(/\{\{\s*\}\}/);
    }
  });
});
