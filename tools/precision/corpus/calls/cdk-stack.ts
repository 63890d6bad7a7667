// AWS CDK: foundation models named for IAM grants and agents.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import type { Construct } from 'constructs';

export class AgentStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const haiku = bedrock.FoundationModel.fromFoundationModelId(this, 'Haiku', new bedrock.FoundationModelIdentifier('anthropic.claude-3-haiku-2024307-v1:0')); // expect: no-unknown-model-id
    const instant = new bedrock.FoundationModelIdentifier('anthropic.claude-instant-v1'); // expect: no-deprecated-model-id
    new bedrock.CfnAgent(this, 'Agent', { agentName: 'helper', foundationModel: 'eu.anthropic.claude-sonnet-4-6' }); // expect: no-region-unavailable-model-id
    new bedrock.CfnAgent(this, 'Agent2', { agentName: 'helper2', foundationModel: 'us.anthropic.claude-sonnet-4-6' }); // expect: none
    void haiku;
    void instant;
  }
}
