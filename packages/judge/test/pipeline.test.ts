import { BedrockCatalog } from '@bedrock-models/catalog';
import { describe, expect, it } from 'vitest';
import {
  ID_RULES,
  judgedRegions,
  judgeOccurrence,
  occurrence,
  readApplicationProfiles,
  readRegions,
  readToday,
  SettingError,
  type JudgeContext,
} from '../src/index.ts';
import { judgeCatalog } from './fixture.ts';

const catalog = BedrockCatalog.of(judgeCatalog);
const context: JudgeContext = { catalog, today: '2026-03-04', allow: new Set(), regions: ['us-east-1'] };
const X = 'anthropic.claude-x-20250101-v1:0';
const rules = (id: string, facts: Parameters<typeof occurrence>[1] = {}): string[] =>
  judgeOccurrence(occurrence(id, facts), context).map((finding) => `${finding.rule} ${finding.regions.join(',')}`.trim());

describe('the gate: which regions an occurrence is judged in', () => {
  it('a call: the regions the code states, else the configured ones', () => {
    expect(judgedRegions(occurrence(X, { site: 'call', regions: ['eu-west-1'] }), context)).toEqual({ regions: ['eu-west-1'], source: 'code' });
    expect(judgedRegions(occurrence(X, { site: 'call' }), context)).toEqual({ regions: ['us-east-1'], source: 'settings' });
  });

  it('a construct that names its own region: that region, never the configured ones', () => {
    expect(judgedRegions(occurrence(X, { site: 'region-construct', regions: ['eu-west-1'] }), context)).toEqual({ regions: ['eu-west-1'], source: 'code' });
  });

  it('a string elsewhere: no region, however many are configured; an ARN only in its own region', () => {
    expect(judgedRegions(occurrence(X), context)).toBeNull();
    expect(judgedRegions(occurrence(`arn:aws:bedrock:eu-west-1::foundation-model/${X}`), context)).toEqual({ regions: ['eu-west-1'], source: 'arn' });
  });

  it('no region where the code decides it at run time, in generated files, or for a value read from types without a stated region', () => {
    for (const facts of [{ regionUnknowable: true }, { generated: true }, { typed: true }]) {
      expect(judgedRegions(occurrence(X, { site: 'call', ...facts }), context), JSON.stringify(facts)).toBeNull();
    }
    expect(judgedRegions(occurrence(X, { site: 'call', typed: true, regions: ['eu-west-1'] }), context)).toEqual({ regions: ['eu-west-1'], source: 'code' });
  });
});

describe('judgeOccurrence', () => {
  it('in a call, judges every rule in the call’s region', () => {
    expect(rules(X, { site: 'call', onDemand: true })).toEqual(['require-inference-profile us-east-1']);
    expect(rules(`eu.${X}`, { site: 'call', onDemand: true })).toEqual(['no-region-unavailable-model-id us-east-1']);
  });

  it('elsewhere, only the judgements that hold in every region', () => {
    expect(rules(X)).toEqual([]);
    expect(rules(`eu.${X}`)).toEqual([]);
    expect(rules('amazon.gone-v1')).toEqual(['no-deprecated-model-id']);
    expect(rules('anthropic.claude-x-20250101-v1:9')).toEqual(['no-unknown-model-id']);
  });

  it('never calls a weak shape unknown, nor a router’s bare family with a version outside a call', () => {
    expect(rules('anthropic.claude-nothing', { strength: 'weak' })).toEqual([]);
    expect(rules('anthropic.claude:1')).toEqual([]);
    expect(rules('anthropic.claude:1', { site: 'call', onDemand: true })).toEqual(['no-unknown-model-id us-east-1']);
  });

  it('reports a wrong pair of a region-keyed map in the key’s region', () => {
    expect(rules(`us.${X}`, { site: 'region-construct', regions: ['eu-west-1'] })).toEqual(['no-region-unavailable-model-id eu-west-1']);
    expect(rules(`eu.${X}`, { site: 'region-construct', regions: ['eu-west-1'] })).toEqual([]);
  });

  it('behind a geo prefix computed at run time, offers no profile as a replacement', () => {
    const [finding] = judgeOccurrence(occurrence('amazon.gone-v1', { dynamicGeo: true }), context);
    expect(finding?.suggestions.map((suggestion) => suggestion.id)).toEqual(['amazon.old-v1:0']);
  });

  it('judges only the rules asked for, in rule order, with the option of each', () => {
    const names = ID_RULES.map((rule) => rule.name);
    expect(
      judgeOccurrence(occurrence(X, { site: 'call', onDemand: true }), context, ['no-deprecated-model-id'], { warnDaysBeforeEndOfLife: 90 }).map(
        (finding) => finding.messageId,
      ),
    ).toEqual(['endOfLifeSoon']);
    expect(names).toEqual(['no-unknown-model-id', 'no-deprecated-model-id', 'no-region-unavailable-model-id', 'require-inference-profile']);
  });

  it('fixes only where the option opts in and one in-geo profile fits', () => {
    const [withFix] = judgeOccurrence(occurrence(X, { site: 'call', onDemand: true }), context, ['require-inference-profile'], { autofixInGeoProfile: true });
    expect(withFix?.fix).toBe(`us.${X}`);
    const [without] = judgeOccurrence(occurrence(X, { site: 'call', onDemand: true }), context, ['require-inference-profile']);
    expect(without?.fix).toBeNull();
  });
});

