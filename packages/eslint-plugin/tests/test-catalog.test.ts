import { assertValidCatalog, BedrockCatalog } from '@bedrock-models/catalog';
import { testCatalogFile } from '@bedrock-models/test-catalog';
import { describe, expect, it } from 'vitest';
import { testCatalog } from './catalog.js';

describe('the pinned test catalog', () => {
  it('is a valid catalog (schema and semantic checks)', () => {
    expect(() => assertValidCatalog(testCatalog, testCatalogFile)).not.toThrow();
  });

  it('holds the facts the rule tests rely on', () => {
    const catalog = BedrockCatalog.of(testCatalog);
    expect(catalog.date).toBe('2026-03-04');
    expect(Object.keys(testCatalog.regions)).toEqual(['ap-northeast-1', 'ap-southeast-2', 'eu-central-1', 'eu-west-1', 'us-east-1', 'us-west-2']);
    expect(catalog.inferenceTypes('anthropic.claude-3-5-sonnet-20241022-v2:0', 'us-east-1')).toEqual(['INFERENCE_PROFILE']);
    expect(catalog.inferenceTypes('amazon.nova-lite-v1:0', 'eu-west-1')).toBeNull();
    expect(catalog.lifecycle('anthropic.claude-3-5-haiku-20241022-v1:0')?.stage).toBe('LEGACY');
    expect(catalog.lifecycle('anthropic.claude-3-5-sonnet-20240620-v1:0', { region: 'us-east-1' })?.stage).toBe('PAST_END_OF_LIFE');
    expect(catalog.lifecycle('anthropic.claude-3-5-sonnet-20240620-v1:0', { region: 'ap-northeast-1' })?.stage).toBe('ACTIVE');
    expect(catalog.resolve('anthropic.claude-v2')?.kind).toBe('retired');
    expect(catalog.profilesReaching('anthropic.claude-sonnet-4-6', 'ap-southeast-2')).toEqual([
      'au.anthropic.claude-sonnet-4-6',
      'global.anthropic.claude-sonnet-4-6',
    ]);
    const geos = new Set(Object.values(testCatalog.profiles).map((profile) => profile.geo));
    expect([...geos].sort()).toEqual(['apac', 'au', 'eu', 'global', 'jp', 'us']);
  });
});
