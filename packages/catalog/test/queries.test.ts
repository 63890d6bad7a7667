// The queries added for documented facts, bedrock-mantle and history, on hand-made variants of the test catalog.
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type Catalog } from '../src/index.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';

const X = 'anthropic.claude-x-20250101-v1:0';

/** The test catalog where bedrock-mantle serves Claude X in us-east-1 and sa-east-1, and openai.mantle-1 in us-east-1. */
function withMantle(): Catalog {
  const data = miniCatalog();
  data.models[X]!.mantle = { regions: ['sa-east-1', 'us-east-1'], source: 'test listing', date: '2026-06-01' };
  data.models['openai.mantle-1']!.mantle = { regions: ['us-east-1'], source: 'test listing', date: '2026-06-01' };
  return data;
}

/** The test catalog with a model and a profile known from documents only. */
function withDocumented(): Catalog {
  const data = miniCatalog();
  const documented = { source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-test.html', date: '2026-09-01' };
  data.models['amazon.doc-v1:0'] = {
    provider: 'Amazon',
    name: 'Doc',
    inputModalities: [],
    outputModalities: [],
    streaming: null,
    customizations: [],
    regions: {},
    history: [],
    documented,
  };
  data.profiles['us.amazon.doc-v1:0'] = { name: 'US Doc', geo: 'us', models: ['amazon.doc-v1:0'], sources: {}, history: [], documented };
  return data;
}

describe('models and profiles known from documents only', () => {
  const catalog = BedrockCatalog.of(withDocumented());

  it('are known, not unknown', () => {
    expect(catalog.resolve('amazon.doc-v1:0')?.kind).toBe('model');
    expect(catalog.resolve('us.amazon.doc-v1:0')?.kind).toBe('profile');
  });

  it('have unknown availability in every region, polled or not, so region rules stay silent', () => {
    for (const region of ['us-east-1', 'eu-west-1', 'us-gov-west-1']) {
      expect(catalog.availability('amazon.doc-v1:0', region)).toEqual({ status: 'unknown-region' });
      expect(catalog.availability('us.amazon.doc-v1:0', region)).toEqual({ status: 'unknown-region' });
      expect(catalog.inferenceTypes('amazon.doc-v1:0', region)).toBeNull();
      expect(catalog.endpointsOf('amazon.doc-v1:0', region)).toBeNull();
    }
  });

  it('leave observed entries exactly as they were', () => {
    expect(catalog.availability(X, 'us-east-1')).toEqual(BedrockCatalog.of(miniCatalog()).availability(X, 'us-east-1'));
    expect(catalog.availability('amazon.new-v2:0', 'eu-west-1')).toEqual({ status: 'absent' });
  });
});

describe('availability per endpoint', () => {
  const catalog = BedrockCatalog.of(withMantle());

  it('without an endpoint, answers as before: bedrock-runtime, silent on mantle-only models', () => {
    expect(catalog.availability(X, 'us-east-1')).toMatchObject({ status: 'offered', inferenceTypes: ['INFERENCE_PROFILE'] });
    expect(catalog.availability('openai.mantle-1', 'us-east-1')).toEqual({ status: 'unknown-region' });
  });

  it('on bedrock-mantle, follows the mantle listing where one answered for the region', () => {
    expect(catalog.availability(X, 'sa-east-1', { endpoint: 'bedrock-mantle' })).toEqual({ status: 'offered', inferenceTypes: null, stale: false });
    expect(catalog.availability('openai.mantle-1', 'sa-east-1', { endpoint: 'bedrock-mantle' })).toEqual({ status: 'absent' });
    expect(catalog.availability('amazon.new-v2:0', 'us-east-1', { endpoint: 'bedrock-mantle' })).toEqual({ status: 'absent' });
    // No mantle listing for us-west-2: nothing can be said there.
    expect(catalog.availability(X, 'us-west-2', { endpoint: 'bedrock-mantle' })).toEqual({ status: 'unknown-region' });
    expect(catalog.availability('us.anthropic.claude-x-20250101-v1:0', 'us-east-1', { endpoint: 'bedrock-mantle' })).toEqual({ status: 'unknown-region' });
  });

  it('on bedrock-runtime, says a mantle-only model is absent where the region was polled', () => {
    expect(catalog.availability('openai.mantle-1', 'us-east-1', { endpoint: 'bedrock-runtime' })).toEqual({ status: 'absent' });
    expect(catalog.availability('openai.mantle-1', 'ap-south-1', { endpoint: 'bedrock-runtime' })).toEqual({ status: 'unknown-region' });
    expect(catalog.availability(X, 'sa-east-1', { endpoint: 'bedrock-runtime' })).toEqual({ status: 'absent' });
  });

  it('lists the endpoints serving a model in a region', () => {
    expect(catalog.endpointsOf(X, 'us-east-1')).toEqual(['bedrock-mantle', 'bedrock-runtime']);
    expect(catalog.endpointsOf(X, 'sa-east-1')).toEqual(['bedrock-mantle']);
    expect(catalog.endpointsOf('openai.mantle-1', 'us-east-1')).toEqual(['bedrock-mantle']);
    expect(catalog.endpointsOf('amazon.new-v2:0', 'us-east-1')).toEqual(['bedrock-runtime']);
    expect(catalog.endpointsOf('amazon.old-v1:0', 'sa-east-1')).toEqual([]);
    // Runtime absent and mantle unknown: no claim either way.
    expect(catalog.endpointsOf('amazon.old-v1:0', 'us-west-2')).toBeNull();
    expect(catalog.endpointsOf(X, 'ap-south-1')).toBeNull();
  });
});

describe('history and withdrawals', () => {
  /** Claude X leaves us-west-2 on 2026-04-01 (last recorded change before: 2026-03-04) and stays in us-east-1. */
  function withWithdrawal(): Catalog {
    const data = miniCatalog();
    delete data.models[X]!.regions['us-west-2'];
    data.regions['us-west-2']!.models = ['amazon.new-v2:0'];
    data.models[X]!.history = [
      { date: '2026-02-08', change: 'added', regions: ['eu-west-1', 'us-east-1', 'us-west-2'] },
      { date: '2026-04-01', change: 'regions-removed', regions: ['us-west-2'] },
    ];
    data.models[X]!.replacement = 'amazon.new-v2:0';
    return data;
  }

  it('gives the recorded history of live and retired IDs, and nothing for unknown ones', () => {
    const catalog = BedrockCatalog.of(withWithdrawal());
    expect(catalog.history(X).map((event) => event.change)).toEqual(['added', 'regions-removed']);
    expect(catalog.history('amazon.gone-v1:0').at(-1)).toMatchObject({ change: 'retired', date: '2026-05-01' });
    expect(catalog.history('amazon.never-v1:0')).toEqual([]);
  });

  it('says a model was withdrawn from a region while offered elsewhere, with the dates and the replacement', () => {
    expect(BedrockCatalog.of(withWithdrawal()).withdrawal(X, 'us-west-2')).toEqual({
      id: X,
      region: 'us-west-2',
      withdrawn: '2026-04-01',
      lastListed: '2026-03-04',
      offeredIn: ['eu-west-1', 'us-east-1'],
      replacement: 'amazon.new-v2:0',
    });
  });

  it('says nothing where the model is offered, was never offered, returned, or is offered nowhere', () => {
    const catalog = BedrockCatalog.of(withWithdrawal());
    expect(catalog.withdrawal(X, 'us-east-1')).toBeNull();
    expect(catalog.withdrawal(X, 'sa-east-1')).toBeNull();
    expect(catalog.withdrawal(X, 'ap-south-1')).toBeNull();
    expect(catalog.withdrawal('amazon.gone-v1:0', 'us-east-1')).toBeNull();
    const returned = withWithdrawal();
    returned.models[X]!.history.push(
      { date: '2026-05-01', change: 'regions-added', regions: ['us-west-2'] },
      { date: '2026-06-01', change: 'regions-removed', regions: ['eu-west-1'] },
    );
    expect(BedrockCatalog.of(returned).withdrawal(X, 'us-west-2')).toBeNull();
  });

  it('finds the withdrawal the bundled catalog records for Claude 3.5 Sonnet v2 in us-east-1', () => {
    // The 2026-04-01 snapshot no longer listed it in the US regions; a newer sync can only add to its history.
    const withdrawal = BedrockCatalog.bundled().withdrawal('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1');
    if (withdrawal) expect(withdrawal).toMatchObject({ withdrawn: '2026-04-01', lastListed: '2026-03-04' });
    else expect(BedrockCatalog.bundled().resolve('anthropic.claude-3-5-sonnet-20241022-v2:0')?.kind).toBe('retired');
  });
});
