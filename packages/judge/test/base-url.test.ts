import { describe, expect, it } from 'vitest';
import { BedrockCatalog, unknownCapabilities, type CapabilitiesData, type Catalog, type ModelCapabilities } from '@bedrock-models/catalog';
import {
  capabilityLookup,
  judgeOccurrence,
  judgeOperation,
  mantleBaseUrl,
  occurrence,
  parseBaseUrl,
  reportsNotOnRuntime,
  type JudgeContext,
  type RequestOccurrence,
} from '../src/index.ts';
import { judgeCatalog } from './fixture.ts';

// The base URL of an OpenAI-compatible client, and the one fact of a mantle-only model on bedrock-runtime.

const MANTLE_ONLY = 'amazon.mantle-only';
const CARD = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-mantle-only.html';
const OBSERVED = 'https://github.com/example/repo/issues/1';

function withMantleOnly(): Catalog {
  const data = structuredClone(judgeCatalog);
  data.models[MANTLE_ONLY] = {
    provider: 'Amazon',
    name: 'Mantle only',
    inputModalities: [],
    outputModalities: [],
    streaming: null,
    customizations: [],
    endpoints: ['bedrock-mantle'],
    regions: {},
    history: [],
    mantle: { regions: ['us-east-1'], source: 'test listing', date: '2026-03-04' },
  };
  return data;
}
const catalog = BedrockCatalog.of(withMantleOnly());

const capabilities = (path: '/v1' | '/openai/v1' | null): ModelCapabilities => ({
  ...unknownCapabilities(),
  operations: { converse: false, converseStream: false, invokeModel: false, invokeModelWithResponseStream: false, startAsyncInvoke: false, countTokens: false },
  endpoints: { bedrockRuntime: false, bedrockMantle: { responses: true, chatCompletions: false, messages: null, openaiBasePath: path } },
  sources: [
    { fields: ['endpoints', 'operations'], url: CARD, date: '2026-08-22' },
    { fields: ['endpoints.bedrockMantle.openaiBasePath'], url: OBSERVED, date: '2026-12-01' },
  ],
});
const lookupWith = (path: '/v1' | '/openai/v1' | null) =>
  capabilityLookup({ schemaVersion: 1, currentTo: '2026-12-01', models: { [MANTLE_ONLY]: capabilities(path) }, families: {} } satisfies CapabilitiesData);
const lookup = lookupWith('/openai/v1');

const openAiCall = (url: string, overrides: Partial<RequestOccurrence<string>> = {}): RequestOccurrence<string> => ({
  modelId: MANTLE_ONLY,
  modelLocation: 'model',
  location: 'call',
  operation: 'mantle:responses',
  endpoint: url.includes('bedrock-mantle') ? 'bedrock-mantle' : 'bedrock-runtime',
  via: 'sdk',
  request: null,
  modelCertain: true,
  baseUrl: { value: url, location: 'url', editable: true },
  ...overrides,
});

describe('parseBaseUrl', () => {
  it('reads the endpoint, region and path of both endpoints, with or without a trailing slash', () => {
    expect(parseBaseUrl('https://bedrock-mantle.us-east-1.api.aws/v1/')).toEqual({
      endpoint: 'bedrock-mantle',
      region: 'us-east-1',
      path: '/v1',
      origin: 'https://bedrock-mantle.us-east-1.api.aws',
      trailingSlash: true,
    });
    expect(parseBaseUrl('https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1')).toMatchObject({
      endpoint: 'bedrock-runtime',
      region: 'eu-west-1',
      path: '/openai/v1',
    });
    expect(parseBaseUrl('https://bedrock-mantle.us-east-2.api.aws')).toMatchObject({ path: '' });
  });

  it('knows nothing of other hosts, nor of an endpoint under the other domain', () => {
    expect(parseBaseUrl('https://api.openai.com/v1')).toBeNull();
    expect(parseBaseUrl('https://bedrock-mantle.us-east-1.amazonaws.com/v1')).toBeNull();
    expect(parseBaseUrl('https://bedrock-runtime.us-east-1.api.aws/openai/v1')).toBeNull();
    expect(parseBaseUrl('http://localhost:4000/bedrock-mantle.us-east-1.api.aws/v1')).toBeNull();
  });

  it('writes mantle’s base URL the way the code wrote its own', () => {
    expect(mantleBaseUrl('us-east-1', '/openai/v1', parseBaseUrl('https://bedrock-mantle.us-east-1.api.aws/v1/')!)).toBe(
      'https://bedrock-mantle.us-east-1.api.aws/openai/v1/',
    );
    expect(mantleBaseUrl('eu-west-1', '/v1')).toBe('https://bedrock-mantle.eu-west-1.api.aws/v1');
  });
});

