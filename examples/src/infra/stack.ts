// CDK stack: the chat Lambda function, its permission to call the models it uses, and a support agent.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';

const CHAT_PROFILE = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';

export class ChatStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, { ...props, env: { ...props.env, region: 'us-east-1' } });

    // IAM for an inference profile must also name the foundation model it routes to.
    const model = bedrock.FoundationModel.fromFoundationModelId(this, 'Model', new bedrock.FoundationModelIdentifier('anthropic.claude-haiku-4-5-20251001-v1:0'));
    const handler = new NodejsFunction(this, 'Chat', { entry: 'src/chat/handler.ts', environment: { MODEL_ID: CHAT_PROFILE } });
    handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['bedrock:InvokeModel', 'bedrock:Converse'],
      resources: [model.modelArn, 'arn:aws:bedrock:*::foundation-model/*', `arn:aws:bedrock:${this.region}:${this.account}:inference-profile/*`],
    }));

    const agentRole = new iam.Role(this, 'AgentRole', { assumedBy: new iam.ServicePrincipal('bedrock.amazonaws.com') });
    new bedrock.CfnAgent(this, 'SupportAgent', {
      agentName: 'support',
      agentResourceRoleArn: agentRole.roleArn,
      foundationModel: CHAT_PROFILE,
      instruction: 'Answer questions about orders from the knowledge base, briefly and politely.',
      idleSessionTtlInSeconds: 600,
    });
  }
}
