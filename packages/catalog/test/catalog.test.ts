// The typed API: lookups by ID and ARN, availability and inference types per region, lifecycle on a date,
// profiles, replacements, near matches, and the one-time index build behind O(1) lookups.
// The hand-written catalog (fixtures/mini-catalog.ts) makes each situation explicit; the bundled one is used
// where the real data is the point (near matches among ~280 real IDs, real profiles and retirements).
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, getBundledCatalogData, type Catalog } from '../src/index.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';
import { NearMatchIndex, toCandidate } from '../src/near.ts';

const mini = BedrockCatalog.of(miniCatalog());
const bundled = BedrockCatalog.bundled();
const X = 'anthropic.claude-x-20250101-v1:0';

describe('lookup by ID', () => {
  it('finds models, profiles and retired IDs in their own maps only', () => {
    expect(mini.model('amazon.new-v2:0')?.name).toBe('New');
    expect(mini.profile(`us.${X}`)?.name).toBe('US Claude X');
    expect(mini.retired('amazon.gone-v1:0')?.retired).toBe('2026-05-01');
    expect(mini.model(`us.${X}`)).toBeUndefined();
    expect(mini.profile(X)).toBeUndefined();
    expect(mini.model('amazon.gone-v1:0')).toBeUndefined();
  });

  it('never answers with a property of Object.prototype', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(mini.model(id)).toBeUndefined();
      expect(mini.profile(id)).toBeUndefined();
      expect(mini.retired(id)).toBeUndefined();
      expect(mini.resolve(id)?.kind).toBe('unknown');
    }
  });

  it('knows which regions were polled', () => {
    expect(mini.knowsRegion('sa-east-1')).toBe(true);
    expect(mini.knowsRegion('ap-south-1')).toBe(false);
  });

  it('knows a geography only from profiles of it, live or retired', () => {
    expect(mini.knowsGeo('eu')).toBe(true);
    expect(mini.knowsGeo('global')).toBe(true);
    expect(mini.knowsGeo('apac')).toBe(false);
    // GovCloud: AWS documents a us-gov geography, but no listing of its profiles ever reached the catalog.
    expect(BedrockCatalog.bundled().knowsGeo('us-gov')).toBe(false);
  });
});

