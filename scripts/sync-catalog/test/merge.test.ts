// mergeObservations on its own: small hand-built observations, no server, no files.
import { describe, expect, it } from 'vitest';
import type { Catalog, Lifecycle } from '@bedrock-models/catalog';
import { mergeObservations } from '../merge.ts';
import type { ObservedModel, ObservedProfile, RegionObservation } from '../normalize.ts';

const ACTIVE: Lifecycle = { status: 'ACTIVE' };

function observedModel(name: string, extra: Partial<ObservedModel> = {}): ObservedModel {
  return {
    provider: 'Acme',
    name,
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
    streaming: true,
    customizations: [],
    inferenceTypes: ['ON_DEMAND'],
    lifecycle: ACTIVE,
    ...extra,
  };
}

function observedProfile(name: string, model: string, destinations: string[]): ObservedProfile {
  return { name, models: [model], destinations };
}

function observation(region: string, models: Record<string, ObservedModel>, profiles: Record<string, ObservedProfile> = {}): RegionObservation {
  return { region, models: new Map(Object.entries(models)), profiles: new Map(Object.entries(profiles)) };
}

/** One merge, with the stamping run.ts does afterwards (generatedAt, lastSynced) so that the result can be fed to the next merge. */
function sync(previous: Catalog | null, asOf: string, observations: RegionObservation[], staleRegions: string[] = []) {
  const result = mergeObservations({ previous, observations, staleRegions, asOf });
  result.catalog.generatedAt = asOf;
  for (const { region } of observations) result.catalog.regions[region]!.lastSynced = asOf;
  return result;
}

const JAN = '2026-01-10T00:00:00Z';
const FEB = '2026-02-10T00:00:00Z';
const MAR = '2026-03-10T00:00:00Z';

