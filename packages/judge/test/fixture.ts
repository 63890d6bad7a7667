import type { Catalog } from '@bedrock-models/catalog';

const T = '2026-03-04T00:00:00Z';
const history = [{ date: '2026-02-08', change: 'added' as const }];
const model = (regions: Catalog['models'][string]['regions'], extra: Partial<Catalog['models'][string]> = {}): Catalog['models'][string] => ({
  provider: 'Test',
  name: 'Test model',
  inputModalities: ['TEXT'],
  outputModalities: ['TEXT'],
  streaming: true,
  customizations: [],
  regions,
  history,
  ...extra,
});
const active = { status: 'ACTIVE' as const };

/**
 * A small catalog with one of each situation the judge tells apart: a profile-only model (with a region whose
 * inference types are unknown and a region that lists only its profile), a model LEGACY in one region and
 * ACTIVE in another, a provisioned-only context variant, a retired model, profiles of several geographies.
 */
export const judgeCatalog: Catalog = {
  schemaVersion: 1,
  generatedAt: T,
  source: 'judge unit tests',
  regions: {
    'ap-northeast-1': {
      geo: 'apac',
      lastSynced: T,
      models: ['anthropic.claude-x-20250101-v1:0'],
      profiles: ['apac.anthropic.claude-x-20250101-v1:0', 'global.anthropic.claude-x-20250101-v1:0', 'jp.anthropic.claude-x-20250101-v1:0'],
    },
    'eu-west-1': {
      geo: 'eu',
      lastSynced: T,
      models: ['amazon.old-v1:0', 'anthropic.claude-x-20250101-v1:0'],
      profiles: ['eu.anthropic.claude-x-20250101-v1:0', 'global.anthropic.claude-x-20250101-v1:0'],
    },
    'us-east-1': {
      geo: 'us',
      lastSynced: T,
      models: ['amazon.old-v1:0', 'amazon.old-v1:0:8k', 'anthropic.claude-x-20250101-v1:0'],
      profiles: ['global.anthropic.claude-x-20250101-v1:0', 'us.anthropic.claude-x-20250101-v1:0'],
    },
    'us-east-2': { geo: 'us', lastSynced: T, models: [], profiles: ['global.anthropic.claude-x-20250101-v1:0', 'us.anthropic.claude-x-20250101-v1:0'] },
  },
  models: {
    'amazon.old-v1:0': model(
      {
        'eu-west-1': { inferenceTypes: ['ON_DEMAND'], lifecycle: active },
        'us-east-1': {
          inferenceTypes: ['ON_DEMAND'],
          lifecycle: { status: 'LEGACY', legacy: '2026-01-01T00:00:00Z', extendedAccess: '2026-04-01T00:00:00Z', endOfLife: '2026-07-01T00:00:00Z' },
        },
      },
      { replacement: 'anthropic.claude-x-20250101-v1:0' },
    ),
    'amazon.old-v1:0:8k': model({ 'us-east-1': { inferenceTypes: ['PROVISIONED'], lifecycle: active } }),
    'anthropic.claude-x-20250101-v1:0': model({
      'ap-northeast-1': { inferenceTypes: null, lifecycle: active },
      'eu-west-1': { inferenceTypes: ['INFERENCE_PROFILE'], lifecycle: { status: 'ACTIVE', endOfLife: '2026-05-03T00:00:00Z' } },
      'us-east-1': { inferenceTypes: ['INFERENCE_PROFILE'], lifecycle: { status: 'ACTIVE', endOfLife: '2026-05-03T00:00:00Z' } },
    }),
  },
  profiles: {
    'apac.anthropic.claude-x-20250101-v1:0': {
      name: 'APAC X',
      geo: 'apac',
      models: ['anthropic.claude-x-20250101-v1:0'],
      sources: { 'ap-northeast-1': ['ap-northeast-1', 'ap-southeast-1'] },
      history,
    },
    'eu.anthropic.claude-x-20250101-v1:0': {
      name: 'EU X',
      geo: 'eu',
      models: ['anthropic.claude-x-20250101-v1:0'],
      sources: { 'eu-west-1': ['eu-west-1', 'eu-west-3'] },
      history,
    },
    'global.anthropic.claude-x-20250101-v1:0': {
      name: 'Global X',
      geo: 'global',
      models: ['anthropic.claude-x-20250101-v1:0'],
      sources: { 'ap-northeast-1': ['*'], 'eu-west-1': ['*'], 'us-east-1': ['*'], 'us-east-2': ['*'] },
      history,
    },
    'jp.anthropic.claude-x-20250101-v1:0': {
      name: 'JP X',
      geo: 'jp',
      models: ['anthropic.claude-x-20250101-v1:0'],
      sources: { 'ap-northeast-1': ['ap-northeast-1', 'ap-northeast-3'] },
      history,
    },
    'us.anthropic.claude-x-20250101-v1:0': {
      name: 'US X',
      geo: 'us',
      models: ['anthropic.claude-x-20250101-v1:0'],
      sources: { 'us-east-1': ['us-east-1', 'us-east-2'], 'us-east-2': ['us-east-1', 'us-east-2'] },
      history,
    },
  },
  retired: {
    'amazon.gone-v1': { kind: 'model', name: 'Gone', lastSeen: '2025-06-01', retired: '2025-07-01', regions: ['us-east-1'], replacement: 'amazon.old-v1:0' },
  },
};
