// The region findings that read the catalog's history and its bedrock-mantle data, and what the judgement says
// about the bundled catalog's documented facts (facts newer data cannot overturn: an ID never leaves the catalog).
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import { judgeLifecycle, judgeOccurrence, judgeRegions, occurrence, type JudgeContext } from '../src/index.ts';
import { judgeCatalog } from './fixture.ts';

const X = 'anthropic.claude-x-20250101-v1:0';

/** The fixture where Claude X left us-east-2 (listed 2026-02-08, gone 2026-03-04) and a mantle name of Old exists. */
function withHistory(): Catalog {
  const data = structuredClone(judgeCatalog);
  data.regions['us-east-2']!.models = [];
  data.models[X]!.history = [
    { date: '2026-02-08', change: 'added', regions: ['ap-northeast-1', 'eu-west-1', 'us-east-1', 'us-east-2'] },
    { date: '2026-03-04', change: 'regions-removed', regions: ['us-east-2'] },
  ];
  data.models['amazon.old'] = {
    provider: 'Amazon',
    name: 'Old (mantle)',
    inputModalities: [],
    outputModalities: [],
    streaming: null,
    customizations: [],
    endpoints: ['bedrock-mantle'],
    regions: {},
    history: [],
    runtimeModel: 'amazon.old-v1:0',
    mantle: { regions: ['eu-west-1'], source: 'test listing', date: '2026-03-04' },
  };
  return data;
}

describe('judgeRegions', () => {
  const catalog = BedrockCatalog.of(withHistory());

  it('says a model was withdrawn from a region, when, and where it is still offered', () => {
    expect(judgeRegions(catalog, { value: X, regions: ['us-east-2'] })).toMatchObject([
      {
        reason: 'withdrawn',
        region: 'us-east-2',
        withdrawal: { withdrawn: '2026-03-04', lastListed: '2026-02-08' },
        offeredIn: ['ap-northeast-1', 'eu-west-1', 'us-east-1'],
      },
    ]);
    // With a replacement callable from the region, it is proposed too.
    const replaced = withHistory();
    replaced.models[X]!.replacement = 'amazon.old-v1:0';
    replaced.models['amazon.old-v1:0']!.regions['us-east-2'] = { inferenceTypes: ['ON_DEMAND'], lifecycle: null };
    replaced.regions['us-east-2']!.models = ['amazon.old-v1:0'];
    expect(judgeRegions(BedrockCatalog.of(replaced), { value: X, regions: ['us-east-2'] })[0]?.suggestions).toContain('amazon.old-v1:0');
    expect(judgeRegions(catalog, { value: X, regions: ['us-east-2'] })[0]?.suggestions).not.toContain('amazon.old-v1:0');
    // Never listed there: plainly not offered.
    expect(BedrockCatalog.of(judgeCatalog).withdrawal(X, 'us-east-2')).toBeNull();
    expect(judgeRegions(BedrockCatalog.of(judgeCatalog), { value: X, regions: ['us-east-2'] })).toMatchObject([{ reason: 'not-offered' }]);
  });

  it('says an on-demand runtime call to a bedrock-mantle name is rejected, and proposes the runtime ID', () => {
    expect(judgeRegions(catalog, { value: 'amazon.old', regions: ['us-east-1'], onDemand: true })).toMatchObject([
      { reason: 'mantle-only', region: 'us-east-1', mantleRegions: ['eu-west-1'], suggestions: ['amazon.old-v1:0'] },
    ]);
    // Outside an on-demand call (an IAM policy, a table) the name may well be meant for mantle: silent.
    expect(judgeRegions(catalog, { value: 'amazon.old', regions: ['us-east-1'] })).toEqual([]);
    // A region the catalog never polled: silent.
    expect(judgeRegions(catalog, { value: 'amazon.old', regions: ['us-gov-west-1'], onDemand: true })).toEqual([]);
  });
});

describe('the bundled catalog, judged at its own date', () => {
  const catalog = BedrockCatalog.bundled();
  const context: JudgeContext = { catalog, today: catalog.date, allow: new Set(), regions: [] };
  const rulesOf = (id: string, facts: Parameters<typeof occurrence>[1] = {}): string[] =>
    judgeOccurrence(occurrence(id, facts), context).map((finding) => finding.rule);

  it('knows the models and profiles launched after the recordings', () => {
    for (const id of ['anthropic.claude-fable-5-1', 'us.anthropic.claude-opus-5-5', 'global.openai.gpt-6-sol', 'anthropic.claude-sonnet-5-5']) {
      expect(rulesOf(id, { site: 'call', onDemand: true, regions: ['us-east-1'] }), id).toEqual([]);
    }
  });

  it('reports Claude Sonnet 4 and Nova Canvas as past their end of life, not as LEGACY', () => {
    for (const id of ['anthropic.claude-sonnet-4-20250514-v1:0', 'amazon.nova-canvas-v1:0', 'ai21.jamba-1-5-large-v1:0']) {
      expect(judgeLifecycle(catalog, { value: id })?.stage, id).toBe('PAST_END_OF_LIFE');
    }
  });

  it('reports the historic IDs old code still carries as retired, not unknown', () => {
    for (const id of ['meta.llama2-13b-chat-v1', 'stability.stable-diffusion-xl-v1']) {
      expect(rulesOf(id), id).toEqual(['no-deprecated-model-id']);
      expect(judgeLifecycle(catalog, { value: id })?.stage, id).toBe('RETIRED');
    }
  });

  it('does not report a bedrock-mantle call to a mantle name', () => {
    expect(rulesOf('openai.gpt-oss-20b', { site: 'call', onDemand: true, endpoint: 'bedrock-mantle', regions: ['us-east-1'] })).toEqual([]);
  });
});
