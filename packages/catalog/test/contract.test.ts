// What the rules rely on in the bundled catalog (or the one BEDROCK_CATALOG_FILE names): invariants, and facts
// no newer data can overturn, because the catalog never forgets an ID or a recorded event. No counts and no
// exact lists of one snapshot: a nightly sync that finds something new must pass this file.
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type HistoryEvent, type Lifecycle } from '../src/index.ts';
import { catalogUnderTest } from './data/load.ts';

const data = catalogUnderTest();
const catalog = BedrockCatalog.of(data);

/** Whether the catalog knows `id` at all: as a live model or profile, or retired. */
const known = (id: string): boolean => catalog.resolve(id)?.kind !== 'unknown' && catalog.resolve(id) !== null;

/** Every event the catalog recorded for `id`, wherever the entry is now (live, retired, or kept as observed by a retirement). */
function eventsOf(id: string): readonly HistoryEvent[] {
  return catalog.history(id);
}

describe('invariants the rules rely on', () => {
  it('gives every live model a provider, a name and lifecycle records of a known status', () => {
    const statuses = new Set(['ACTIVE', 'LEGACY']);
    for (const [id, model] of Object.entries(data.models)) {
      expect(model.provider, id).not.toBe('');
      expect(model.name, id).not.toBe('');
      const records = Object.values(model.regions)
        .map((entry) => entry.lifecycle)
        .filter((life): life is Lifecycle => life !== null);
      for (const life of records) expect(statuses.has(life.status), `${id}: ${life.status}`).toBe(true);
    }
  });

  it('lets every profile route to models the catalog knows', () => {
    for (const [id, profile] of Object.entries(data.profiles)) {
      for (const modelId of profile.models) expect(data.models[modelId] ?? data.retired[modelId], `${id} → ${modelId}`).toBeDefined();
    }
  });

  it('resolves every ID a region lists, and judges the lifecycle of every live ID without throwing', () => {
    for (const entry of Object.values(data.regions)) for (const id of [...entry.models, ...entry.profiles]) expect(known(id), id).toBe(true);
    for (const id of [...Object.keys(data.models), ...Object.keys(data.profiles)]) expect(() => catalog.lifecycle(id)).not.toThrow();
  });

  it('is current to a date no earlier than its newest observation', () => {
    expect(catalog.date >= data.generatedAt.slice(0, 10)).toBe(true);
  });
});

describe('facts no newer data can overturn', () => {
  it('keeps Claude 3.5 Haiku as seen and now retired', () => {
    const resolution = catalog.resolve('anthropic.claude-3-5-haiku-20241022-v1:0');
    expect(resolution?.kind).toBe('retired');
    if (resolution?.kind === 'retired') expect(resolution.retired.lastSeen).not.toBeNull();
    expect(catalog.lifecycle('anthropic.claude-3-5-haiku-20241022-v1:0')?.stage).toBe('RETIRED');
  });

  it('never forgets the IDs the 2023 us-east-1 listing returned', () => {
    // us-east-1-20231007-list-foundation-models-boto3.json: every model ID of that listing.
    const listed2023 = [
      'ai21.j2-grande-instruct',
      'ai21.j2-jumbo-instruct',
      'ai21.j2-mid',
      'ai21.j2-mid-v1',
      'ai21.j2-ultra',
      'ai21.j2-ultra-v1',
      'amazon.titan-e1t-medium',
      'amazon.titan-embed-g1-text-02',
      'amazon.titan-embed-text-v1',
      'amazon.titan-text-express-v1',
      'amazon.titan-tg1-large',
      'anthropic.claude-instant-v1',
      'anthropic.claude-v1',
      'anthropic.claude-v2',
      'cohere.command-text-v14',
      'stability.stable-diffusion-xl',
      'stability.stable-diffusion-xl-v0',
    ];
    for (const id of listed2023) expect(known(id), id).toBe(true);
  });

  it('reports the historic IDs aws-cdk-lib still ships as retired, never unknown', () => {
    for (const id of [
      'meta.llama2-13b-chat-v1',
      'meta.llama2-70b-chat-v1',
      'stability.stable-diffusion-xl-v1',
      'meta.llama2-13b-chat-v1:0:4k',
      'cohere.command-text-v14:7:4k',
      'amazon.titan-text-lite-v1:0:4k',
    ]) {
      expect(catalog.resolve(id)?.kind, id).toBe('retired');
    }
  });

  it('knows the models and profiles launched after the 2026-08-22 recordings', () => {
    for (const id of [
      'anthropic.claude-fable-5-1',
      'anthropic.claude-opus-5-5',
      'us.anthropic.claude-opus-5-5',
      'global.anthropic.claude-fable-5-1',
      'openai.gpt-6-sol',
      'us.openai.gpt-6-sol',
    ]) {
      expect(known(id), id).toBe(true);
    }
  });

  it('knows the bedrock-mantle names of the 2026-08-22 mantle listing', () => {
    for (const id of ['openai.gpt-oss-20b', 'openai.gpt-oss-120b', 'anthropic.claude-haiku-4-5', 'qwen.qwen3-32b', 'openai.gpt-5.5-2026-04-23'])
      expect(known(id), id).toBe(true);
  });

  it('keeps the recorded history: Nova Canvas was added in us-east-1 on 2026-02-08, Claude 3.5 Sonnet v2 left the US regions on 2026-04-01', () => {
    expect(eventsOf('amazon.nova-canvas-v1:0')).toContainEqual(
      expect.objectContaining({ date: '2026-02-08', change: 'added', regions: expect.arrayContaining(['us-east-1']) }),
    );
    expect(eventsOf('anthropic.claude-3-5-sonnet-20241022-v2:0')).toContainEqual({
      date: '2026-04-01',
      change: 'regions-removed',
      regions: ['us-east-1', 'us-east-2', 'us-west-2'],
    });
  });

  it('keeps every region it ever polled', () => {
    for (const region of ['ap-northeast-1', 'ap-south-1', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-2']) {
      expect(catalog.knowsRegion(region), region).toBe(true);
    }
  });

  it('judges Claude Sonnet 4 past its end of life (2026-10-14, the API own date) on any later date', () => {
    expect(catalog.lifecycle('anthropic.claude-sonnet-4-20250514-v1:0', { date: '2026-12-01' })?.stage).toMatch(/^(PAST_END_OF_LIFE|RETIRED)$/);
    expect(catalog.lifecycle('us.anthropic.claude-sonnet-4-20250514-v1:0', { date: '2026-12-01' })?.stage).toMatch(/^(PAST_END_OF_LIFE|RETIRED)$/);
  });
});