describe('settings shared by the plugin and the CLI', () => {
  it('refuses a misspelt region with the likely intended one, and accepts a new region of a known area', () => {
    expect(() => readRegions(['us-esat-1'], catalog)).toThrow(
      new SettingError('regions[0]', 'is "us-esat-1", which is not an AWS region; did you mean "us-east-1"?'),
    );
    expect(() => readRegions(['useast1'], catalog, '--region')).toThrow(SettingError);
    expect(readRegions(['mx-central-1', 'us-east-1', 'us-east-1'], catalog)).toEqual(['mx-central-1', 'us-east-1']);
  });

  it('reads a real calendar day only', () => {
    expect(readToday('2026-02-28')).toBe('2026-02-28');
    expect(() => readToday('2026-02-30')).toThrow(SettingError);
    expect(readToday(undefined)).toBeNull();
  });
});

describe('application inference profiles the user maps', () => {
  const arn = (region: string): string => `arn:aws:bedrock:${region}:123456789012:application-inference-profile/abc`;
  const mapped = (target: string): JudgeContext => ({ ...context, applicationProfiles: readApplicationProfiles({ abc: target }, catalog) });
  const found = (id: string, judged: JudgeContext, facts: Parameters<typeof occurrence>[1] = {}): string[] =>
    judgeOccurrence(occurrence(id, { site: 'call', onDemand: true, ...facts }), judged).map((finding) => `${finding.rule} ${finding.regions.join(',')}`.trim());

  it('judges a call through one as a call to its model, in the region the profile lives in, and offers no edit of the ARN', () => {
    const retired = judgeOccurrence(occurrence(arn('us-east-1'), { site: 'call', onDemand: true }), mapped('amazon.gone-v1'));
    expect(retired.map((finding) => [finding.rule, finding.messageId, finding.data.id])).toEqual([['no-deprecated-model-id', 'retired', 'amazon.gone-v1']]);
    // A profile in us-east-1 called from a client in eu-west-1: the ARN's region, not the model's, is what Bedrock refuses.
    const elsewhere = judgeOccurrence(occurrence(arn('us-east-1'), { site: 'call', onDemand: true, regions: ['eu-west-1'] }), mapped(`us.${X}`));
    expect(elsewhere.map((finding) => [finding.rule, finding.messageId, finding.regions])).toEqual([
      ['no-region-unavailable-model-id', 'arnRegionMismatch', ['eu-west-1']],
    ]);
    expect([...retired, ...elsewhere].every((finding) => finding.suggestions.length === 0 && finding.fix === null)).toBe(true);
  });

  it('does not judge how the profile reaches its model: that was settled when the profile was created', () => {
    // X is offered in us-east-1 only through system profiles; a bare call to it there is require-inference-profile's.
    expect(found(X, context)).toEqual(['require-inference-profile us-east-1']);
    expect(found(arn('us-east-1'), mapped(X))).toEqual([]);
  });

  it('says nothing about one it is not told about, nor reports its ARN as unknown', () => {
    expect(found(arn('us-east-1'), context)).toEqual([]);
    expect(found(arn('us-east-1'), mapped(`us.${X}`))).toEqual([]);
  });

  it('refuses a mapping to an ID the catalog does not know, naming the entry', () => {
    expect(() => readApplicationProfiles({ [arn('us-east-1')]: 'anthropic.claude-x' }, catalog)).toThrow(SettingError);
    expect(() => readApplicationProfiles({ 'not an id': X }, catalog)).toThrow(
      `applicationInferenceProfiles['not an id'] is not an application inference profile ARN`,
    );
  });
});
