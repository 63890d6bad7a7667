import { describe, expect, it } from 'vitest';
import { testCapabilities } from './capabilities.js';
import { lintWithAllRules } from './lint.js';

// A model only bedrock-mantle serves, called through bedrock-runtime: one fact, so one finding. The request rule
// no-unsupported-model-operation owns it wherever it judges the call (an SDK operation, with capabilities on); the
// region rule reports it only on the calls that rule does not see, or when the request rules are off.

const findings = (code: string, capabilities: unknown = testCapabilities) =>
  lintWithAllRules(code, { capabilities }).map((message) => `${message.line} ${message.ruleId?.replace('@bedrock-models/', '')} ${message.messageId}`);

describe('a mantle-only model on bedrock-runtime', () => {
  const command = `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: 'google.gemma-4-31b', messages }));`;

  it('is reported once, by no-unsupported-model-operation, in an SDK command and through the aggregated client', () => {
    expect(findings(command)).toEqual(['3 no-unsupported-model-operation notOnRuntime']);
    const method = `import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';
const runtime = new BedrockRuntime({ region: 'us-east-1' });
await runtime.converse({ modelId: 'google.gemma-4-31b', messages });`;
    expect(findings(method)).toEqual(['3 no-unsupported-model-operation notOnRuntime']);
  });

  it('is reported once, by the region rule, where the request rules are off', () => {
    expect(findings(command, null)).toEqual(['3 no-region-unavailable-model-id mantleOnly']);
  });

  it('is reported once, by the region rule, through a wrapper the request rules do not judge the endpoint of', () => {
    const wrapper = `import { BedrockModel } from '@strands-agents/sdk';
export const model = new BedrockModel({ modelId: 'google.gemma-4-31b', region: 'us-east-1' });`;
    expect(findings(wrapper)).toEqual(['2 no-region-unavailable-model-id mantleOnly']);
  });
});