describe('resolve', () => {
  it('reads a model ID, a profile ID and a retired ID', () => {
    expect(mini.resolve('amazon.new-v2:0')).toMatchObject({ kind: 'model', id: 'amazon.new-v2:0', arn: null, contextVariant: null });
    expect(mini.resolve(`eu.${X}`)).toMatchObject({ kind: 'profile', id: `eu.${X}`, profile: { geo: 'eu' }, arn: null });
    expect(mini.resolve('amazon.gone-v1:0')).toMatchObject({ kind: 'retired', id: 'amazon.gone-v1:0', retired: { replacement: 'amazon.new-v2:0' } });
    expect(mini.resolve('amazon.never-v1:0')).toEqual({
      kind: 'unknown',
      input: 'amazon.never-v1:0',
      id: 'amazon.never-v1:0',
      arn: null,
      contextVariant: null,
    });
  });

  it('reads foundation-model and inference-profile ARNs to the catalog entry they name', () => {
    const modelArn = 'arn:aws:bedrock:eu-west-1::foundation-model/amazon.old-v1:0';
    expect(mini.resolve(modelArn)).toMatchObject({
      kind: 'model',
      input: modelArn,
      id: 'amazon.old-v1:0',
      arn: { region: 'eu-west-1', resourceType: 'foundation-model' },
    });
    const profileArn = `arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${X}`;
    expect(mini.resolve(profileArn)).toMatchObject({ kind: 'profile', id: `us.${X}`, arn: { account: '123456789012', resourceType: 'inference-profile' } });
    expect(mini.resolve('arn:aws:bedrock:us-east-1::foundation-model/amazon.gone-v1:0')).toMatchObject({ kind: 'retired', id: 'amazon.gone-v1:0' });
    expect(mini.resolve('arn:aws:bedrock:us-east-1::foundation-model/amazon.never-v1:0')).toMatchObject({
      kind: 'unknown',
      id: 'amazon.never-v1:0',
      arn: { region: 'us-east-1' },
    });
  });

  it('treats account-owned ARNs as opaque and non-model ARNs as nothing', () => {
    for (const type of ['application-inference-profile', 'provisioned-model', 'imported-model', 'custom-model']) {
      const arn = `arn:aws:bedrock:us-east-1:123456789012:${type}/abc123`;
      expect(mini.resolve(arn)).toEqual({ kind: 'opaque', input: arn, arn: expect.objectContaining({ resourceType: type, catalogId: null }) });
    }
    expect(mini.resolve('arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123')).toBeNull();
    expect(mini.resolve('arn:aws:bedrock:us-east-1::foundation-model/*')).toBeNull();
  });

  it('reads an unlisted context variant as its base model, and a listed one as itself', () => {
    expect(mini.resolve('amazon.new-v2:0:128k')).toMatchObject({ kind: 'model', id: 'amazon.new-v2:0', contextVariant: '128k' });
    expect(mini.resolve('amazon.gone-v1:0:8k')).toMatchObject({ kind: 'retired', id: 'amazon.gone-v1:0', contextVariant: '8k' });
    expect(mini.resolve('amazon.old-v1:0:8k')).toMatchObject({ kind: 'model', id: 'amazon.old-v1:0:8k', contextVariant: null });
    expect(mini.resolve('amazon.never-v1:0:8k')).toMatchObject({ kind: 'unknown', id: 'amazon.never-v1:0:8k', contextVariant: '8k' });
  });

  it('resolves the README example on the bundled catalog', () => {
    expect(bundled.resolve('arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0')).toMatchObject({
      kind: 'model',
      id: 'amazon.nova-lite-v1:0',
      model: { provider: 'Amazon', name: 'Nova Lite' },
    });
  });
});

describe('availability per region', () => {
  it('says offered, with the inference types and whether the region is stale', () => {
    expect(mini.availability('amazon.new-v2:0', 'us-east-1')).toEqual({ status: 'offered', inferenceTypes: ['ON_DEMAND', 'PROVISIONED'], stale: false });
    expect(mini.availability('amazon.old-v1:0', 'eu-west-1')).toEqual({ status: 'offered', inferenceTypes: ['ON_DEMAND'], stale: true });
  });

  it('says offered with unknown (null) inference types where the data does not say how', () => {
    expect(mini.availability(X, 'us-west-2')).toEqual({ status: 'offered', inferenceTypes: null, stale: false });
  });

  it('says absent where a polled region does not list the ID', () => {
    expect(mini.availability('amazon.old-v1:0', 'us-west-2')).toEqual({ status: 'absent' });
    expect(mini.availability('amazon.gone-v1:0', 'us-east-1')).toEqual({ status: 'absent' });
    expect(mini.availability('amazon.never-v1:0', 'us-east-1')).toEqual({ status: 'absent' });
  });

  it('says nothing (unknown-region) for a region that was not polled', () => {
    expect(mini.availability('amazon.new-v2:0', 'ap-south-1')).toEqual({ status: 'unknown-region' });
    expect(mini.availability('amazon.never-v1:0', 'us-gov-west-1')).toEqual({ status: 'unknown-region' });
  });

  it('says nothing for a model only bedrock-mantle serves, whose regions ListFoundationModels cannot tell', () => {
    expect(mini.availability('openai.mantle-1', 'us-east-1')).toEqual({ status: 'unknown-region' });
    expect(bundled.availability('google.gemma-4-31b', 'us-east-1')).toEqual({ status: 'unknown-region' });
  });

  it('offers a profile in its source regions only, whatever its destinations', () => {
    expect(mini.availability(`us.${X}`, 'us-west-2')).toEqual({ status: 'offered', inferenceTypes: null, stale: false });
    // us-east-2 is a destination of the us. profile but not a polled source.
    expect(mini.availability(`us.${X}`, 'us-east-2')).toEqual({ status: 'unknown-region' });
    expect(mini.availability(`eu.${X}`, 'us-east-1')).toEqual({ status: 'absent' });
    expect(mini.availability(`global.${X}`, 'sa-east-1')).toMatchObject({ status: 'offered' });
  });

  it('lists the regions offering an ID, sorted', () => {
    expect(mini.regionsOffering(X)).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    expect(mini.regionsOffering(`global.${X}`)).toEqual(['eu-west-1', 'sa-east-1', 'us-east-1']);
    expect(mini.regionsOffering('amazon.gone-v1:0')).toEqual([]);
    // The README's example: Nova Canvas is not offered in us-west-2.
    expect(bundled.availability('amazon.nova-canvas-v1:0', 'us-west-2')).toEqual({ status: 'absent' });
  });
});

