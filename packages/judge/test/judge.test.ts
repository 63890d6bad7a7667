import { describe, expect, it } from 'vitest';
import { assertValidCatalog, BedrockCatalog } from '@bedrock-models/catalog';
import { judge, judgeInferenceProfile, judgeKnown, judgeLifecycle, judgeRegions, rewriteArnRegion, rewriteId } from '../src/index.ts';
import { judgeCatalog } from './fixture.ts';

const catalog = BedrockCatalog.of(judgeCatalog);
const X = 'anthropic.claude-x-20250101-v1:0';

describe('the judge fixture', () => {
  it('is a valid catalog', () => expect(() => assertValidCatalog(judgeCatalog, 'judge fixture')).not.toThrow());
});

describe('judgeKnown', () => {
  it('knows models, profiles, retired IDs and ARNs of them; never judges account-owned ARNs', () => {
    for (const value of [
      X,
      `us.${X}`,
      'amazon.gone-v1',
      `arn:aws:bedrock:us-east-1::foundation-model/${X}`,
      'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc',
    ]) {
      expect(judgeKnown(catalog, { value }), value).toBeNull();
    }
  });

  it('names the common confusions and proposes one ID per model', () => {
    expect(judgeKnown(catalog, { value: 'claude-x-20250101' })).toMatchObject({ reason: 'anthropic-api-name', suggestions: [X] });
    expect(judgeKnown(catalog, { value: 'anthropic.claude-x@20250101' })).toMatchObject({ reason: 'vertex-name', suggestions: [X] });
    expect(judgeKnown(catalog, { value: `us-east-1/${X}` })).toMatchObject({ reason: 'region-in-id', suggestions: [X] });
    expect(judgeKnown(catalog, { value: 'anthropic.claude-x-20250101-v1' })).toMatchObject({ reason: 'unknown', suggestions: [X] });
  });

  it('proposes the profile where the single region of the call offers the model only through one', () => {
    expect(judgeKnown(catalog, { value: 'anthropic.claude-x-20250101-v1', regions: ['us-east-1'] })?.suggestions).toEqual([`us.${X}`]);
  });

  it('knows a geo prefix a model has no profile for, in a geography whose profiles the catalog has seen', () => {
    expect(judgeKnown(catalog, { value: `jp.amazon.old-v1:0` })).toMatchObject({ reason: 'no-such-profile', geo: 'jp', suggestions: ['amazon.old-v1:0'] });
    expect(judgeKnown(catalog, { value: 'eu.amazon.old-v1:0' })).toMatchObject({ reason: 'no-such-profile', suggestions: ['amazon.old-v1:0'] });
  });

  it('says nothing of a profile in a geography the catalog has never seen a profile of (au. and us-gov. here)', () => {
    expect(catalog.knowsGeo('au')).toBe(false);
    expect(judgeKnown(catalog, { value: `au.${X}` })).toBeNull();
    expect(judgeKnown(catalog, { value: `us-gov.${X}` })).toBeNull();
    expect(judgeKnown(catalog, { value: 'us-gov.amazon.gone-v1' })).toBeNull();
    // The model part must still be real.
    expect(judgeKnown(catalog, { value: 'us-gov.amazon.nothing-v1:0' })).toMatchObject({ reason: 'unknown' });
  });

  it('reports a context variant only in an on-demand call', () => {
    expect(judgeKnown(catalog, { value: 'amazon.old-v1:0:8k' })).toBeNull();
    expect(judgeKnown(catalog, { value: 'amazon.old-v1:0:8k', onDemand: true })).toMatchObject({
      reason: 'context-variant',
      variant: '8k',
      modelId: 'amazon.old-v1:0',
      suggestions: ['amazon.old-v1:0'],
    });
    expect(judgeKnown(catalog, { value: 'amazon.old-v1:0:300k', onDemand: true })).toMatchObject({ reason: 'context-variant', variant: '300k' });
  });

  it('accepts allowed IDs, behind a geo prefix too', () => {
    const allow = new Set(['mycorp.model-v1:0']);
    expect(judgeKnown(catalog, { value: 'mycorp.model-v1:0' }, { allow })).toBeNull();
    expect(judgeKnown(catalog, { value: 'us.mycorp.model-v1:0' }, { allow })).toBeNull();
    expect(judgeKnown(catalog, { value: 'mycorp.model-v2:0' }, { allow })).toMatchObject({ reason: 'unknown' });
  });
});

