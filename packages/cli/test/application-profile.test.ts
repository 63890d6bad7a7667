import { describe, expect, it } from 'vitest';
import { run, scratch, TEST_CAPABILITIES, TEST_CATALOG } from './helpers.js';

const CATALOG = ['--catalog', TEST_CATALOG, '--capabilities', TEST_CAPABILITIES];
const PROFILE = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6';
// A boto3 call through an application inference profile (the shape of aws-samples/sample-connector-for-bedrock#87).
const SERVICE = {
  'app/chat.py': `import boto3

client = boto3.client("bedrock-runtime", region_name="us-east-1")
client.converse(modelId="${PROFILE}", messages=messages, inferenceConfig={"temperature": 0.7, "topP": 0.9})
`,
};

describe('check --application-profile', () => {
  it('judges a call through a mapped application inference profile as a call to the model it copies from', () => {
    const result = run(['check', ...CATALOG, '--application-profile', `${PROFILE}=us.anthropic.claude-sonnet-4-5-20250929-v1:0`], scratch('aip', SERVICE));
    expect(result.stdout).toBe(
      "app/chat.py:4:166  error    'anthropic.claude-sonnet-4-5-20250929-v1:0' rejects `temperature` and `topP` in one request; send one of them. " +
        'Documented at https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages.html.  (valid-inference-parameters)\n' +
        '\n✖ 1 problem (1 error, 0 warnings)\n',
    );
    expect(result.status).toBe(1);
  });

  it('reads the trailing ID of the ARN as well, and a retired target is reported on the call', () => {
    const result = run(['check', ...CATALOG, '--application-profile', 'a1b2c3d4e5f6=anthropic.claude-v2'], scratch('aip', SERVICE));
    expect(result.stdout).toContain("app/chat.py:4:25  warning  'anthropic.claude-v2' is retired");
  });

  it('says nothing about an application inference profile it is not told about', () => {
    const result = run(['check', ...CATALOG], scratch('aip', SERVICE));
    expect(result.stdout).toBe('✔ No problems in 1 file checked.\n');
    expect(result.status).toBe(0);
  });

  it.each([
    [
      'a target the catalog does not know',
      'a1b2c3d4e5f6=anthropic.claude-sonet-4-5-20250929-v1:0',
      `'--application-profile a1b2c3d4e5f6' is "anthropic.claude-sonet-4-5-20250929-v1:0", which is not a model or profile ID the catalog knows; did you mean ` +
        `'anthropic.claude-sonnet-4-5-20250929-v1:0', 'au.anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0'?`,
    ],
    [
      'a value without a model',
      PROFILE,
      `'--application-profile' must be written ARN=MODEL (the profile's ARN or ID, then the model or profile ID it copies from), not '${PROFILE}'`,
    ],
    [
      'a key that is not an application inference profile',
      'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2=anthropic.claude-v2',
      `'--application-profile arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2' is not an application inference profile ARN`,
    ],
  ])('refuses %s before checking anything (exit 2)', (_, value, message) => {
    const result = run(['check', ...CATALOG, '--application-profile', value], scratch('aip', SERVICE));
    expect(result.stderr).toContain(`bedrock-models: ${message}`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });
});

describe('lookup --application-profile', () => {
  it('looks up a mapped application inference profile as the model it copies from, and says so', () => {
    const result = run(
      ['lookup', '--catalog', TEST_CATALOG, PROFILE, '--application-profile', `${PROFILE}=anthropic.claude-v2`, '--no-color'],
      scratch('aip', {}),
    );
    const [first, ...rest] = result.stdout.split('\n');
    expect(first).toBe(
      `'${PROFILE}' is an application inference profile that copies from anthropic.claude-v2 (--application-profile): what follows is about anthropic.claude-v2.`,
    );
    expect(rest.join('\n')).toBe(run(['lookup', '--catalog', TEST_CATALOG, 'anthropic.claude-v2', '--no-color'], scratch('aip', {})).stdout);
    expect(result.status).toBe(0);
  });

  it('gives the mapping and the profile ARN itself in --json', () => {
    const result = run(
      ['lookup', '--catalog', TEST_CATALOG, PROFILE, '--json', '--application-profile', `a1b2c3d4e5f6=anthropic.claude-v2`],
      scratch('aip', {}),
    );
    const answer = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(answer).toMatchObject({
      input: PROFILE,
      applicationProfile: { copiesFrom: 'anthropic.claude-v2', source: '--application-profile' },
      id: 'anthropic.claude-v2',
      arn: { partition: 'aws', region: 'us-east-1', account: '123456789012', resourceType: 'application-inference-profile' },
    });
  });

  it('stays opaque without a mapping for that profile', () => {
    const other = 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/zzzz';
    const result = run(['lookup', '--catalog', TEST_CATALOG, other, '--application-profile', `${PROFILE}=anthropic.claude-v2`], scratch('aip', {}));
    expect(result.stdout).toBe(
      `'${other}' is an account-owned application-inference-profile ARN: its ID is opaque, and the catalog lists only AWS's own models and profiles.\n`,
    );
  });
});
