import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, run, scratch, TEST_CATALOG } from './helpers.js';

const CATALOG = ['--catalog', TEST_CATALOG];

describe('explain', () => {
  it('explains an on-demand error with its prefix and curly apostrophe, and judges the model ID it quotes', () => {
    const text =
      'An error occurred (ValidationException) when calling the Converse operation: Invocation of model ID anthropic.claude-3-5-haiku-20241022-v1:0 with on-demand throughput isn’t supported. Retry your request with the ID or ARN of an inference profile that contains this model.';
    const result = run(['explain', text, ...CATALOG], scratch('explain', {}));
    expect(result.stdout).toContain('ValidationException, HTTP 400: Invocation of model ID {modelId} with on-demand throughput isn’t supported.');
    expect(result.stdout).toContain('  1. A base model ID is called directly in a region that offers the model only through cross-region inference profiles.');
    expect(result.stdout).toContain('     Caught by: require-inference-profile');
    expect(result.stdout).toContain('https://github.com/terricain/aioboto3/issues/352 (2024-12-03)');
    expect(result.stdout).toContain(
      "  anthropic.claude-3-5-haiku-20241022-v1:0: a model the catalog of 2026-03-04 knows (LEGACY); replacement 'anthropic.claude-haiku-4-5-20251001-v1:0'",
    );
    expect(result.status).toBe(0);
  });

  it('orders the causes of an invalid-identifier error and names the rule that catches each', () => {
    const result = run(['explain', '--json', 'ValidationException: The provided model identifier is invalid.', ...CATALOG], scratch('explain-json', {}));
    const explanation = JSON.parse(result.stdout) as { matches: Array<{ id: string; causes: Array<{ rule: string | null; ruleAvailable: boolean }> }> };
    expect(explanation.matches.map((match) => match.id)).toEqual(['invalid-model-identifier']);
    expect(explanation.matches[0]!.causes.map(({ rule, ruleAvailable }) => [rule, ruleAvailable])).toEqual([
      ['no-unknown-model-id', true],
      ['no-region-unavailable-model-id', true],
      ['no-unsupported-model-operation', true],
    ]);
    const text = run(['explain', 'The provided model identifier is invalid.'], scratch('explain-text', {})).stdout;
    expect(text).toContain('Caught by: no-unsupported-model-operation\n');
  });

  it('puts the cachePoint cause first for extraneous key [cachePoint], and reads the text from stdin with -', () => {
    const result = run(['explain', '--json', 'extraneous key [cachePoint] is not permitted'], scratch('explain-key', {}));
    const [match] = (JSON.parse(result.stdout) as { matches: Array<{ causes: Array<{ rule: string | null }> }> }).matches;
    expect(match!.causes[0]!.rule).toBe('no-unsupported-model-feature');
    const piped = spawnSync(process.execPath, [BIN, 'explain', '--json', '-'], {
      input: 'Error: 400 This model doesn’t support tool use in streaming mode.\n',
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect((JSON.parse(piped.stdout) as { matches: Array<{ id: string }> }).matches.map((item) => item.id)).toEqual(['no-tool-use-streaming', 'no-tool-use']);
  });

  it('says so when nothing matches, offers the closest messages, and exits 1', () => {
    const none = run(['explain', 'ECONNRESET socket hang up'], scratch('explain-none', {}));
    expect(none.stdout).toBe(
      "No known Bedrock error message matches this text.\n\nRun 'bedrock-models explain --list' for every message bedrock-models knows.\n",
    );
    expect(none.status).toBe(1);
    const close = run(['explain', 'the model identifier you provided was not valid'], scratch('explain-close', {}));
    expect(close.stdout).toContain('Closest known messages:\n  The provided model identifier is invalid.');
    expect(close.status).toBe(1);
    const list = run(['explain', '--list'], scratch('explain-list', {}));
    expect(list.stdout).toContain("AccessDeniedException: You don't have access to the model with the specified model ID.");
    expect(run(['explain'], scratch('explain-usage', {})).status).toBe(2);
  });
});