describe('inference types per region', () => {
  it('gives the types the region lists, [] where absent, null where unknown', () => {
    expect(mini.inferenceTypes(X, 'us-east-1')).toEqual(['INFERENCE_PROFILE']);
    expect(mini.inferenceTypes('amazon.old-v1:0:8k', 'us-east-1')).toEqual(['PROVISIONED']);
    expect(mini.inferenceTypes(X, 'us-west-2')).toBeNull();
    expect(mini.inferenceTypes(X, 'sa-east-1')).toEqual([]);
    expect(mini.inferenceTypes(X, 'ap-south-1')).toBeNull();
    expect(mini.inferenceTypes('openai.mantle-1', 'us-east-1')).toBeNull();
  });

  it('answers for the bundled catalog exactly what its region entries say, null included', () => {
    for (const [id, model] of Object.entries(bundled.data.models)) {
      if (model.endpoints && !model.endpoints.includes('bedrock-runtime')) continue;
      for (const [region, entry] of Object.entries(model.regions)) {
        if (bundled.knowsRegion(region)) expect(bundled.inferenceTypes(id, region), `${id} in ${region}`).toEqual(entry.inferenceTypes);
      }
    }
  });
});

describe('lifecycle on a date', () => {
  it('judges at the catalog date by default, never the wall clock', () => {
    expect(mini.date).toBe('2026-06-01');
    expect(mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1' })).toEqual(mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2026-06-01' }));
    expect(bundled.date).toBe(getBundledCatalogData().currentTo ?? getBundledCatalogData().generatedAt.slice(0, 10));
    // A catalog without currentTo (an older release) is judged at its newest observation.
    const { currentTo: _currentTo, ...older } = miniCatalog();
    expect(BedrockCatalog.of(older).date).toBe(older.generatedAt.slice(0, 10));
    expect(BedrockCatalog.of({ ...miniCatalog(), currentTo: '2026-12-01' }).date).toBe('2026-12-01');
  });

  it('reports LEGACY with its dates and replacement, then past end of life from the end-of-life day on', () => {
    const legacy = mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2026-07-14' });
    expect(legacy).toEqual({
      stage: 'LEGACY',
      lifecycle: {
        status: 'LEGACY',
        startOfLife: '2024-01-01T00:00:00Z',
        legacy: '2026-01-15T08:00:00Z',
        extendedAccess: '2026-04-15T08:00:00Z',
        endOfLife: '2026-07-15T08:00:00Z',
      },
      region: 'us-east-1',
      retired: null,
      replacement: 'amazon.new-v2:0',
    });
    expect(mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2026-07-15' })?.stage).toBe('PAST_END_OF_LIFE');
    expect(mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2027-01-01' })?.stage).toBe('PAST_END_OF_LIFE');
  });

  it('keeps a record whose status is LEGACY at LEGACY on earlier dates too (the record says so now)', () => {
    expect(mini.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2025-06-01' })?.stage).toBe('LEGACY');
  });

  it('moves an ACTIVE record with an announced legacy date to LEGACY on that date', () => {
    expect(mini.lifecycle('amazon.new-v2:0', { region: 'us-east-1', date: '2026-12-31' })?.stage).toBe('ACTIVE');
    expect(mini.lifecycle('amazon.new-v2:0', { region: 'us-east-1', date: '2027-01-01' })?.stage).toBe('LEGACY');
  });

  it('without a region, takes the least advanced region, so one region’s news never condemns the others', () => {
    expect(mini.lifecycle('amazon.old-v1:0', { date: '2026-07-20' })).toMatchObject({ stage: 'ACTIVE', region: null, lifecycle: { status: 'ACTIVE' } });
    // A region without a record of its own falls back to the others.
    expect(mini.lifecycle('amazon.new-v2:0', { region: 'us-west-2', date: '2027-02-01' })).toMatchObject({ stage: 'LEGACY', region: null });
  });

  it('reports RETIRED for a retired ID on any date, with its last lifecycle and replacement', () => {
    const report = mini.lifecycle('amazon.gone-v1:0', { date: '2020-01-01' });
    expect(report).toMatchObject({
      stage: 'RETIRED',
      lifecycle: { endOfLife: '2026-04-20T00:00:00Z' },
      retired: { lastSeen: '2026-04-01', retired: '2026-05-01' },
      replacement: 'amazon.new-v2:0',
    });
    expect(mini.lifecycle('us.amazon.gone-v1:0')).toMatchObject({ stage: 'RETIRED', lifecycle: null, retired: { lastSeen: null } });
  });

  it('judges a profile by the models it routes to, and recommends the same geography’s profile', () => {
    expect(mini.lifecycle('us.amazon.old-v1:0', { region: 'us-east-1', date: '2026-06-01' })).toMatchObject({
      stage: 'LEGACY',
      replacement: 'us.amazon.new-v2:0',
    });
  });

  it('is null when nothing is known', () => {
    expect(mini.lifecycle('amazon.never-v1:0')).toBeNull();
    expect(mini.lifecycle('amazon.old-v1:0:8k')).toBeNull();
    expect(mini.lifecycle('openai.mantle-1')).toBeNull();
  });

  it('judges real dates in the bundled catalog', () => {
    // Nova Premier: LEGACY since 2026-03-13, end of life 2026-09-14 (ListFoundationModels' modelLifecycle).
    expect(bundled.lifecycle('amazon.nova-premier-v1:0', { date: '2026-09-13' })?.stage).toBe('LEGACY');
    expect(bundled.lifecycle('amazon.nova-premier-v1:0', { date: '2026-09-14' })?.stage).toBe('PAST_END_OF_LIFE');
    expect(bundled.lifecycle('anthropic.claude-3-5-haiku-20241022-v1:0')).toMatchObject({
      stage: 'RETIRED',
      retired: { lastSeen: '2026-06-01', retired: '2026-07-01' },
    });
    // AWS kept listing this profile after the model it routes to was retired: the catalog retires it too.
    expect(['PAST_END_OF_LIFE', 'RETIRED']).toContain(bundled.lifecycle('us.meta.llama3-2-1b-instruct-v1:0')?.stage);
  });

  it('judges an entry a document retired as the API gave it before its end of life, and past it after', () => {
    const data = miniCatalog();
    const observed = structuredClone(data.models['amazon.old-v1:0']!);
    delete data.models['amazon.old-v1:0'];
    data.retired['amazon.old-v1:0'] = {
      kind: 'model',
      provider: 'Amazon',
      name: 'Test Old',
      lastSeen: '2026-06-01',
      retired: '2026-07-15',
      regions: ['eu-west-1', 'us-east-1'],
      lifecycle: observed.regions['us-east-1']!.lifecycle!,
      replacement: 'amazon.new-v2:0',
      documented: { source: 'end of life 2026-07-15 (test)', date: '2026-07-15' },
      observed,
    };
    const catalog = BedrockCatalog.of(data);
    expect(catalog.lifecycle('amazon.old-v1:0', { region: 'us-east-1', date: '2026-07-14' })).toMatchObject({
      stage: 'LEGACY',
      region: 'us-east-1',
      replacement: 'amazon.new-v2:0',
    });
    expect(catalog.lifecycle('amazon.old-v1:0', { date: '2026-07-15' })).toMatchObject({
      stage: 'PAST_END_OF_LIFE',
      lifecycle: { endOfLife: '2026-07-15T08:00:00Z' },
      replacement: 'amazon.new-v2:0',
    });
    // Without an end-of-life date the entry is simply retired.
    const withoutDate = structuredClone(data);
    delete withoutDate.retired['amazon.old-v1:0']!.lifecycle;
    expect(BedrockCatalog.of(withoutDate).lifecycle('amazon.old-v1:0', { date: '2026-08-01' })?.stage).toBe('RETIRED');
  });
});

describe('profiles', () => {
  it('lists the profiles reaching a model from a region: home geography first, then global', () => {
    expect(mini.profilesReaching(X, 'us-east-1')).toEqual([`us.${X}`, `global.${X}`]);
    expect(mini.profilesReaching(X, 'eu-west-1')).toEqual([`eu.${X}`, `global.${X}`]);
    expect(mini.profilesReaching(X, 'us-west-2')).toEqual([`us.${X}`]);
    expect(mini.profilesReaching(X, 'sa-east-1')).toEqual([`global.${X}`]);
    expect(mini.profilesReaching(X, 'ap-south-1')).toEqual([]);
    expect(mini.profilesReaching('amazon.never-v1:0', 'us-east-1')).toEqual([]);
  });

  it('ranks another geography between the home one and global', () => {
    const data = miniCatalog();
    data.profiles[`apac.${X}`] = { name: 'APAC Claude X', geo: 'apac', models: [X], sources: { 'us-east-1': ['ap-south-1'] }, history: [] };
    data.regions['us-east-1']!.profiles = [`apac.${X}`, ...data.regions['us-east-1']!.profiles];
    expect(BedrockCatalog.of(data).profilesReaching(X, 'us-east-1')).toEqual([`us.${X}`, `apac.${X}`, `global.${X}`]);
  });

  it('lists every profile routing to a model', () => {
    expect([...mini.profilesFor(X)].sort()).toEqual([`eu.${X}`, `global.${X}`, `us.${X}`]);
    expect(mini.profilesFor('amazon.new-v2:0')).toEqual(['us.amazon.new-v2:0']);
    expect(mini.profilesFor('amazon.never-v1:0')).toEqual([]);
  });

  it('gives the README example on the bundled catalog', () => {
    expect(bundled.profilesReaching('anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu-west-1')).toEqual([
      'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
      'global.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
  });
});

describe('replacementFor', () => {
  it('gives the recommended replacement of a model or a retired model', () => {
    expect(mini.replacementFor('amazon.old-v1:0')).toBe('amazon.new-v2:0');
    expect(mini.replacementFor('amazon.gone-v1:0')).toBe('amazon.new-v2:0');
    expect(mini.replacementFor('amazon.new-v2:0')).toBeNull();
    expect(mini.replacementFor('amazon.never-v1:0')).toBeNull();
  });

  it('keeps a profile in its geography when the replacement has a profile there, else names the model', () => {
    expect(mini.replacementFor('us.amazon.old-v1:0')).toBe('us.amazon.new-v2:0');
    expect(mini.replacementFor('us.amazon.gone-v1:0')).toBe('us.amazon.new-v2:0');
    expect(mini.replacementFor('eu.amazon.old-v1:0')).toBe('amazon.new-v2:0');
    expect(mini.replacementFor(`us.${X}`)).toBeNull();
  });
});

describe('nearMatches on the bundled catalog', () => {
  it.each([
    { mistake: 'a missing provider prefix', input: 'claude-haiku-4-5-20251001-v1:0', best: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
    { mistake: 'a missing :0', input: 'anthropic.claude-haiku-4-5-20251001-v1', best: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
    { mistake: 'an Anthropic-API name without the date', input: 'claude-sonnet-4-5', best: 'anthropic.claude-sonnet-4-5-20250929-v1:0' },
    { mistake: 'a Vertex AI name@date', input: 'claude-sonnet-4-5@20250929', best: 'anthropic.claude-sonnet-4-5-20250929-v1:0' },
    { mistake: 'region/modelId', input: 'us-east-1/amazon.nova-pro-v1:0', best: 'amazon.nova-pro-v1:0' },
    { mistake: 'a LiteLLM bedrock/ prefix', input: 'bedrock/anthropic.claude-haiku-4-5-20251001-v1:0', best: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
    { mistake: 'a URL-encoded colon', input: 'anthropic.claude-haiku-4-5-20251001-v1%3A0', best: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
    { mistake: 'a transposition typo', input: 'amazon.nvoa-pro-v1:0', best: 'amazon.nova-pro-v1:0' },
    {
      mistake: 'a typo inside a profile ID (keeps the geography)',
      input: 'eu.anthropic.claude-sonet-4-5-20250929-v1:0',
      best: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
    },
  ])('undoes $mistake: $input', ({ input, best }) => {
    const matches = bundled.nearMatches(input);
    expect(matches[0]).toBe(best);
    expect(matches.length).toBeLessThanOrEqual(3);
  });

  it('proposes only live IDs (or ones a document retired while the API lists them), never the input itself, and nothing for unrelated text', () => {
    const retired = 'anthropic.claude-3-5-haiku-20241022-v1:0';
    const matches = bundled.nearMatches(retired, 10);
    expect(matches.length).toBeGreaterThan(0);
    for (const id of matches) expect(bundled.model(id) ?? bundled.profile(id) ?? bundled.retired(id)?.observed).toBeDefined();
    expect(matches).not.toContain(retired);
    expect(bundled.nearMatches('amazon.nova-pro-v1:0')).not.toContain('amazon.nova-pro-v1:0');
    expect(bundled.nearMatches('hello world')).toEqual([]);
    expect(bundled.nearMatches('claude-haiku-4-5-20251001-v1:0', 1)).toHaveLength(1);
  });
});

describe('near-match pruning', () => {
  // The search skips names by length and by the letters they do not share, both lower bounds of the edit
  // distance; no skipped name may be one the plain distance would have admitted.
  function plainDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
      const current = [i];
      for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
    return previous[b.length]!;
  }

  it('finds every name within the limit that a full scan finds, with the same distance', () => {
    const cores = [...new Set([...Object.keys(bundled.data.models), ...Object.keys(bundled.data.profiles)].map((id) => toCandidate(id).core))];
    const index = new NearMatchIndex([...Object.keys(bundled.data.models), ...Object.keys(bundled.data.profiles)].map(toCandidate));
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789-.é';
    let compared = 0;
    for (const core of cores) {
      let query = core;
      for (let edit = 0; edit < 1 + Math.floor(random() * 4); edit++) {
        const at = Math.floor(random() * query.length);
        const letter = letters[Math.floor(random() * letters.length)]!;
        query = random() < 0.5 ? query.slice(0, at) + letter + query.slice(at + 1) : query.slice(0, at) + query.slice(at + 1);
      }
      for (const limit of [2, 5, 9]) {
        const found = new Map([...index.near(query, limit)].map(([group, distance]) => [group[0]!.core, distance]));
        const expected = new Map(cores.map((name) => [name, plainDistance(query, name)] as const).filter(([, distance]) => distance <= limit));
        for (const [name, distance] of expected)
          expect(found.get(name) === 0.5 ? distance : found.get(name), `${query} → ${name} (limit ${limit})`).toBe(distance);
        compared += expected.size;
      }
    }
    expect(compared).toBeGreaterThan(cores.length);
  });
});

describe('indexes', () => {
  /** The catalog with its four top-level maps behind proxies that count whole-map enumerations. */
  function countingCatalog(data: Catalog): { data: Catalog; enumerations: () => number } {
    let count = 0;
    const wrap = <T extends object>(map: T): T =>
      new Proxy(map, {
        ownKeys(target) {
          count++;
          return Reflect.ownKeys(target);
        },
      });
    return {
      data: { ...data, models: wrap(data.models), profiles: wrap(data.profiles), retired: wrap(data.retired), regions: wrap(data.regions) },
      enumerations: () => count,
    };
  }

  it('builds once per catalog object: later lookups never enumerate a whole map again', () => {
    const { data, enumerations } = countingCatalog(miniCatalog());
    const catalog = BedrockCatalog.of(data);
    catalog.nearMatches('claude-x');
    const afterBuild = enumerations();
    expect(afterBuild).toBeGreaterThan(0);
    expect(BedrockCatalog.of(data)).toBe(catalog);
    for (let i = 0; i < 50; i++) {
      catalog.resolve(`us.${X}`);
      catalog.resolve('arn:aws:bedrock:us-east-1::foundation-model/amazon.gone-v1:0:8k');
      catalog.availability(X, 'us-west-2');
      catalog.inferenceTypes('amazon.old-v1:0', 'eu-west-1');
      catalog.profilesReaching(X, 'us-east-1');
      catalog.profilesFor(X);
      catalog.lifecycle(`us.${X}`, { region: 'us-east-1' });
      catalog.replacementFor('us.amazon.old-v1:0');
      catalog.regionsOffering(X);
      catalog.nearMatches('claude-x');
    }
    expect(enumerations()).toBe(afterBuild);
  });

  it('touches the same number of entries per lookup in a catalog of 10 models and of 5,000', () => {
    function accessesPerLookup(size: number): number {
      const data = miniCatalog();
      for (let i = 0; i < size; i++) {
        const id = `zeta.model-${String(i).padStart(5, '0')}-v1:0`;
        data.models[id] = { ...data.models['amazon.new-v2:0']!, regions: { 'us-east-1': { inferenceTypes: ['ON_DEMAND'], lifecycle: null } } };
        data.profiles[`us.${id}`] = { name: id, geo: 'us', models: [id], sources: { 'us-east-1': ['us-east-1'] }, history: [] };
      }
      let accesses = 0;
      const count = <T extends object>(map: T): T =>
        new Proxy(map, {
          get: (target, key, receiver) => {
            accesses++;
            return Reflect.get(target, key, receiver);
          },
          getOwnPropertyDescriptor: (target, key) => {
            accesses++;
            return Reflect.getOwnPropertyDescriptor(target, key);
          },
          ownKeys: (target) => {
            accesses++;
            return Reflect.ownKeys(target);
          },
        });
      const catalog = BedrockCatalog.of({
        ...data,
        models: count(data.models),
        profiles: count(data.profiles),
        retired: count(data.retired),
        regions: count(data.regions),
      });
      accesses = 0;
      catalog.resolve(X);
      catalog.availability(X, 'us-west-2');
      catalog.profilesReaching(X, 'us-east-1');
      catalog.lifecycle(`us.${X}`);
      catalog.replacementFor('us.amazon.old-v1:0');
      return accesses;
    }
    const small = accessesPerLookup(10);
    expect(small).toBeGreaterThan(0);
    expect(accessesPerLookup(5000)).toBe(small);
  });

  it('shares one bundled catalog and one index per process', () => {
    expect(BedrockCatalog.bundled()).toBe(bundled);
    expect(BedrockCatalog.bundled().data).toBe(getBundledCatalogData());
  });
});
