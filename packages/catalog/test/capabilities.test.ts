// The capabilities query and the validation of a custom capabilities object.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BedrockCapabilities, CapabilitiesValidationError, unknownCapabilities, validateCapabilities } from '../src/index.ts';
import { miniCapabilities } from './fixtures/mini-capabilities.ts';

// Typed as loose JSON: the cases below break the shape on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
function broken(mutate: (data: Json) => void): unknown {
  const data: Json = structuredClone(miniCapabilities());
  mutate(data);
  return data;
}

describe('BedrockCapabilities', () => {
  const capabilities = BedrockCapabilities.of(miniCapabilities());

  it('answers a model it knows with its entry and one it does not with null', () => {
    expect(capabilities.forModel('anthropic.claude-x-20250101-v1:0')?.maxOutputTokens).toBe(8192);
    expect(capabilities.forModel('amazon.new-v2:0')?.operations).toMatchObject({ invokeModel: false, startAsyncInvoke: true });
    expect(capabilities.forModel('amazon.not-there-v1:0')).toBeNull();
    // Keys are base model IDs: a profile ID is resolved by the caller, never guessed here.
    expect(capabilities.forModel('us.anthropic.claude-x-20250101-v1:0')).toBeNull();
    // Not fooled by the prototype chain.
    expect(capabilities.forModel('toString')).toBeNull();
    expect(capabilities.family('constructor')).toBeNull();
  });

  it('finds a family by name and a model by its family', () => {
    expect(capabilities.family('test-messages')?.required).toEqual(['max_tokens', 'messages', 'version']);
    expect(capabilities.family('no-such-family')).toBeNull();
    expect(capabilities.familyOf('anthropic.claude-x-20250101-v1:0')?.name).toBe('Test Messages API');
    expect(capabilities.familyOf('amazon.old-v1:0')).toBeNull();
    expect(capabilities.familyOf('amazon.not-there-v1:0')).toBeNull();
  });

  it('lists its model IDs sorted and reports the date it is current to', () => {
    expect(capabilities.modelIds()).toEqual(['amazon.new-v2:0', 'amazon.old-v1:0', 'anthropic.claude-x-20250101-v1:0', 'openai.mantle-1']);
    expect(capabilities.currentTo).toBe('2026-12-01');
  });

  it('keeps one view per data object', () => {
    const data = miniCapabilities();
    expect(BedrockCapabilities.of(data)).toBe(BedrockCapabilities.of(data));
    expect(BedrockCapabilities.of(data)).not.toBe(BedrockCapabilities.of(miniCapabilities()));
  });

  it('reads the bundled data once', () => {
    expect(BedrockCapabilities.bundled()).toBe(BedrockCapabilities.bundled());
    expect(BedrockCapabilities.bundled().modelIds().length).toBeGreaterThan(0);
  });
});