describe('the base URL of an OpenAI-compatible call', () => {
  it('is reported when mantle serves the model under another path, with the fixed URL where the string is the whole URL', () => {
    const [finding] = judgeOperation(catalog, lookup, openAiCall('https://bedrock-mantle.us-east-1.api.aws/v1'));
    expect(finding).toMatchObject({
      messageId: 'mantleBasePath',
      data: { path: '/openai/v1', written: '/v1' },
      location: 'model',
      source: OBSERVED,
      severity: 'error',
    });
    expect(finding!.suggestions).toEqual([
      {
        messageId: 'useBaseUrl',
        data: { url: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1' },
        edit: { kind: 'replace-value', location: 'url', value: 'https://bedrock-mantle.us-east-1.api.aws/openai/v1' },
      },
    ]);
    const built = openAiCall('https://bedrock-mantle.us-east-1.api.aws/v1', {
      baseUrl: { value: 'https://bedrock-mantle.us-east-1.api.aws/v1', location: 'url', editable: false },
    });
    expect(judgeOperation(catalog, lookup, built)[0]?.suggestions).toEqual([]);
  });

  it('is silent under the path that serves the model, where the path is unknown, and for the Messages API', () => {
    expect(judgeOperation(catalog, lookup, openAiCall('https://bedrock-mantle.us-east-1.api.aws/openai/v1/'))).toEqual([]);
    expect(judgeOperation(catalog, lookupWith(null), openAiCall('https://bedrock-mantle.us-east-1.api.aws/v1'))).toEqual([]);
    expect(judgeOperation(catalog, lookup, openAiCall('https://bedrock-mantle.us-east-1.api.aws/anthropic', { operation: 'mantle:messages' }))).toEqual([]);
  });

  it("on bedrock-runtime's OpenAI path, says only bedrock-mantle serves the model and proposes mantle's URL in the same region", () => {
    const [finding] = judgeOperation(
      catalog,
      lookup,
      openAiCall('https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1', { operation: 'runtime:responses' }),
    );
    expect(finding).toMatchObject({ messageId: 'notOnRuntime', data: { operation: 'its Responses API', apis: 'Responses' }, source: CARD });
    expect(finding!.suggestions.map((suggestion) => suggestion.data.url)).toEqual(['https://bedrock-mantle.us-west-2.api.aws/openai/v1']);
    // Through Chat Completions, which mantle does not serve the model through either, the URL alone fixes nothing.
    const chat = openAiCall('https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1', { operation: 'runtime:chatCompletions' });
    expect(judgeOperation(catalog, lookup, chat)[0]).toMatchObject({ messageId: 'notOnRuntime', suggestions: [] });
  });
});

describe('a mantle-only model in a bedrock-runtime SDK call', () => {
  const context: JudgeContext = { catalog, today: catalog.date, allow: new Set(), regions: [], capabilities: lookup };
  const call = occurrence(MANTLE_ONLY, { site: 'call', onDemand: true, regions: ['us-east-1'] });
  const rules = (found: ReturnType<typeof occurrence>, judging: JudgeContext) =>
    judgeOccurrence(found, judging, ['no-region-unavailable-model-id']).map((finding) => finding.messageId);

  it('is left by the region rule to no-unsupported-model-operation, which reports it', () => {
    expect(reportsNotOnRuntime(catalog, lookup, MANTLE_ONLY)).toBe(true);
    expect(rules({ ...call, sdkOperation: true }, context)).toEqual([]);
  });

  it('is still the region rule’s where the request rules do not judge the call, or are off', () => {
    expect(rules(call, context)).toEqual(['mantleOnly']);
    expect(rules({ ...call, sdkOperation: true }, { ...context, capabilities: null })).toEqual(['mantleOnly']);
    // Capabilities that name no mantle API leave no-unsupported-model-operation silent: the region rule speaks.
    const silent = capabilityLookup({
      schemaVersion: 1,
      currentTo: '2026-12-01',
      models: { [MANTLE_ONLY]: { ...capabilities(null), endpoints: { bedrockRuntime: false, bedrockMantle: null } } },
      families: {},
    });
    expect(reportsNotOnRuntime(catalog, silent, MANTLE_ONLY)).toBe(false);
    expect(rules({ ...call, sdkOperation: true }, { ...context, capabilities: silent })).toEqual(['mantleOnly']);
  });
});
