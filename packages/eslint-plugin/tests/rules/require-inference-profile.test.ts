import rule from '../../src/rules/require-inference-profile.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('require-inference-profile', rule, {
  valid: [
    {
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new InvokeModelCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', body }));`,
    },
    {
      code: `const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-6', messages }));`,
    },
    {
      code: "const haiku = 'anthropic.claude-3-haiku-20240307-v1:0';",
      settings: { 'bedrock-models': { regions: ['ap-southeast-2'] } },
    },
    {
      code: "const lite = 'amazon.nova-lite-v1:0';",
      settings: { 'bedrock-models': { regions: ['eu-west-1'] } },
    },
    {
      code: "const lite = 'amazon.nova-lite-v1:0';",
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
    },
    {
      code: "new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages });",
    },
    {
      code: "const resources = ['arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-6', 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6'];",
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
    },
    {
      // An IAM policy names foundation-model ARNs in every region a profile routes to; it invokes nothing.
      code: "const resources = ['arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-6', 'arn:aws:bedrock:us-west-2::foundation-model/anthropic.claude-sonnet-4-6'];",
    },
    {
      code: 'const modelId = `${geo}.anthropic.claude-sonnet-4-6`;',
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
    },
    {
      code: "const opus = 'anthropic.claude-opus-4-1-20250805-v1:0';",
      settings: { 'bedrock-models': { regions: ['eu-west-1'] } },
    },
    {
      // A local function of the same shape, bound to no provider factory, is no call.
      code: `const label = (id: string) => id.toUpperCase();
const shown = label('anthropic.claude-sonnet-4-6');`,
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
    },
  ],
  invalid: [
    {
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export const invokeModel = async (prompt, modelId = "anthropic.claude-3-5-sonnet-20241022-v2:0") => {
  const payload = {
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 1000,
    messages: [{ role: "user", content: [{ type: "text", text: prompt }] }],
  };
  const command = new InvokeModelCommand({ contentType: "application/json", body: JSON.stringify(payload), modelId });
  const apiResponse = await client.send(command);
  return JSON.parse(new TextDecoder().decode(apiResponse.body));
};
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'anthropic.claude-3-5-sonnet-20241022-v2:0', region: 'us-east-1', profiles: "'us.anthropic.claude-3-5-sonnet-20241022-v2:0'" },
          line: 5,
          column: 53,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export const invokeModel = async (prompt, modelId = "us.anthropic.claude-3-5-sonnet-20241022-v2:0") => {
  const payload = {
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 1000,
    messages: [{ role: "user", content: [{ type: "text", text: prompt }] }],
  };
  const command = new InvokeModelCommand({ contentType: "application/json", body: JSON.stringify(payload), modelId });
  const apiResponse = await client.send(command);
  return JSON.parse(new TextDecoder().decode(apiResponse.body));
};
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export const invokeModel = async (prompt, modelId = "anthropic.claude-3-5-sonnet-20241022-v2:0") => {
  const command = new InvokeModelCommand({ contentType: "application/json", body: JSON.stringify({ prompt }), modelId });
  return client.send(command);
};
`,
      options: [{ autofixInGeoProfile: true }],
      output: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export const invokeModel = async (prompt, modelId = "us.anthropic.claude-3-5-sonnet-20241022-v2:0") => {
  const command = new InvokeModelCommand({ contentType: "application/json", body: JSON.stringify({ prompt }), modelId });
  return client.send(command);
};
`,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'anthropic.claude-3-5-sonnet-20241022-v2:0', region: 'us-east-1', profiles: "'us.anthropic.claude-3-5-sonnet-20241022-v2:0'" },
          line: 5,
          column: 53,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-3-5-sonnet-20241022-v2:0', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const client = new BedrockRuntimeClient({ region: "us-east-1" });