describe('judgeLifecycle', () => {
  it('judges the region of the call when known, else the least advanced stage', () => {
    expect(judgeLifecycle(catalog, { value: 'amazon.old-v1:0' })).toBeNull();
    expect(judgeLifecycle(catalog, { value: 'amazon.old-v1:0', regions: ['us-east-1'] })).toEqual({
      type: 'lifecycle',
      stage: 'LEGACY',
      id: 'amazon.old-v1:0',
      region: 'us-east-1',
      legacy: '2026-01-01',
      extendedAccess: '2026-04-01',
      endOfLife: '2026-07-01',
      retired: null,
      lastSeen: null,
      daysToEndOfLife: 119,
      date: '2026-03-04',
      // The replacement is profile-only in us-east-1: the profiles that reach it there.
      replacements: [`us.${X}`, `global.${X}`],
    });
    expect(judgeLifecycle(catalog, { value: 'arn:aws:bedrock:us-east-1::foundation-model/amazon.old-v1:0' })?.stage).toBe('LEGACY');
  });

  it('judges at the given date, never the wall clock', () => {
    expect(judgeLifecycle(catalog, { value: 'amazon.old-v1:0', regions: ['us-east-1'] }, { date: '2026-07-01' })?.stage).toBe('PAST_END_OF_LIFE');
    // The record's status is LEGACY: so it is on any date before its end of life.
    expect(judgeLifecycle(catalog, { value: 'amazon.old-v1:0', regions: ['us-east-1'] }, { date: '2025-12-31' })?.stage).toBe('LEGACY');
  });

  it('warns about an announced end of life inside the window only', () => {
    const reference = { value: X, regions: ['us-east-1'] };
    expect(judgeLifecycle(catalog, reference)).toBeNull();
    expect(judgeLifecycle(catalog, reference, { warnDaysBeforeEndOfLife: 60 })).toMatchObject({
      stage: 'END_OF_LIFE_SOON',
      region: 'us-east-1',
      endOfLife: '2026-05-03',
      daysToEndOfLife: 60,
    });
    expect(judgeLifecycle(catalog, reference, { warnDaysBeforeEndOfLife: 59 })).toBeNull();
    // Without a region, the least advanced record counts: Tokyo announced no end of life.
    expect(judgeLifecycle(catalog, { value: X }, { warnDaysBeforeEndOfLife: 60 })).toBeNull();
  });

  it('reports retired IDs with their replacement', () => {
    expect(judgeLifecycle(catalog, { value: 'amazon.gone-v1' })).toMatchObject({
      stage: 'RETIRED',
      retired: '2025-07-01',
      lastSeen: '2025-06-01',
      replacements: ['amazon.old-v1:0'],
    });
  });
});

describe('judgeRegions', () => {
  it('says where a model is offered, and which profile reaches it from a region that does not list it', () => {
    const [finding] = judgeRegions(catalog, { value: X, regions: ['us-east-2'] });
    expect(finding).toMatchObject({
      reason: 'not-offered',
      region: 'us-east-2',
      regionGeo: 'us',
      offeredIn: ['ap-northeast-1', 'eu-west-1', 'us-east-1'],
      suggestions: [`us.${X}`, `global.${X}`],
    });
    expect(finding?.profiles[0]).toEqual({ id: `us.${X}`, geo: 'us', inGeo: true, destinations: ['us-east-1', 'us-east-2'] });
  });

  it('reports a profile called from outside its source regions, with the caller’s own profiles', () => {
    expect(judgeRegions(catalog, { value: `eu.${X}`, regions: ['ap-northeast-1'] })).toMatchObject([
      { reason: 'profile-not-callable', geo: 'eu', regionGeo: 'apac', offeredIn: ['eu-west-1'], suggestions: [`apac.${X}`, `jp.${X}`, `global.${X}`] },
    ]);
  });

  it('compares an ARN with the region stated by the code, not with configured defaults', () => {
    const value = 'arn:aws:bedrock:us-east-1::foundation-model/amazon.old-v1:0';
    expect(judgeRegions(catalog, { value, regions: ['eu-west-1'], regionSource: 'code' })).toMatchObject([
      {
        reason: 'arn-region-mismatch',
        region: 'eu-west-1',
        arnRegion: 'us-east-1',
        suggestions: ['arn:aws:bedrock:eu-west-1::foundation-model/amazon.old-v1:0'],
      },
    ]);
    expect(judgeRegions(catalog, { value, regions: ['eu-west-1'], regionSource: 'settings' })).toEqual([]);
  });

  it('accepts a foundation-model ARN outside a call in a region a profile routes to, listed there or not (IAM policies)', () => {
    const value = `arn:aws:bedrock:us-east-2::foundation-model/${X}`;
    expect(judgeRegions(catalog, { value })).toEqual([]);
    // An on-demand call needs the model offered in the ARN's region.
    expect(judgeRegions(catalog, { value, onDemand: true })).toMatchObject([{ reason: 'not-offered', region: 'us-east-2' }]);
  });

  it('stays silent for regions the catalog did not poll, unknown and retired IDs', () => {
    expect(judgeRegions(catalog, { value: X, regions: ['sa-east-1'] })).toEqual([]);
    expect(judgeRegions(catalog, { value: 'amazon.gone-v1', regions: ['eu-west-1'] })).toEqual([]);
    expect(judgeRegions(catalog, { value: 'amazon.nothing-v1:0', regions: ['eu-west-1'] })).toEqual([]);
  });
});

