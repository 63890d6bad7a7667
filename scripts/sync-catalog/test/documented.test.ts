// The documented-facts layer on its own: applied where the API is silent, never where it has spoken, and
// removed again exactly, so the sync always merges new observations into what the API said.
import type { Catalog } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import { applyDocumented, parseDocumented, stripDocumented, type DocumentedLayer } from '../documented.ts';
import { serializeCatalog } from '../write.ts';

const DOC = 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-test.html';

/** Two polled regions; Old is LEGACY with an end of life in us-east-1 and unknown elsewhere; New has a null region. */
function observed(): Catalog {
  return {
    schemaVersion: 1,
    generatedAt: '2026-08-22T00:00:00Z',
    source: 'test',
    regions: {
      'eu-west-1': { geo: 'eu', lastSynced: '2026-08-22T00:00:00Z', models: ['amazon.new-v2:0'], profiles: [] },
      'us-east-1': { geo: 'us', lastSynced: '2026-08-22T00:00:00Z', models: ['amazon.new-v2:0', 'amazon.old-v1:0'], profiles: ['us.amazon.old-v1:0'] },
    },
    models: {
      'amazon.new-v2:0': {
        provider: 'Amazon',
        name: 'New',
        inputModalities: ['TEXT'],
        outputModalities: ['TEXT'],
        streaming: true,
        customizations: [],
        regions: { 'eu-west-1': { inferenceTypes: null, lifecycle: null }, 'us-east-1': { inferenceTypes: ['ON_DEMAND'], lifecycle: { status: 'ACTIVE' } } },
        history: [{ date: '2026-02-08', change: 'added', regions: ['eu-west-1', 'us-east-1'] }],
      },
      'amazon.old-v1:0': {
        provider: 'Amazon',
        name: 'Old',
        inputModalities: ['TEXT'],
        outputModalities: ['TEXT'],
        streaming: true,
        customizations: [],
        replacement: 'amazon.new-v2:0',
        regions: {
          'us-east-1': { inferenceTypes: ['ON_DEMAND'], lifecycle: { status: 'LEGACY', legacy: '2026-03-01T08:00:00Z', endOfLife: '2026-10-01T07:00:00Z' } },
        },
        history: [{ date: '2026-02-08', change: 'added', regions: ['us-east-1'] }],
      },
    },
    profiles: {
      'us.amazon.old-v1:0': { name: 'US Old', geo: 'us', models: ['amazon.old-v1:0'], sources: { 'us-east-1': ['us-east-1', 'us-west-2'] }, history: [] },
    },
    retired: {},
  };
}

function layer(fields: Partial<DocumentedLayer> = {}): DocumentedLayer {
  return { checked: '2026-12-01', models: {}, profiles: {}, retired: {}, endOfLife: {}, regions: {}, mantle: {}, ...fields };
}

const fact = { source: DOC, date: '2026-09-01' };

