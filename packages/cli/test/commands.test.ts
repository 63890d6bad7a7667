import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, run, TEST_CATALOG } from './helpers.js';

const CATALOG = ['--catalog', TEST_CATALOG];
const cwd = mkdtempSync(join(tmpdir(), 'bedrock-models-commands-'));
const ESC = '\u001B[';

describe('lookup', () => {
  it('prints what the catalog knows about a model', () => {
    const result = run(['lookup', 'anthropic.claude-3-5-haiku-20241022-v1:0', ...CATALOG], cwd);
    expect(result.stdout).toBe(
      [
        'anthropic.claude-3-5-haiku-20241022-v1:0',
        'Claude 3.5 Haiku by Anthropic: TEXT in, TEXT out, streaming',
        'Lifecycle on 2026-03-04: LEGACY',
        '',
        'REGION     INFERENCE TYPES    LIFECYCLE  LEGACY      END OF LIFE  PROFILES FROM HERE',
        'us-east-1  INFERENCE_PROFILE  LEGACY     2025-12-19  2026-06-19   us.anthropic.claude-3-5-haiku-20241022-v1:0',
        'us-west-2  INFERENCE_PROFILE  LEGACY     2025-12-19  2026-06-19   us.anthropic.claude-3-5-haiku-20241022-v1:0',
        '',
        'Replacement: anthropic.claude-haiku-4-5-20251001-v1:0',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(0);
  });

  it('prints JSON for scripts, and reads ARNs', () => {
    const result = run(['lookup', 'arn:aws:bedrock:us-west-2::foundation-model/cohere.command-r-v1:0', '--json', ...CATALOG], cwd);
    const answer = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({
      input: 'arn:aws:bedrock:us-west-2::foundation-model/cohere.command-r-v1:0',
      kind: 'model',
      id: 'cohere.command-r-v1:0',
      arn: { partition: 'aws', region: 'us-west-2', account: null, resourceType: 'foundation-model' },
      date: '2026-03-04',
      stage: 'LEGACY',
      record: { provider: 'Cohere', name: 'Command R' },
    });
    expect(result.status).toBe(0);
  });

  it('exits 1 for an unknown ID, with the plugin message and the closest IDs', () => {
    const result = run(['lookup', 'anthropic.claude-3-haiku-20240307', ...CATALOG], cwd);
    expect(result.stdout).toBe(
      [
        "Unknown Bedrock model ID 'anthropic.claude-3-haiku-20240307': the catalog (2026-03-04) has no model, inference profile or retired model of that name. Did you mean 'anthropic.claude-3-haiku-20240307-v1:0' or 'anthropic.claude-3-5-haiku-20241022-v1:0'?",
        '',
        'Closest IDs:',
        '  anthropic.claude-3-haiku-20240307-v1:0',
        '  anthropic.claude-3-5-haiku-20241022-v1:0',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(1);
    const json = run(['lookup', 'claude-3-haiku-20240307', '--json', ...CATALOG], cwd);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: 'unknown',
      message: expect.stringContaining('is an Anthropic API model name') as string,
      nearMatches: ['anthropic.claude-3-haiku-20240307-v1:0', 'anthropic.claude-3-5-haiku-20241022-v1:0'],
    });
    expect(json.status).toBe(1);
  });

  it('says when a model is retired, and when an ARN is account-owned', () => {
    const retired = run(['lookup', 'anthropic.claude-v2', ...CATALOG], cwd);
    expect(retired.stdout).toContain('RETIRED: Bedrock no longer offers it (last listed 2023-10-07 in us-east-1).');
    expect(retired.status).toBe(0);
    const opaque = run(['lookup', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc', ...CATALOG], cwd);
    expect(opaque.stdout).toContain('account-owned application-inference-profile ARN');
    expect(opaque.status).toBe(0);
  });

  it('calls a GovCloud profile of a known model unknown, neither real nor a typo, and check stays silent on it', () => {
    const profile = 'us-gov.anthropic.claude-3-haiku-20240307-v1:0';
    const result = run(['lookup', profile, ...CATALOG], cwd);
    expect(result.stdout.split('\n')[0]).toBe(
      `The catalog (2026-03-04) has no listing of 'us-gov.' inference profiles, so whether '${profile}' exists is unknown. Its model, 'anthropic.claude-3-haiku-20240307-v1:0', is in the catalog.`,
    );
    expect(result.status).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'bedrock-models-govcloud-'));
    writeFileSync(
      join(dir, 'app.py'),
      `import boto3\nclient = boto3.client("bedrock-runtime", region_name="us-gov-west-1")\nclient.converse(modelId="${profile}")\n`,
    );
    const check = run(['check', dir, ...CATALOG], cwd);
    expect(check.stdout).toBe('✔ No problems in 1 file checked.\n');
    expect(check.status).toBe(0);
  });

  it('takes exactly one ID', () => {
    expect(run(['lookup', ...CATALOG], cwd).status).toBe(2);
    expect(run(['lookup', 'a', 'b', ...CATALOG], cwd).stderr).toContain("'lookup' takes one model ID, profile ID or ARN");
  });
});

describe('regions', () => {
  it('tables where a model is offered, how, and the profiles from each region', () => {
    const result = run(['regions', 'amazon.nova-lite-v1:0', ...CATALOG], cwd);
    expect(result.stdout).toBe(
      [
        'REGION          INFERENCE TYPES    LIFECYCLE  PROFILES FROM HERE',
        'ap-northeast-1  INFERENCE_PROFILE  ACTIVE     apac.amazon.nova-lite-v1:0',
        'ap-southeast-2  INFERENCE_PROFILE  ACTIVE     apac.amazon.nova-lite-v1:0',
        'eu-central-1    INFERENCE_PROFILE  ACTIVE     eu.amazon.nova-lite-v1:0',
        'eu-west-1       unknown            ACTIVE     eu.amazon.nova-lite-v1:0',
        'us-east-1       ON_DEMAND          ACTIVE     us.amazon.nova-lite-v1:0',
        'us-west-2       INFERENCE_PROFILE  ACTIVE     us.amazon.nova-lite-v1:0',
        '',
      ].join('\n'),
    );
  });

  it('tables where a profile may be called from and where it routes', () => {
    const result = run(['regions', 'eu.amazon.nova-lite-v1:0', ...CATALOG], cwd);
    expect(result.stdout.split('\n')[0]).toBe('CALLED FROM   ROUTES TO');
    expect(result.stdout).toMatch(/^eu-west-1 +eu-/m);
  });

  it('exits 1 for an unknown ID', () => {
    expect(run(['regions', 'amazon.nova-lite-v9:0', ...CATALOG], cwd).status).toBe(1);
  });
});

describe('list', () => {
  it('filters by provider, aligned', () => {
    const result = run(['list', '--provider', 'cohere', ...CATALOG], cwd);
    expect(result.stdout).toBe(
      [
        'MODEL ID               PROVIDER  NAME        LIFECYCLE  REGIONS',
        'cohere.command-r-v1:0  Cohere    Command R   LEGACY     2',
        'cohere.embed-v4:0      Cohere    Embed v4    ACTIVE     6',
        'cohere.rerank-v3-5:0   Cohere    Rerank 3.5  ACTIVE     4',
        '3 models in the catalog of 2026-03-04',
        '',
      ].join('\n'),
    );
  });

  it('filters by region and status, with the inference types there', () => {
    const result = run(['list', '--region', 'us-east-1', '--status', 'legacy', '--provider', 'anthropic', ...CATALOG], cwd);
    expect(result.stdout).toBe(
      [
        'MODEL ID                                   PROVIDER   NAME               LIFECYCLE IN us-east-1  INFERENCE TYPES',
        'anthropic.claude-3-5-haiku-20241022-v1:0   Anthropic  Claude 3.5 Haiku   LEGACY                  INFERENCE_PROFILE',
        'anthropic.claude-3-7-sonnet-20250219-v1:0  Anthropic  Claude 3.7 Sonnet  LEGACY                  INFERENCE_PROFILE',
        'anthropic.claude-opus-4-20250514-v1:0      Anthropic  Claude Opus 4      LEGACY                  INFERENCE_PROFILE',
        '3 models in the catalog of 2026-03-04',
        '',
      ].join('\n'),
    );
  });

  it('lists retired models when asked, and prints JSON', () => {
    expect(run(['list', '--status', 'retired', ...CATALOG], cwd).stdout).toContain('anthropic.claude-v2   ');
    const json = JSON.parse(run(['list', '--provider', 'deepseek', '--json', ...CATALOG], cwd).stdout) as unknown;
    expect(json).toEqual([{ id: 'deepseek.v3.2', provider: 'DeepSeek', name: expect.any(String) as string, stage: 'ACTIVE', regions: 4 }]);
  });

  it('rejects an unknown status or a region the catalog does not know', () => {
    expect(run(['list', '--status', 'old', ...CATALOG], cwd).stderr).toContain(
      "option '--status' must be one of active, legacy, past-end-of-life, retired, not 'old'",
    );
    const region = run(['list', '--region', 'sa-east-1', ...CATALOG], cwd);
    expect(region.stderr).toContain('the catalog has no data for sa-east-1');
    expect(region.status).toBe(2);
  });
});

describe('colour', () => {
  const args = ['list', '--provider', 'cohere', ...CATALOG];

  it('is off when the output is not a terminal', () => {
    expect(run(args, cwd).stdout).not.toContain(ESC);
  });

  it('is on with FORCE_COLOR or --color, and off with NO_COLOR whatever else asks', () => {
    expect(run(args, cwd, { FORCE_COLOR: '1' }).stdout).toContain(`${ESC}33mLEGACY`);
    expect(run([...args, '--color'], cwd).stdout).toContain(ESC);
    expect(run(args, cwd, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(run([...args, '--color'], cwd, { NO_COLOR: '1' }).stdout).not.toContain(ESC);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('is on in a terminal, and off in a terminal with NO_COLOR', () => {
    // util-linux `script` runs the command on a pseudo-terminal.
    const command = [process.execPath, BIN, ...args].map((arg) => `'${arg}'`).join(' ');
    const inTerminal = (env: Record<string, string>): string =>
      spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env } }).stdout;
    expect(inTerminal({})).toContain(`${ESC}1m`);
    expect(inTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
  });
});