describe('judgeInferenceProfile', () => {
  it('asks for a profile where only profiles reach the model: in-geo first (home geography first), then global', () => {
    expect(judgeInferenceProfile(catalog, { value: X, regions: ['eu-west-1'] })).toEqual([
      {
        type: 'inference-profile',
        id: X,
        region: 'eu-west-1',
        inferenceTypes: ['INFERENCE_PROFILE'],
        profiles: [
          { id: `eu.${X}`, geo: 'eu', inGeo: true, destinations: ['eu-west-1', 'eu-west-3'] },
          { id: `global.${X}`, geo: 'global', inGeo: false, destinations: ['*'] },
        ],
      },
    ]);
  });

  it('is silent where the inference types are unknown, the model is absent, or on demand works', () => {
    expect(judgeInferenceProfile(catalog, { value: X, regions: ['ap-northeast-1', 'us-east-2'] })).toEqual([]);
    expect(judgeInferenceProfile(catalog, { value: 'amazon.old-v1:0', regions: ['us-east-1'] })).toEqual([]);
    expect(judgeInferenceProfile(catalog, { value: `us.${X}`, regions: ['us-east-1'] })).toEqual([]);
  });

  it('judges a foundation-model ARN only in an on-demand call', () => {
    const value = `arn:aws:bedrock:us-east-1::foundation-model/${X}`;
    expect(judgeInferenceProfile(catalog, { value })).toEqual([]);
    expect(judgeInferenceProfile(catalog, { value, onDemand: true })).toHaveLength(1);
  });
});

describe('rewriting a reference', () => {
  it('keeps the form of the value', () => {
    expect(rewriteId(X, `us.${X}`)).toBe(`us.${X}`);
    expect(rewriteId('arn:aws:bedrock:us-east-1::foundation-model/amazon.old-v1:0', X)).toBe(`arn:aws:bedrock:us-east-1::foundation-model/${X}`);
    expect(rewriteId('arn:aws:bedrock:us-east-1::foundation-model/amazon.old-v1:0', `us.${X}`)).toBeNull();
    expect(rewriteId(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/eu.${X}`, `us.${X}`)).toBe(
      `arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${X}`,
    );
    expect(rewriteId(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${X}`, X)).toBe(`arn:aws:bedrock:us-east-1::foundation-model/${X}`);
    expect(rewriteArnRegion(`arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.${X}`, 'us-east-2')).toBe(
      `arn:aws:bedrock:us-east-2:123456789012:inference-profile/us.${X}`,
    );
  });
});

describe('judge', () => {
  it('gathers every finding about a reference, for a CLI that checks other languages', () => {
    const findings = judge(catalog, { value: 'amazon.old-v1:0:8k', regions: ['us-east-1'], regionSource: 'code', onDemand: true });
    expect(findings.map((finding) => finding.type)).toEqual(['unknown']);
    expect(judge(catalog, { value: X, regions: ['eu-west-1', 'us-east-2'] }).map((finding) => finding.type)).toEqual(['region', 'inference-profile']);
  });
});
