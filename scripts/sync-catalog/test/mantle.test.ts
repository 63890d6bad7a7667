// How the probe's per-region answers become the mantle section: region by region over the recorded listing.
import { describe, expect, it } from 'vitest';
import type { MantleName } from '../documented.ts';
import { mantleChanges, mantleSection, takeInListings } from '../mantle.ts';

const recorded: Record<string, MantleName> = {
  'openai.gpt-oss-20b': { regions: ['eu-west-1', 'us-east-1'], runtimeModel: 'openai.gpt-oss-20b-1:0', source: 'recorded listing', date: '2026-08-22' },
  'qwen.qwen3-32b': { regions: ['us-east-1'], provider: 'Qwen', name: 'Qwen3 32B', source: 'recorded listing', date: '2026-08-22' },
};

describe('takeInListings', () => {
  it('stamps a region whose listing changed and keeps one whose listing did not', () => {
    const previous = { 'us-east-1': { lastSynced: '2026-08-22T00:00:00Z', models: ['a.x', 'b.y'] } };
    const next = takeInListings(
      previous,
      [
        { region: 'us-east-1', answer: { data: [{ id: 'b.y' }, { id: 'a.x', created: 1 }] } },
        { region: 'eu-west-1', answer: { data: [{ id: 'a.x' }] } },
      ],
      '2026-12-02T00:00:00Z',
    );
    expect(next).toEqual({
      'us-east-1': { lastSynced: '2026-08-22T00:00:00Z', models: ['a.x', 'b.y'] },
      'eu-west-1': { lastSynced: '2026-12-02T00:00:00Z', models: ['a.x'] },
    });
  });
});

describe('mantleSection', () => {
  it('keeps the recording where no region was probed', () => {
    expect(mantleSection({}, recorded)).toEqual(recorded);
  });

  it('lets a probed region answer for itself and keeps the recording elsewhere', () => {
    const section = mantleSection({ 'us-east-1': { lastSynced: '2026-12-02T00:00:00Z', models: ['openai.gpt-oss-20b'] } }, recorded);
    expect(section).toEqual({
      'openai.gpt-oss-20b': {
        regions: ['eu-west-1', 'us-east-1'],
        runtimeModel: 'openai.gpt-oss-20b-1:0',
        source: "bedrock-mantle GET /v1/models as the sync's probe took it in (listed in us-east-1); eu-west-1 from recorded listing",
        date: '2026-12-02',
      },
    });
  });

  it('adds a name only the endpoint lists, with the provider the catalog gives its prefix', () => {
    const section = mantleSection({ 'eu-west-1': { lastSynced: '2026-12-02T00:00:00Z', models: ['openai.gpt-oss-20b', 'openai.gpt-7'] } }, recorded, {
      providerOf: (id) => (id.startsWith('openai.') ? 'OpenAI' : undefined),
    });
    expect(section['openai.gpt-7']).toEqual({
      regions: ['eu-west-1'],
      provider: 'OpenAI',
      name: 'openai.gpt-7',
      source: "bedrock-mantle GET /v1/models as the sync's probe took it in (listed in eu-west-1)",
      date: '2026-12-02',
    });
    expect(section['qwen.qwen3-32b']).toEqual(recorded['qwen.qwen3-32b']);
  });

  it('drops a name no region serves any more', () => {
    const section = mantleSection({ 'us-east-1': { lastSynced: '2026-12-02T00:00:00Z', models: ['openai.gpt-oss-20b'] } }, recorded);
    expect(Object.keys(section)).toEqual(['openai.gpt-oss-20b']);
  });
});

describe('mantleChanges', () => {
  it('reports regions added and removed, only in the regions the probe answered for', () => {
    const before = new Map([
      ['a.x', ['eu-west-1', 'us-east-1']],
      ['b.y', ['us-east-1']],
    ]);
    const after = new Map([
      ['a.x', ['us-east-1', 'us-west-2']],
      ['c.z', ['us-east-1']],
    ]);
    expect(mantleChanges(before, after, new Set(['us-east-1', 'eu-west-1']))).toEqual([
      { id: 'a.x', added: [], removed: ['eu-west-1'] },
      { id: 'b.y', added: [], removed: ['us-east-1'] },
      { id: 'c.z', added: ['us-east-1'], removed: [] },
    ]);
  });
});