describe('applyDocumented', () => {
  it('adds a model and a profile the API has not listed, with their source, and no per-region facts', () => {
    const catalog = observed();
    const warnings = applyDocumented(
      catalog,
      layer({
        models: { 'amazon.next-v1:0': { provider: 'Amazon', name: 'Next', ...fact } },
        profiles: {
          'us.amazon.next-v1:0': {
            name: 'US Next',
            models: ['amazon.next-v1:0'],
            sources: { 'us-east-1': ['us-east-1'], 'us-gov-west-1': ['us-gov-west-1'] },
            ...fact,
          },
        },
      }),
      { observedTo: '2026-08-22' },
    );
    expect(warnings).toEqual([]);
    expect(catalog.models['amazon.next-v1:0']).toMatchObject({ regions: {}, streaming: null, documented: fact });
    // A polled region that did not list the profile is the API's word; an unpolled one is the document's.
    expect(catalog.profiles['us.amazon.next-v1:0']).toMatchObject({ geo: 'us', sources: { 'us-gov-west-1': ['us-gov-west-1'] }, documented: fact });
  });

  it('never overrides an API observation: an observed model, inference types, an end of life, a polled region', () => {
    const catalog = observed();
    const before = structuredClone(catalog);
    const warnings = applyDocumented(
      catalog,
      layer({
        checked: '2026-09-01',
        models: { 'amazon.new-v2:0': { provider: 'Other', name: 'Renamed', ...fact } },
        regions: {
          'us-east-1': { 'amazon.new-v2:0': { inferenceTypes: ['INFERENCE_PROFILE'], ...fact } },
          'eu-west-1': { 'amazon.old-v1:0': { inferenceTypes: ['ON_DEMAND'], ...fact } },
        },
        endOfLife: { 'amazon.old-v1:0': { endOfLife: '2027-01-01', ...fact } },
      }),
      { observedTo: '2026-08-22' },
    );
    expect(catalog.models['amazon.new-v2:0']).toEqual(before.models['amazon.new-v2:0']);
    expect(catalog.models['amazon.old-v1:0']!.regions).toEqual(before.models['amazon.old-v1:0']!.regions);
    expect(warnings).toEqual([
      'documented: /models/amazon.new-v2:0 is known to the API now; the entry can go',
      'documented: /regions/eu-west-1/amazon.old-v1:0: the API does not list amazon.old-v1:0 in eu-west-1; the API supersedes the document',
    ]);
  });

  it('fills what the API left unknown, saying which fields the document gives', () => {
    const catalog = observed();
    applyDocumented(catalog, layer({ regions: { 'eu-west-1': { 'amazon.new-v2:0': { inferenceTypes: ['ON_DEMAND'], ...fact } } } }), {
      observedTo: '2026-08-22',
    });
    expect(catalog.models['amazon.new-v2:0']!.regions['eu-west-1']).toEqual({
      inferenceTypes: ['ON_DEMAND'],
      lifecycle: null,
      documented: { fields: ['inferenceTypes'], ...fact },
    });
  });

  it('retires a model whose end of life has passed by the catalog date, keeping the observed entry, and the profiles of only such models', () => {
    const catalog = observed();
    applyDocumented(catalog, layer(), { observedTo: '2026-08-22' });
    expect(catalog.currentTo).toBe('2026-12-01');
    expect(catalog.models['amazon.old-v1:0']).toBeUndefined();
    expect(catalog.retired['amazon.old-v1:0']).toMatchObject({
      kind: 'model',
      retired: '2026-10-01',
      lastSeen: '2026-08-22',
      regions: ['us-east-1'],
      replacement: 'amazon.new-v2:0',
      observed: observed().models['amazon.old-v1:0'],
    });
    expect(catalog.retired['us.amazon.old-v1:0']).toMatchObject({
      kind: 'profile',
      retired: '2026-10-01',
      observed: observed().profiles['us.amazon.old-v1:0'],
    });
    // Checked before the end of life, nothing moves.
    const earlier = observed();
    applyDocumented(earlier, layer({ checked: '2026-09-30' }), { observedTo: '2026-08-22' });
    expect(earlier.models['amazon.old-v1:0']).toBeDefined();
  });

  it('adds bedrock-mantle regions to a model, and a mantle name the runtime API never lists', () => {
    const catalog = observed();
    applyDocumented(
      catalog,
      layer({
        mantle: {
          'amazon.new-v2:0': { regions: ['us-east-1', 'eu-west-1'], ...fact },
          'amazon.new': { regions: ['us-east-1'], runtimeModel: 'amazon.new-v2:0', ...fact },
        },
      }),
      { observedTo: '2026-08-22' },
    );
    expect(catalog.models['amazon.new-v2:0']!.mantle).toEqual({ regions: ['eu-west-1', 'us-east-1'], ...fact });
    expect(catalog.models['amazon.new']).toMatchObject({
      provider: 'Amazon',
      name: 'New',
      endpoints: ['bedrock-mantle'],
      runtimeModel: 'amazon.new-v2:0',
      regions: {},
      documented: fact,
    });
  });

  it('adds IDs retired before any recording, unless the API lists them', () => {
    const catalog = observed();
    const warnings = applyDocumented(
      catalog,
      layer({
        retired: {
          'amazon.ancient-v1': { kind: 'model', provider: 'Amazon', name: 'Ancient', lastSeen: null, regions: [], ...fact },
          'amazon.new-v2:0': { kind: 'model', name: 'New', lastSeen: null, regions: [], ...fact },
        },
      }),
      { observedTo: '2026-08-22' },
    );
    expect(catalog.retired['amazon.ancient-v1']).toMatchObject({ kind: 'model', lastSeen: null, evidence: DOC, documented: fact });
    expect(catalog.models['amazon.new-v2:0']).toBeDefined();
    expect(warnings).toEqual(['documented: /retired/amazon.new-v2:0 is offered again; the API supersedes the document']);
  });
});

describe('stripDocumented', () => {
  it('gives back exactly what the API said, whatever the layer added', () => {
    const catalog = observed();
    applyDocumented(
      catalog,
      layer({
        models: { 'amazon.next-v1:0': { provider: 'Amazon', name: 'Next', ...fact } },
        profiles: { 'us.amazon.next-v1:0': { name: 'US Next', models: ['amazon.next-v1:0'], ...fact } },
        regions: {
          'eu-west-1': { 'amazon.new-v2:0': { inferenceTypes: ['ON_DEMAND'], ...fact } },
          'us-gov-west-1': { 'amazon.new-v2:0': { inferenceTypes: null, ...fact } },
        },
        endOfLife: { 'amazon.new-v2:0': { endOfLife: '2027-06-01', ...fact } },
        mantle: { 'amazon.new-v2:0': { regions: ['us-east-1'], ...fact } },
        retired: { 'amazon.ancient-v1': { kind: 'model', name: 'Ancient', lastSeen: null, regions: [], ...fact } },
      }),
      { observedTo: '2026-08-22' },
    );
    expect(catalog.models['amazon.new-v2:0']!.regions['us-gov-west-1']).toMatchObject({ documented: { fields: ['offered'] } });
    expect(catalog.models['amazon.new-v2:0']!.regions['us-east-1']!.lifecycle).toEqual({ status: 'ACTIVE', endOfLife: '2027-06-01T00:00:00Z' });
    expect(serializeCatalog(stripDocumented(catalog))).toBe(serializeCatalog(observed()));
  });
});

describe('parseDocumented', () => {
  it('requires a source and a date on every fact, and the day the layer was checked', () => {
    expect(() => parseDocumented('{"models":{}}', 'documented.json')).toThrow(/"checked" must be the date/);
    expect(() => parseDocumented('{"checked":"2026-12-01","models":{"a.b-v1":{"provider":"A","name":"B","date":"2026-09-01"}}}', 'documented.json')).toThrow(
      'documented.json: /models/a.b-v1 must say where its facts come from in "source"',
    );
    expect(() =>
      parseDocumented('{"checked":"2026-12-01","regions":{"us-east-1":{"a.b-v1":{"inferenceTypes":null,"source":"x"}}}}', 'documented.json'),
    ).toThrow(/\/regions\/us-east-1\/a.b-v1 must give the date/);
    expect(() => parseDocumented('{"checked":"2026-12-01","guesses":{}}', 'documented.json')).toThrow('unknown top-level field "guesses"');
    expect(parseDocumented('{"checked":"2026-12-01"}', 'documented.json')).toEqual(layer());
  });
});