describe('validating a custom capabilities object', () => {
  it('accepts an entry that knows nothing (unknownCapabilities), a fresh one each call, on which the rules stay silent', () => {
    const entry = unknownCapabilities();
    expect(entry).not.toBe(unknownCapabilities());
    const data = miniCapabilities();
    data.models['amazon.old-v1:0'] = entry;
    expect(validateCapabilities(data)).toEqual([]);
    const facts = [
      ...Object.values(entry.operations),
      ...Object.values(entry.endpoints),
      ...Object.values(entry.converse),
      entry.maxOutputTokens,
      entry.family,
    ];
    expect(facts.every((fact) => fact === null)).toBe(true);
  });

  it('accepts the fixture and rejects {}', () => {
    expect(validateCapabilities(miniCapabilities())).toEqual([]);
    expect(validateCapabilities({}).map((issue) => issue.message)).toContain('must have the field "models"');
  });

  it('names the path and the field of a wrong type', () => {
    const issues = validateCapabilities(broken((data) => (data.models['anthropic.claude-x-20250101-v1:0'].maxOutputTokens = '8K')));
    expect(issues).toEqual([{ path: '/models/anthropic.claude-x-20250101-v1:0/maxOutputTokens', message: 'must be a integer, not string' }]);
  });

  it('names a field the schema does not know', () => {
    const issues = validateCapabilities(broken((data) => (data.models['amazon.old-v1:0'].converse.jsonMode = true)));
    expect(issues).toEqual([{ path: '/models/amazon.old-v1:0/converse/jsonMode', message: 'is not an allowed field' }]);
  });

  it('rejects a family that is not defined', () => {
    const issues = validateCapabilities(broken((data) => (data.models['anthropic.claude-x-20250101-v1:0'].family = 'missing-family')));
    expect(issues).toEqual([{ path: '/models/anthropic.claude-x-20250101-v1:0/family', message: 'names "missing-family", which is not in /families' }]);
  });

  it('rejects a source naming a field the entry does not have', () => {
    const issues = validateCapabilities(broken((data) => data.models['amazon.new-v2:0'].sources[0].fields.push('operations.fax')));
    expect(issues).toEqual([{ path: '/models/amazon.new-v2:0/sources/0/fields', message: 'names "operations.fax", which is not a field of this entry' }]);
  });

  it('rejects a known fact that no source supports', () => {
    const issues = validateCapabilities(broken((data) => (data.models['amazon.old-v1:0'].converse.toolUse = false)));
    expect(issues).toEqual([{ path: '/models/amazon.old-v1:0/converse/toolUse', message: 'is known but no source supports it' }]);
  });

  it('rejects an output limit above the context window', () => {
    const issues = validateCapabilities(broken((data) => (data.models['anthropic.claude-x-20250101-v1:0'].contextWindow = 4096)));
    expect(issues).toEqual([{ path: '/models/anthropic.claude-x-20250101-v1:0/maxOutputTokens', message: '8192 exceeds the context window (4096)' }]);
  });

  it('rejects a source dated after currentTo, and a range whose min is above its max', () => {
    expect(validateCapabilities(broken((data) => (data.families['test-messages'].sources[0].date = '2027-01-01')))).toEqual([
      { path: '/families/test-messages/sources/0/date', message: '2027-01-01 is after currentTo (2026-12-01)' },
    ]);
    expect(validateCapabilities(broken((data) => (data.families['test-messages'].ranges.max_tokens = { min: 10, max: 5 })))).toEqual([
      { path: '/families/test-messages/ranges/max_tokens', message: 'min 10 is above max 5' },
    ]);
  });

  it('throws from fromUnknown with where the object came from and every issue', () => {
    const value = broken((data) => (data.models['anthropic.claude-x-20250101-v1:0'].family = 'missing-family'));
    expect(() => BedrockCapabilities.fromUnknown(value, 'settings.capabilities')).toThrow(CapabilitiesValidationError);
    expect(() => BedrockCapabilities.fromUnknown(value, 'settings.capabilities')).toThrow(
      'Invalid Bedrock model capabilities (settings.capabilities):\n  /models/anthropic.claude-x-20250101-v1:0/family: names "missing-family", which is not in /families',
    );
    expect(BedrockCapabilities.fromUnknown(miniCapabilities(), 'a test').forModel('openai.mantle-1')?.endpoints.bedrockRuntime).toBe(false);
  });
});

describe('loading', () => {
  const dist = fileURLToPath(new URL('../dist/esm/index.js', import.meta.url));

  // The catalog's cold start must not pay for the capabilities: the built bundle is imported by a child Node
  // process whose file reads are recorded, once for the catalog alone and once for both.
  it.runIf(existsSync(dist))('does not read capabilities.json until the capabilities are asked for', () => {
    const probe = `
      import fs from 'node:fs';
      import { syncBuiltinESMExports } from 'node:module';
      const reads = [];
      const original = fs.readFileSync;
      fs.readFileSync = (file, ...rest) => { reads.push(String(file)); return original(file, ...rest); };
      syncBuiltinESMExports();
      const { BedrockCatalog, BedrockCapabilities } = await import(${JSON.stringify(dist)});
      BedrockCatalog.bundled().model('amazon.nova-pro-v1:0');
      const ours = (file) => /[\\/]capabilities(\\.schema)?\\.json$/.test(file);
      const afterCatalog = reads.filter(ours).length;
      const first = BedrockCapabilities.bundled();
      const second = BedrockCapabilities.bundled();
      const afterCapabilities = reads.filter(ours).length;
      console.log(JSON.stringify({ afterCatalog, afterCapabilities, same: first === second, models: first.modelIds().length }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { afterCatalog: number; afterCapabilities: number; same: boolean; models: number };
    expect(report.afterCatalog).toBe(0);
    expect(report.afterCapabilities).toBe(1);
    expect(report.same).toBe(true);
    expect(report.models).toBe(
      Object.keys((JSON.parse(readFileSync(new URL('../data/capabilities.json', import.meta.url), 'utf8')) as { models: object }).models).length,
    );
  });

  it.runIf(existsSync(dist))('finds the bundled data from the CommonJS build too', () => {
    const cjs = fileURLToPath(new URL('../dist/cjs/index.js', import.meta.url));
    const probe = `const { BedrockCapabilities } = require(${JSON.stringify(cjs)}); console.log(JSON.stringify(BedrockCapabilities.bundled().forModel('amazon.nova-reel-v1:0').operations));`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, NODE_OPTIONS: '' } });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ startAsyncInvoke: true, invokeModel: false });
  });

  it.runIf(existsSync(dist))('ships dist/capabilities.json as the same data without the whitespace', () => {
    const source = readFileSync(new URL('../data/capabilities.json', import.meta.url), 'utf8');
    const shipped = readFileSync(new URL('../dist/capabilities.json', import.meta.url), 'utf8');
    expect(shipped, 'dist/capabilities.json is older than data/capabilities.json: run `pnpm build`').toBe(JSON.stringify(JSON.parse(source)));
  });
});
