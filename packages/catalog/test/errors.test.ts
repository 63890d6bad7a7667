import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getErrorsData, matchError, nearestErrors, normalizeErrorText } from '../src/index.ts';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));

// Rule names of shared/DESIGN.md: the four judgements and the request rules to come.
const RULES = new Set([
  'no-unknown-model-id',
  'no-deprecated-model-id',
  'no-region-unavailable-model-id',
  'require-inference-profile',
  'no-unsupported-model-operation',
  'no-unsupported-model-feature',
  'valid-inference-parameters',
  'valid-invoke-model-body',
]);
const { errors } = getErrorsData();

describe('errors.json: invariants', () => {
  it('has unique IDs, causes with a rule of the contract (or null), and dated public sources', () => {
    expect(new Set(errors.map((error) => error.id)).size).toBe(errors.length);
    for (const error of errors) {
      expect(error.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(error.patterns.length, error.id).toBeGreaterThan(0);
      expect(error.causes.length, error.id).toBeGreaterThan(0);
      for (const cause of error.causes) {
        expect(cause.rule === null || RULES.has(cause.rule), `${error.id}: ${String(cause.rule)}`).toBe(true);
        expect(cause.cause.length).toBeGreaterThan(10);
        expect(cause.tell.length).toBeGreaterThan(10);
      }
      expect(error.sources.length, error.id).toBeGreaterThan(0);
      for (const source of error.sources) {
        expect(source.url).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/\d+$/);
        expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('matches every entry by its own message, with its placeholders filled in', () => {
    for (const error of errors) {
      const text = error.message
        .replace('{modelId}', 'anthropic.claude-3-5-sonnet-20241022-v2:0')
        .replace('{key}', 'stream')
        .replace('{value}', 'claude 3')
        .replace('{n}', '30')
        .replace(/…/g, '');
      const [best] = matchError(text);
      expect(best?.error.id, error.id).toBe(error.id);
    }
  });
});

describe('matchError', () => {
  it('reads the variants real messages come in: prefixes, straight or curly apostrophes, the model ID inside, JSON, case', () => {
    const variants = [
      'ValidationException: Invocation of model ID anthropic.claude-3-5-sonnet-20241022-v2:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.',
      "An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID amazon.nova-2-lite-v1:0 with on-demand throughput isn't supported.",
      'INVOCATION OF MODEL ID X WITH ON-DEMAND THROUGHPUT IS NOT SUPPORTED',
    ];
    for (const text of variants) expect(matchError(text).map((match) => match.error.id)).toEqual(['on-demand-not-supported']);
    expect(matchError('{"message":"The provided model identifier is invalid."}')[0]?.error.id).toBe('invalid-model-identifier');
    expect(normalizeErrorText('It doesn’t  work')).toBe('it does not work');
  });

  it('ranks the more specific message first', () => {
    expect(matchError("This model doesn't support tool use in streaming mode.").map((match) => match.error.id)).toEqual([
      'no-tool-use-streaming',
      'no-tool-use',
    ]);
  });

  it('orders causes by the key the message names', () => {
    const cache = matchError('ValidationException: extraneous key [cachePoint] is not permitted')[0]!;
    expect(cache.captured).toEqual({ key: 'cachepoint' });
    expect(cache.causes.map((cause) => cause.rule)).toEqual(['no-unsupported-model-feature', 'valid-invoke-model-body', null]);
    const body = matchError('#/messages/0/content/0: extraneous key [type] is not permitted')[0]!;
    expect(body.causes.map((cause) => cause.rule)).toEqual(['valid-invoke-model-body', 'no-unsupported-model-feature', null]);
  });

  it('matches nothing in an unrelated text, and nearestErrors offers close entries or none', () => {
    expect(matchError('ECONNRESET: socket hang up')).toEqual([]);
    expect(nearestErrors('ECONNRESET: socket hang up')).toEqual([]);
    expect(matchError('the model identifier provided was not valid')).toEqual([]);
    expect(nearestErrors('the model identifier provided was not valid').map((error) => error.id)).toContain('invalid-model-identifier');
  });
});

describe('errors.json as published', () => {
  it('is exported as @bedrock-models/catalog/errors.json, written compact by the build, and read by both bundles', () => {
    const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(manifest.exports['./errors.json']).toBe('./dist/errors.json');
    if (!existsSync(join(packageDirectory, 'dist', 'errors.json')))
      execFileSync('pnpm', ['run', 'build'], { cwd: packageDirectory, stdio: 'pipe', timeout: 180_000 });
    const published = readFileSync(join(packageDirectory, 'dist', 'errors.json'), 'utf8');
    expect(JSON.parse(published)).toEqual(JSON.parse(readFileSync(join(packageDirectory, 'data', 'errors.json'), 'utf8')));
    expect(published).not.toContain('\n');
    const probe = (args: string[]): string => {
      const result = spawnSync(process.execPath, args, { cwd: packageDirectory, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NODE_OPTIONS: '' } });
      expect(result.stderr).toBe('');
      return result.stdout.trim();
    };
    expect(probe(['-e', "console.log(require('./dist/cjs/index.js').matchError('Model not found.')[0].error.id)"])).toBe('model-not-found');
    expect(
      probe(['--input-type=module', '-e', "const m = await import('./dist/esm/index.js'); console.log(m.matchError('Model not found.')[0].error.id)"]),
    ).toBe('model-not-found');
  });
});
