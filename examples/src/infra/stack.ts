// CDK stack: the Lambda function and its permission to call the models it uses.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as bedrock from 'aws-cdk-lib/aws-bedrock';
import * as iam from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { Construct } from 'constructs';

export class ChatStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, { ...props, env: { region: 'us-east-1' } });
    const model = bedrock.FoundationModel.fromFoundationModelId(this, 'Model', new bedrock.FoundationModelIdentifier('anthropic.claude-haiku-4-5-20251001-v1:0'));
    const handler = new NodejsFunction(this, 'Chat', { entry: 'src/chat/handler.ts', environment: { MODEL_ID: 'us.anthropic.claude-haiku-4-5-20251001-v1:0' } });
    handler.addToRolePolicy(new iam.PolicyStatement({
      actions: ['bedrock:InvokeModel', 'bedrock:Converse'],
      resources: [model.modelArn, 'arn:aws:bedrock:*::foundation-model/*', `arn:aws:bedrock:${this.region}:${this.account}:inference-profile/*`],
    }));
  }
}