export const invokeModel = async (prompt, modelId = "us.anthropic.claude-3-5-sonnet-20241022-v2:0") => {
  const command = new InvokeModelCommand({ contentType: "application/json", body: JSON.stringify({ prompt }), modelId });
  return client.send(command);
};
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', messages }));
`,
      options: [{ autofixInGeoProfile: true }],
      output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0', messages }));
`,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
            region: 'ap-northeast-1',
            profiles: "'jp.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'global.anthropic.claude-sonnet-4-5-20250929-v1:0'",
          },
          line: 4,
          column: 50,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0', routing: 'routes within ap-northeast-1 and ap-northeast-3' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'jp.anthropic.claude-sonnet-4-5-20250929-v1:0', messages }));
`,
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', routing: 'routes to any commercial region' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', messages }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'amazon.nova-lite-v1:0', messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'amazon.nova-lite-v1:0', region: 'ap-northeast-1', profiles: "'apac.amazon.nova-lite-v1:0'" },
          line: 2,
          column: 50,
          suggestions: [
            {
              messageId: 'useProfile',
              data: {
                profile: 'apac.amazon.nova-lite-v1:0',
                routing: 'routes within ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1 and ap-southeast-2',
              },
              output: `const client = new BedrockRuntimeClient({ region: 'ap-northeast-1' });
await client.send(new ConverseCommand({ modelId: 'apac.amazon.nova-lite-v1:0', messages }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'ap-southeast-2' });
const message = await client.messages.create({ model: 'anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 1024, messages });
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-haiku-4-5-20251001-v1:0',
            region: 'ap-southeast-2',
            profiles: "'au.anthropic.claude-haiku-4-5-20251001-v1:0' or 'global.anthropic.claude-haiku-4-5-20251001-v1:0'",
          },
          line: 4,
          column: 55,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'au.anthropic.claude-haiku-4-5-20251001-v1:0', routing: 'routes within ap-southeast-2 and ap-southeast-4' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'ap-southeast-2' });
const message = await client.messages.create({ model: 'au.anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 1024, messages });
`,
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-haiku-4-5-20251001-v1:0', routing: 'routes to any commercial region' },
              output: `import AnthropicBedrock from '@anthropic-ai/bedrock-sdk';

const client = new AnthropicBedrock({ awsRegion: 'ap-southeast-2' });
const message = await client.messages.create({ model: 'global.anthropic.claude-haiku-4-5-20251001-v1:0', max_tokens: 1024, messages });
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockEmbeddings } from '@langchain/aws';

const embeddings = new BedrockEmbeddings({ model: 'cohere.embed-v4:0', region: 'eu-central-1' });
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'cohere.embed-v4:0', region: 'eu-central-1', profiles: "'eu.cohere.embed-v4:0' or 'global.cohere.embed-v4:0'" },
          line: 3,
          column: 51,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'eu.cohere.embed-v4:0', routing: 'routes within eu-central-1, eu-north-1, eu-south-1, eu-south-2, eu-west-1 and eu-west-3' },
              output: `import { BedrockEmbeddings } from '@langchain/aws';

const embeddings = new BedrockEmbeddings({ model: 'eu.cohere.embed-v4:0', region: 'eu-central-1' });
`,
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.cohere.embed-v4:0', routing: 'routes to any commercial region' },
              output: `import { BedrockEmbeddings } from '@langchain/aws';

const embeddings = new BedrockEmbeddings({ model: 'global.cohere.embed-v4:0', region: 'eu-central-1' });
`,
            },
          ],
        },
      ],
    },
    {
      code: "export const DEFAULT_MODEL_ID = 'anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL_ID });",
      options: [{ autofixInGeoProfile: true }],
      settings: { 'bedrock-models': { regions: ['us-east-1', 'eu-west-1'] } },
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'us-east-1',
            profiles: "'us.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 1,
          column: 33,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-sonnet-4-6', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: "export const DEFAULT_MODEL_ID = 'us.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL_ID });",
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-6', routing: 'routes to any commercial region' },
              output: "export const DEFAULT_MODEL_ID = 'global.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL_ID });",
            },
          ],
        },
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'eu-west-1',
            profiles: "'eu.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 1,
          column: 33,
          suggestions: [
            {
              messageId: 'useProfile',
              data: {
                profile: 'eu.anthropic.claude-sonnet-4-6',
                routing: 'routes within eu-central-1, eu-north-1, eu-south-1, eu-south-2, eu-west-1 and eu-west-3',
              },
              output: "export const DEFAULT_MODEL_ID = 'eu.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL_ID });",
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-6', routing: 'routes to any commercial region' },
              output: "export const DEFAULT_MODEL_ID = 'global.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL_ID });",
            },
          ],
        },
      ],
    },
    {
      // No region from the code or the settings: the ARN's own region is the one judged.
      code: "new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-6', messages });",
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'us-east-1',
            profiles: "'us.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 1,
          column: 32,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-sonnet-4-6', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: "new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-6', messages });",
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-6', routing: 'routes to any commercial region' },
              output: "new ConverseCommand({ modelId: 'global.anthropic.claude-sonnet-4-6', messages });",
            },
          ],
        },
      ],
    },
    {
      code: "new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-6', messages });",
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'us-east-1',
            profiles: "'us.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 1,
          column: 32,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-sonnet-4-6', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: "new ConverseCommand({ modelId: 'us.anthropic.claude-sonnet-4-6', messages });",
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-6', routing: 'routes to any commercial region' },
              output: "new ConverseCommand({ modelId: 'global.anthropic.claude-sonnet-4-6', messages });",
            },
          ],
        },
      ],
    },
    {
      code: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';

const bedrock = createAmazonBedrock({ region: 'us-west-2' });
const model = bedrock('anthropic.claude-3-7-sonnet-20250219-v1:0');
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'anthropic.claude-3-7-sonnet-20250219-v1:0', region: 'us-west-2', profiles: "'us.anthropic.claude-3-7-sonnet-20250219-v1:0'" },
          line: 4,
          column: 23,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';

