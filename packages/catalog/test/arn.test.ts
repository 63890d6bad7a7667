// Bedrock ARN grammar: https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonbedrock.html#amazonbedrock-resources-for-iam-policies
import { describe, expect, it } from 'vitest';
import { parseBedrockArn, type BedrockArn } from '../src/index.ts';

const ACCOUNT = '123456789012';

const modelArns: Array<{ arn: string; expected: Omit<BedrockArn, 'arn'> }> = [
  {
    arn: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-haiku-20240307-v1:0',
    expected: {
      partition: 'aws',
      region: 'us-east-1',
      account: null,
      resourceType: 'foundation-model',
      resource: 'anthropic.claude-3-haiku-20240307-v1:0',
      catalogId: 'anthropic.claude-3-haiku-20240307-v1:0',
    },
  },
  // The global profile's destinations: the form ListInferenceProfiles returns for `global.` profiles.
  {
    arn: 'arn:aws:bedrock:::foundation-model/cohere.embed-v4:0',
    expected: {
      partition: 'aws',
      region: null,
      account: null,
      resourceType: 'foundation-model',
      resource: 'cohere.embed-v4:0',
      catalogId: 'cohere.embed-v4:0',
    },
  },
  // A Provisioned Throughput context variant: two colons in the ID.
  {
    arn: 'arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0:300k',
    expected: {
      partition: 'aws',
      region: 'eu-west-1',
      account: null,
      resourceType: 'foundation-model',
      resource: 'amazon.nova-pro-v1:0:300k',
      catalogId: 'amazon.nova-pro-v1:0:300k',
    },
  },
  // Dateless IDs without a version suffix, and IDs with dots in the name.
  {
    arn: 'arn:aws:bedrock:ap-south-1::foundation-model/openai.gpt-5.6-terra',
    expected: {
      partition: 'aws',
      region: 'ap-south-1',
      account: null,
      resourceType: 'foundation-model',
      resource: 'openai.gpt-5.6-terra',
      catalogId: 'openai.gpt-5.6-terra',
    },
  },
  {
    arn: `arn:aws-us-gov:bedrock:us-gov-west-1:${ACCOUNT}:inference-profile/us-gov.anthropic.claude-3-haiku-20240307-v1:0`,
    expected: {
      partition: 'aws-us-gov',
      region: 'us-gov-west-1',
      account: ACCOUNT,
      resourceType: 'inference-profile',
      resource: 'us-gov.anthropic.claude-3-haiku-20240307-v1:0',
      catalogId: 'us-gov.anthropic.claude-3-haiku-20240307-v1:0',
    },
  },
  {
    arn: `arn:aws:bedrock:eu-central-1:${ACCOUNT}:inference-profile/eu.anthropic.claude-sonnet-4-5-20250929-v1:0`,
    expected: {
      partition: 'aws',
      region: 'eu-central-1',
      account: ACCOUNT,
      resourceType: 'inference-profile',
      resource: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
      catalogId: 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0',
    },
  },
  {
    arn: 'arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.titan-embed-text-v2:0',
    expected: {
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: null,
      resourceType: 'foundation-model',
      resource: 'amazon.titan-embed-text-v2:0',
      catalogId: 'amazon.titan-embed-text-v2:0',
    },
  },
  // Account-owned resources: their IDs are opaque, so they name no catalog entry.
  {
    arn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:application-inference-profile/a1b2c3d4e5f6`,
    expected: {
      partition: 'aws',
      region: 'us-east-1',
      account: ACCOUNT,
      resourceType: 'application-inference-profile',
      resource: 'a1b2c3d4e5f6',
      catalogId: null,
    },
  },
  {
    arn: `arn:aws:bedrock:us-west-2:${ACCOUNT}:provisioned-model/k4fmbq2nx3z7`,
    expected: { partition: 'aws', region: 'us-west-2', account: ACCOUNT, resourceType: 'provisioned-model', resource: 'k4fmbq2nx3z7', catalogId: null },
  },
  // A custom model's ARN carries the base model (with colons) and a suffix after a slash.
  {
    arn: `arn:aws:bedrock:us-east-1:${ACCOUNT}:custom-model/amazon.titan-text-lite-v1:0:4k/ab12cd34ef56`,
    expected: {
      partition: 'aws',
      region: 'us-east-1',
      account: ACCOUNT,
      resourceType: 'custom-model',
      resource: 'amazon.titan-text-lite-v1:0:4k/ab12cd34ef56',
      catalogId: null,
    },
  },
  {
    arn: `arn:aws-us-gov:bedrock:us-gov-east-1:${ACCOUNT}:imported-model/zx9y8w7v6u5t`,
    expected: { partition: 'aws-us-gov', region: 'us-gov-east-1', account: ACCOUNT, resourceType: 'imported-model', resource: 'zx9y8w7v6u5t', catalogId: null },
  },
  {
    arn: `arn:aws-cn:bedrock:cn-northwest-1:${ACCOUNT}:application-inference-profile/xyz987`,
    expected: {
      partition: 'aws-cn',
      region: 'cn-northwest-1',
      account: ACCOUNT,
      resourceType: 'application-inference-profile',
      resource: 'xyz987',
      catalogId: null,
    },
  },
];

describe('parseBedrockArn reads model-bearing ARNs', () => {
  it.each(modelArns)('$arn', ({ arn, expected }) => {
    expect(parseBedrockArn(arn)).toEqual({ arn, ...expected });
  });
});

const notModelArns: Array<{ why: string; value: string }> = [
  { why: 'a guardrail', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:guardrail/gr1abc2def3` },
  { why: 'a knowledge base', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:knowledge-base/KB12345678` },
  { why: 'an agent', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent/AGENT12345` },
  { why: 'an agent alias', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:agent-alias/AGENT12345/ALIAS67890` },
  { why: 'a model-customization job', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:model-customization-job/amazon.titan-text-lite-v1:0:4k/job1` },
  { why: 'an IAM wildcard over every foundation model', value: 'arn:aws:bedrock:us-east-1::foundation-model/*' },
  { why: 'an IAM wildcard over a provider', value: 'arn:aws:bedrock:*::foundation-model/anthropic.*' },
  { why: 'an IAM wildcard over profiles', value: `arn:aws:bedrock:us-east-1:${ACCOUNT}:inference-profile/*` },
  { why: 'an IAM wildcard region', value: 'arn:aws:bedrock:*::foundation-model/anthropic.claude-3-haiku-20240307-v1:0' },
  { why: 'another service', value: 'arn:aws:s3:::amazon.nova-pro-v1:0' },
  { why: 'bedrock-runtime is not the ARN service', value: 'arn:aws:bedrock-runtime:us-east-1::foundation-model/amazon.nova-pro-v1:0' },
  { why: 'an unknown partition', value: 'arn:azure:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0' },
  { why: 'a malformed region', value: 'arn:aws:bedrock:useast1::foundation-model/amazon.nova-pro-v1:0' },
  { why: 'an upper-case region', value: 'arn:aws:bedrock:US-EAST-1::foundation-model/amazon.nova-pro-v1:0' },
  { why: 'an 11-digit account', value: 'arn:aws:bedrock:us-east-1:12345678901:inference-profile/us.amazon.nova-pro-v1:0' },
  { why: 'no resource after the type', value: 'arn:aws:bedrock:us-east-1::foundation-model/' },
  { why: 'surrounding whitespace', value: ' arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0' },
  { why: 'a bare model ID', value: 'amazon.nova-pro-v1:0' },
  { why: 'the empty string', value: '' },
];

describe('parseBedrockArn returns null for anything else', () => {
  it.each(notModelArns)('$why: $value', ({ value }) => {
    expect(parseBedrockArn(value)).toBeNull();
  });
});
