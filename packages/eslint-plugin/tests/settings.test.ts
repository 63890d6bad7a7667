import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative as relativePath } from 'node:path';
import { testCatalogFile } from '@bedrock-models/test-catalog';
import { describe, expect, it } from 'vitest';
import { bundledChecks } from '../src/meta.js';
import { getSettings } from '../src/util/settings.js';
import { testCatalog } from './catalog.js';
import { lintWithAllRules } from './lint.js';

const cwd = process.cwd();
const read = (value: unknown) => getSettings({ settings: { 'bedrock-models': value }, cwd });
const fixture = testCatalogFile;

describe("settings['bedrock-models']", () => {
  it('defaults to the bundled catalog, no regions, the catalog date and an empty allow list', () => {
    const settings = getSettings({ settings: {}, cwd });
    expect(settings.regions).toEqual([]);
    expect(settings.today).toBe(settings.catalog.date);
    expect(settings.allow.size).toBe(0);
    // With the sync's check record shipped beside it, which moves the default date.
    expect(settings.catalog.checks).toEqual(bundledChecks);
  });

  it('accepts a region the catalog does not poll', () => {
    expect(read({ catalog: testCatalog, regions: ['mx-central-1', 'sa-east-1'] }).regions).toEqual(['mx-central-1', 'sa-east-1']);
  });

  it('reads every setting', () => {
    const settings = read({ catalog: testCatalog, regions: ['us-east-1', 'eu-west-1', 'us-east-1'], today: '2026-05-01', allow: ['mycorp.model-v1:0'] });
    expect(settings.catalog.date).toBe('2026-03-04');
    expect(settings.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(settings.today).toBe('2026-05-01');
    expect([...settings.allow]).toEqual(['mycorp.model-v1:0']);
  });

  it('reads application inference profiles by ARN or ID, to the model or profile ID they copy from', () => {
    const arn = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc';
    const settings = read({
      catalog: testCatalog,
      applicationInferenceProfiles: { [arn]: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', def: 'anthropic.claude-v2' },
    });
    expect([...settings.applicationProfiles!]).toEqual([
      [arn, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0'],
      ['def', 'anthropic.claude-v2'],
    ]);
  });

  it('resolves once per settings object', () => {
    const raw = { catalog: testCatalog, regions: ['us-east-1'] };
    expect(read(raw)).toBe(read(raw));
  });

  it('reads a catalog from a path, relative to the working directory, once', () => {
    const relative = getSettings({ settings: { 'bedrock-models': { catalog: relativePath(cwd, testCatalogFile) } }, cwd });
    const absolute = read({ catalog: fixture });
    expect(relative.catalog).toBe(absolute.catalog);
    expect(absolute.catalog.date).toBe('2026-03-04');
  });

  it.each([
    [
      'regions as a string',
      { regions: 'us-east-1' },
      `settings['bedrock-models'].regions must be an array of AWS region codes such as ["us-east-1"], not "us-east-1"`,
    ],
    [
      'a malformed region',
      { regions: ['us-east-1', 'us-east'] },
      `settings['bedrock-models'].regions[1] must be an AWS region code such as "us-east-1", not "us-east"`,
    ],
    [
      'an upper-case region',
      { regions: ['US-EAST-1'] },
      `settings['bedrock-models'].regions[0] must be an AWS region code such as "us-east-1", not "US-EAST-1"`,
    ],
    ['a misspelt setting', { region: ['us-east-1'] }, `settings['bedrock-models'].region is not a setting of this plugin (did you mean 'regions'?)`],
    ['a malformed date', { today: '2026-3-1' }, `settings['bedrock-models'].today must be a date written YYYY-MM-DD, such as "2026-03-01", not "2026-3-1"`],
    [
      'a date that does not exist',
      { today: '2026-02-30' },
      `settings['bedrock-models'].today must be a date written YYYY-MM-DD, such as "2026-03-01", not "2026-02-30"`,
    ],
    ['a number as date', { today: 20260301 }, `settings['bedrock-models'].today must be a date written YYYY-MM-DD, such as "2026-03-01", not number 20260301`],
    ['allow as a string', { allow: 'mycorp.model' }, `settings['bedrock-models'].allow must be an array of model IDs`],
    ['an empty allowed ID', { allow: [''] }, `settings['bedrock-models'].allow[0] must be a non-empty string, not ""`],
    [
      'a number as catalog',
      { catalog: 42 },
      `settings['bedrock-models'].catalog must be a path to a catalog JSON file or the parsed catalog object, not number 42`,
    ],
    [
      'a missing catalog file',
      { catalog: 'no/such/catalog.json' },
      `settings['bedrock-models'].catalog names ${join(cwd, 'no/such/catalog.json')}, which cannot be read`,
    ],
    [
      'an empty catalog',
      { catalog: {} },
      `settings['bedrock-models'].catalog is not a valid catalog.\nInvalid Bedrock model catalog (settings['bedrock-models'].catalog):\n  /: must have the field "schemaVersion"`,
    ],
    ['a schema-invalid catalog', { catalog: { ...testCatalog, generatedAt: 'yesterday' } }, `/generatedAt: "yesterday" does not match`],
    [
      'a misspelt region',
      { regions: ['us-esat-1'] },
      `settings['bedrock-models'].regions[0] is "us-esat-1", which is not an AWS region; did you mean "us-east-1"?`,
    ],
    [
      'an application profile mapped to a misspelt model',
      {
        catalog: testCatalog,
        applicationInferenceProfiles: {
          'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc': 'anthropic.claude-sonet-4-5-20250929-v1:0',
        },
      },
      `settings['bedrock-models'].applicationInferenceProfiles['arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc'] is "anthropic.claude-sonet-4-5-20250929-v1:0", which is not a model or profile ID the catalog knows; did you mean ` +
        `'anthropic.claude-sonnet-4-5-20250929-v1:0', 'au.anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'?`,
    ],
    [
      'an application profile key that is another ARN',
      { catalog: testCatalog, applicationInferenceProfiles: { 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2': 'anthropic.claude-v2' } },
      `settings['bedrock-models'].applicationInferenceProfiles['arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2'] is not an application inference profile ARN`,
    ],
    [
      'an application profile mapped to a context variant',
      { catalog: testCatalog, applicationInferenceProfiles: { abc: 'anthropic.claude-3-5-sonnet-20240620-v1:0:200k' } },
      `settings['bedrock-models'].applicationInferenceProfiles['abc'] is "anthropic.claude-3-5-sonnet-20240620-v1:0:200k", which is not a model or profile ID the catalog knows`,
    ],
    [
      'application profiles as an array',
      { catalog: testCatalog, applicationInferenceProfiles: ['abc'] },
      `settings['bedrock-models'].applicationInferenceProfiles must be an object from application inference profile ARNs (or their IDs) to model or profile IDs, not an array`,
    ],
    [
      'an application profile mapped to a number',
      { catalog: testCatalog, applicationInferenceProfiles: { abc: 42 } },
      `settings['bedrock-models'].applicationInferenceProfiles['abc'] must be a model or profile ID, not number 42`,
    ],
  ])('rejects %s with a message naming the setting', (_, value, message) => {
    expect(() => read(value)).toThrow(message);
  });

  it('rejects settings that are not an object', () => {
    expect(() => getSettings({ settings: { 'bedrock-models': ['us-east-1'] }, cwd })).toThrow(`settings['bedrock-models'] must be an object, not an array`);
  });

  it('rejects a catalog file that is not JSON', () => {
    const directory = mkdtempSync(join(tmpdir(), 'bedrock-models-'));
    const file = join(directory, 'catalog.json');
    writeFileSync(file, '{ "schemaVersion": 1,');
    expect(() => read({ catalog: file })).toThrow(`settings['bedrock-models'].catalog names ${file}, which is not valid JSON`);
  });

  it('fails the lint run at the start with that message, not deep inside a rule', () => {
    expect(() => lintWithAllRules(`const id = 'anthropic.claude-v2';`, { regions: ['us-esat-1'] })).toThrow(
      `@bedrock-models/eslint-plugin: settings['bedrock-models'].regions[0] is "us-esat-1", which is not an AWS region; did you mean "us-east-1"?`,
    );
  });
});