const bedrock = createAmazonBedrock({ region: 'us-west-2' });
const model = bedrock('us.anthropic.claude-3-7-sonnet-20250219-v1:0');
`,
            },
          ],
        },
      ],
    },
    {
      // A provider bound to a name of its own (not `bedrock`) is still the AI SDK's: its calls are calls.
      code: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';

const oregon = createAmazonBedrock({ region: 'us-west-2' });
const model = oregon('anthropic.claude-3-7-sonnet-20250219-v1:0');
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: { id: 'anthropic.claude-3-7-sonnet-20250219-v1:0', region: 'us-west-2', profiles: "'us.anthropic.claude-3-7-sonnet-20250219-v1:0'" },
          line: 4,
          column: 22,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-3-7-sonnet-20250219-v1:0', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';

const oregon = createAmazonBedrock({ region: 'us-west-2' });
const model = oregon('us.anthropic.claude-3-7-sonnet-20250219-v1:0');
`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';

const MODELS = { haiku: 'anthropic.claude-haiku-4-5-20251001-v1:0', sonnet: 'anthropic.claude-sonnet-4-6' } as const;
new bedrock.CfnAgent(this, 'Agent', { agentName: 'support', foundationModel: MODELS.sonnet });
`,
      settings: { 'bedrock-models': { regions: ['us-west-2'] } },
      output: null,
      // Only the member read at the call is judged in the call's region; `haiku` describes a model no call here uses.
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'us-west-2',
            profiles: "'us.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 3,
          column: 77,
          suggestions: [
            {
              messageId: 'useProfile',
              data: { profile: 'us.anthropic.claude-sonnet-4-6', routing: 'routes within us-east-1, us-east-2 and us-west-2' },
              output: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';

const MODELS = { haiku: 'anthropic.claude-haiku-4-5-20251001-v1:0', sonnet: 'us.anthropic.claude-sonnet-4-6' } as const;
new bedrock.CfnAgent(this, 'Agent', { agentName: 'support', foundationModel: MODELS.sonnet });
`,
            },
            {
              messageId: 'useProfile',
              data: { profile: 'global.anthropic.claude-sonnet-4-6', routing: 'routes to any commercial region' },
              output: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';

const MODELS = { haiku: 'anthropic.claude-haiku-4-5-20251001-v1:0', sonnet: 'global.anthropic.claude-sonnet-4-6' } as const;
new bedrock.CfnAgent(this, 'Agent', { agentName: 'support', foundationModel: MODELS.sonnet });
`,
            },
          ],
        },
      ],
    },
  ],
});