describe('mergeObservations', () => {
  it('starts a catalog from nothing: models, profiles and regions, each with an "added" event', () => {
    const { catalog, changes } = sync(null, JAN, [
      observation(
        'us-west-2',
        { 'acme.alpha-v1:0': observedModel('Alpha') },
        { 'us.acme.alpha-v1:0': observedProfile('US Alpha', 'acme.alpha-v1:0', ['us-east-1', 'us-west-2']) },
      ),
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha'), 'acme.beta-v1:0': observedModel('Beta', { inferenceTypes: null }) }),
    ]);
    expect(Object.keys(catalog.regions)).toEqual(['us-east-1', 'us-west-2']);
    expect(catalog.regions['us-west-2']).toEqual({ geo: 'us', lastSynced: JAN, models: ['acme.alpha-v1:0'], profiles: ['us.acme.alpha-v1:0'] });
    expect(catalog.regions['us-east-1']!.geo).toBeNull();
    expect(catalog.models['acme.alpha-v1:0']!.regions).toEqual({
      'us-east-1': { inferenceTypes: ['ON_DEMAND'], lifecycle: ACTIVE },
      'us-west-2': { inferenceTypes: ['ON_DEMAND'], lifecycle: ACTIVE },
    });
    expect(catalog.models['acme.alpha-v1:0']!.history).toEqual([{ date: '2026-01-10', change: 'added', regions: ['us-east-1', 'us-west-2'] }]);
    // An answer that does not say stays unknown: null, never a guess.
    expect(catalog.models['acme.beta-v1:0']!.regions['us-east-1']!.inferenceTypes).toBeNull();
    expect(catalog.profiles['us.acme.alpha-v1:0']).toEqual({
      name: 'US Alpha',
      geo: 'us',
      models: ['acme.alpha-v1:0'],
      sources: { 'us-west-2': ['us-east-1', 'us-west-2'] },
      history: [{ date: '2026-01-10', change: 'added', regions: ['us-west-2'] }],
    });
    expect(changes.addedModels.map((model) => model.id)).toEqual(['acme.alpha-v1:0', 'acme.beta-v1:0']);
    expect(changes.addedProfiles).toEqual([{ id: 'us.acme.alpha-v1:0', name: 'US Alpha', regions: ['us-west-2'] }]);
    expect(changes.retiredModels).toEqual([]);
  });

  it('does not change its input', () => {
    const first = sync(null, JAN, [observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha') })]).catalog;
    const copy = structuredClone(first);
    sync(first, FEB, [observation('us-east-1', { 'acme.beta-v1:0': observedModel('Beta') })]);
    expect(first).toEqual(copy);
  });

  it('gives the same catalog whatever order the regions answered in', () => {
    const east = observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha East') });
    const west = observation('us-west-2', { 'acme.alpha-v1:0': observedModel('Alpha West') });
    const a = sync(null, JAN, [east, west]);
    const b = sync(null, JAN, [west, east]);
    expect(JSON.stringify(a.catalog)).toBe(JSON.stringify(b.catalog));
    // Entry-wide fields come from the alphabetically first region.
    expect(a.catalog.models['acme.alpha-v1:0']!.name).toBe('Alpha East');
  });

  it('records regions gained and lost by a model that stays live', () => {
    const first = sync(null, JAN, [observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha') }), observation('us-west-2', {})]).catalog;
    const second = sync(first, FEB, [observation('us-east-1', {}), observation('us-west-2', { 'acme.alpha-v1:0': observedModel('Alpha') })]);
    expect(Object.keys(second.catalog.models['acme.alpha-v1:0']!.regions)).toEqual(['us-west-2']);
    expect(second.changes.regionsAdded).toEqual([{ id: 'acme.alpha-v1:0', regions: ['us-west-2'] }]);
    expect(second.changes.regionsRemoved).toEqual([{ id: 'acme.alpha-v1:0', regions: ['us-east-1'] }]);
    expect(second.changes.retiredModels).toEqual([]);
    expect(second.catalog.models['acme.alpha-v1:0']!.history.map((event) => event.change)).toEqual(['added', 'regions-added', 'regions-removed']);
  });

  it('moves a model gone from every region to retired, with when and where it was last seen and its lifecycle', () => {
    const legacy: Lifecycle = { status: 'LEGACY', legacy: '2026-01-01T00:00:00Z', endOfLife: '2026-06-01T00:00:00Z' };
    const first = sync(null, JAN, [
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha', { lifecycle: legacy }), 'acme.beta-v1:0': observedModel('Beta') }),
    ]).catalog;
    first.models['acme.alpha-v1:0']!.replacement = 'acme.beta-v1:0';
    const { catalog, changes } = sync(first, FEB, [observation('us-east-1', { 'acme.beta-v1:0': observedModel('Beta') })]);
    expect(catalog.models['acme.alpha-v1:0']).toBeUndefined();
    expect(catalog.retired['acme.alpha-v1:0']).toEqual({
      kind: 'model',
      provider: 'Acme',
      name: 'Alpha',
      lastSeen: '2026-01-10',
      retired: '2026-02-10',
      regions: ['us-east-1'],
      lifecycle: legacy,
      replacement: 'acme.beta-v1:0',
      history: [
        { date: '2026-01-10', change: 'added', regions: ['us-east-1'] },
        { date: '2026-02-10', change: 'retired', regions: ['us-east-1'] },
      ],
    });
    expect(changes.retiredModels).toEqual([{ id: 'acme.alpha-v1:0', name: 'Alpha', regions: ['us-east-1'] }]);
    expect(changes.regionsRemoved).toEqual([]);
    expect(catalog.regions['us-east-1']!.models).toEqual(['acme.beta-v1:0']);
  });

  it('brings a retired model back with its history and replacement, as "returned"', () => {
    const first = sync(null, JAN, [observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha'), 'acme.beta-v1:0': observedModel('Beta') })]).catalog;
    first.models['acme.alpha-v1:0']!.replacement = 'acme.beta-v1:0';
    const second = sync(first, FEB, [observation('us-east-1', { 'acme.beta-v1:0': observedModel('Beta') })]).catalog;
    const { catalog, changes } = sync(second, MAR, [
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha'), 'acme.beta-v1:0': observedModel('Beta') }),
    ]);
    expect(catalog.retired['acme.alpha-v1:0']).toBeUndefined();
    expect(catalog.models['acme.alpha-v1:0']!.replacement).toBe('acme.beta-v1:0');
    expect(catalog.models['acme.alpha-v1:0']!.history.map((event) => `${event.date} ${event.change}`)).toEqual([
      '2026-01-10 added',
      '2026-02-10 retired',
      '2026-03-10 returned',
    ]);
    expect(changes.returnedModels).toEqual([{ id: 'acme.alpha-v1:0', regions: ['us-east-1'] }]);
    expect(changes.addedModels).toEqual([]);
  });

  it('records a lifecycle change and an inference-type change per region, and not an unknown becoming known', () => {
    const first = sync(null, JAN, [
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha') }),
      observation('us-west-2', { 'acme.alpha-v1:0': observedModel('Alpha', { inferenceTypes: null }) }),
    ]).catalog;
    const legacy: Lifecycle = { status: 'LEGACY', legacy: '2026-02-01T00:00:00Z' };
    const { catalog, changes } = sync(first, FEB, [
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha', { lifecycle: legacy, inferenceTypes: ['INFERENCE_PROFILE'] }) }),
      observation('us-west-2', { 'acme.alpha-v1:0': observedModel('Alpha', { inferenceTypes: ['ON_DEMAND'] }) }),
    ]);
    expect(changes.lifecycle).toEqual([{ id: 'acme.alpha-v1:0', status: 'LEGACY', regions: ['us-east-1'], lifecycle: legacy }]);
    expect(changes.inferenceTypes).toEqual([{ id: 'acme.alpha-v1:0', inferenceTypes: ['INFERENCE_PROFILE'], regions: ['us-east-1'] }]);
    expect(catalog.models['acme.alpha-v1:0']!.regions['us-west-2']!.inferenceTypes).toEqual(['ON_DEMAND']);
    expect(catalog.models['acme.alpha-v1:0']!.history.slice(1)).toEqual([
      { date: '2026-02-10', change: 'lifecycle', status: 'LEGACY', regions: ['us-east-1'] },
      { date: '2026-02-10', change: 'inference-types', inferenceTypes: ['INFERENCE_PROFILE'], regions: ['us-east-1'] },
    ]);
  });

  it("keeps a stale region's data, marked stale, and retires nothing it listed", () => {
    const first = sync(null, JAN, [
      observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha') }),
      observation(
        'eu-west-1',
        { 'acme.euro-v1:0': observedModel('Euro') },
        { 'eu.acme.euro-v1:0': observedProfile('EU Euro', 'acme.euro-v1:0', ['eu-west-1']) },
      ),
    ]).catalog;
    const { catalog, changes } = sync(first, FEB, [observation('us-east-1', { 'acme.alpha-v1:0': observedModel('Alpha') })], ['eu-west-1']);
    expect(catalog.regions['eu-west-1']).toEqual({ ...first.regions['eu-west-1'], stale: true });
    expect(catalog.models['acme.euro-v1:0']!.regions['eu-west-1']!.stale).toBe(true);
    expect(catalog.models['acme.alpha-v1:0']!.regions['us-east-1']!.stale).toBeUndefined();
    expect(catalog.profiles['eu.acme.euro-v1:0']!.sources['eu-west-1']).toEqual(['eu-west-1']);
    expect(changes.staleRegions).toEqual(['eu-west-1']);
    expect(changes.retiredModels).toEqual([]);
  });

  it("retires a profile no region lists any more, and records a profile's new source region", () => {
    const alpha = { 'acme.alpha-v1:0': observedModel('Alpha') };
    const profile = observedProfile('US Alpha', 'acme.alpha-v1:0', ['us-east-1', 'us-west-2']);
    const first = sync(null, JAN, [observation('us-east-1', alpha, { 'us.acme.alpha-v1:0': profile }), observation('us-west-2', alpha)]).catalog;
    const second = sync(first, FEB, [
      observation('us-east-1', alpha, { 'us.acme.alpha-v1:0': profile }),
      observation('us-west-2', alpha, { 'us.acme.alpha-v1:0': profile }),
    ]);
    expect(second.changes.profileRegionsAdded).toEqual([{ id: 'us.acme.alpha-v1:0', regions: ['us-west-2'] }]);
    const third = sync(second.catalog, MAR, [observation('us-east-1', alpha), observation('us-west-2', alpha)]);
    expect(third.catalog.profiles['us.acme.alpha-v1:0']).toBeUndefined();
    expect(third.catalog.retired['us.acme.alpha-v1:0']).toMatchObject({
      kind: 'profile',
      name: 'US Alpha',
      lastSeen: '2026-02-10',
      retired: '2026-03-10',
      regions: ['us-east-1', 'us-west-2'],
    });
    expect(third.changes.retiredProfiles).toEqual([{ id: 'us.acme.alpha-v1:0', name: 'US Alpha', regions: ['us-east-1', 'us-west-2'] }]);
    expect(third.changes.profileRegionsRemoved).toEqual([]);
  });

  it('changes nothing and reports nothing when the answers are the same', () => {
    const answers = [
      observation(
        'us-east-1',
        { 'acme.alpha-v1:0': observedModel('Alpha') },
        { 'us.acme.alpha-v1:0': observedProfile('US Alpha', 'acme.alpha-v1:0', ['us-east-1']) },
      ),
    ];
    const first = sync(null, JAN, answers).catalog;
    const { catalog, changes } = mergeObservations({ previous: first, observations: answers, staleRegions: [], asOf: FEB });
    expect(catalog).toEqual(first);
    expect(Object.values(changes).every((list) => list.length === 0)).toBe(true);
  });
});
