import rule from '../../src/rules/no-region-unavailable-model-id.js';
import { historyCatalog } from '../fixtures/history-catalog.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-region-unavailable-model-id', rule, {
  valid: [
    {
      // bedrock-mantle serves its own name of the model where the call runs.
      code: `import { bedrockMantle } from '@ai-sdk/amazon-bedrock/mantle';
await generateText({ model: bedrockMantle('openai.gpt-oss-20b'), prompt });`,
      settings: { 'bedrock-models': { catalog: historyCatalog(), regions: ['us-east-1'] } },
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const client = new BedrockRuntimeClient({ region: 'eu-west-1' });
await client.send(new ConverseCommand({ modelId: 'amazon.nova-canvas-v1:0', messages }));`,
    },
    {
      code: "new ConverseCommand({ modelId: 'amazon.nova-canvas-v1:0', messages });",
    },
    {
      code: `const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION });
await client.send(new ConverseCommand({ modelId: 'amazon.nova-canvas-v1:0', messages }));`,
    },
    {
      code: `const client = new BedrockRuntimeClient({ region: 'sa-east-1' });
await client.send(new ConverseCommand({ modelId: 'amazon.nova-canvas-v1:0', messages }));`,
    },
    {
      code: "const model = 'google.gemma-4-31b';",
      settings: { 'bedrock-models': { regions: ['eu-west-1'] } },
    },
    {
      code: "const ids = ['eu.amazon.nova-lite-v1:0', 'global.anthropic.claude-sonnet-4-6'];",
      settings: { 'bedrock-models': { regions: ['eu-central-1'] } },
    },
    {
      code: "new ChatBedrockConverse({ model: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6', region: 'us-east-1' });",
    },
    {
      code: "const arn = 'arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-canvas-v1:0';",
      settings: { 'bedrock-models': { regions: ['us-west-2'] } },
    },
    {
      code: "const ids = ['anthropic.claude-v2', 'anthropic.claude-9-20990101-v1:0'];",
      settings: { 'bedrock-models': { regions: ['eu-west-1'] } },
    },
  ],
  invalid: [
    {
      // With no region from the code or the settings, an ARN is judged in the region it names.
      code: "const arn = 'arn:aws:bedrock:us-west-2::foundation-model/amazon.nova-canvas-v1:0';",
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-canvas-v1:0', regions: 'us-west-2', instead: '', offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1' },
          line: 1,
          column: 13,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-west-2' });
const command = new InvokeModelCommand({ modelId: 'amazon.nova-canvas-v1:0', body });
const response = await client.send(command);
`,
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-canvas-v1:0', regions: 'us-west-2', instead: '', offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1' },
          line: 4,
          column: 51,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: "eu.amazon.nova-lite-v1:0", messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'geoMismatch',
          data: {
            id: 'eu.amazon.nova-lite-v1:0',
            regions: 'us-east-1',
            instead: " Use 'us.amazon.nova-lite-v1:0' instead.",
            geo: 'eu',
            regionGeo: 'us',
            offeredIn: 'eu-central-1 and eu-west-1',
          },
          line: 4,
          column: 50,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.amazon.nova-lite-v1:0' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: "us.amazon.nova-lite-v1:0", messages }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockModel } from '@strands-agents/sdk';

const model = new BedrockModel({ modelId: 'jp.anthropic.claude-sonnet-4-6', region: 'ap-southeast-2' });
`,
      output: null,
      errors: [
        {
          messageId: 'geoMismatch',
          data: {
            id: 'jp.anthropic.claude-sonnet-4-6',
            regions: 'ap-southeast-2',
            instead: " Use 'au.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6' instead.",
            geo: 'jp',
            regionGeo: 'apac',
            offeredIn: 'ap-northeast-1',
          },
          line: 3,
          column: 43,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'au.anthropic.claude-sonnet-4-6' },
              output: `import { BedrockModel } from '@strands-agents/sdk';

const model = new BedrockModel({ modelId: 'au.anthropic.claude-sonnet-4-6', region: 'ap-southeast-2' });
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-sonnet-4-6' },
              output: `import { BedrockModel } from '@strands-agents/sdk';

const model = new BedrockModel({ modelId: 'global.anthropic.claude-sonnet-4-6', region: 'ap-southeast-2' });
`,
            },
          ],
        },
      ],
    },
    {
      code: "const DEFAULT_MODEL = 'us.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL });",
      settings: { 'bedrock-models': { regions: ['us-east-1', 'eu-west-1'] } },
      output: null,
      errors: [
        {
          messageId: 'geoMismatch',
          data: {
            id: 'us.anthropic.claude-sonnet-4-6',
            regions: 'eu-west-1',
            instead: " Use 'eu.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6' instead.",
            geo: 'us',
            regionGeo: 'eu',
            offeredIn: 'us-east-1 and us-west-2',
          },
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'eu.anthropic.claude-sonnet-4-6' },
              output: "const DEFAULT_MODEL = 'eu.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL });",
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-sonnet-4-6' },
              output: "const DEFAULT_MODEL = 'global.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL });",
            },
          ],
        },
      ],
    },
    {
      code: "const model = new ChatBedrockConverse({ model: 'global.anthropic.claude-sonnet-4-20250514-v1:0', region: 'eu-central-1' });",
      output: null,
      errors: [
        {
          messageId: 'profileNotCallable',
          data: {
            id: 'global.anthropic.claude-sonnet-4-20250514-v1:0',
            regions: 'eu-central-1',
            instead: " Use 'eu.anthropic.claude-sonnet-4-20250514-v1:0' instead.",
            geo: 'global',
            regionGeo: 'eu',
            offeredIn: 'ap-northeast-1, eu-west-1, us-east-1 and us-west-2',
          },
          line: 1,
          column: 48,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'eu.anthropic.claude-sonnet-4-20250514-v1:0' },
              output: "const model = new ChatBedrockConverse({ model: 'eu.anthropic.claude-sonnet-4-20250514-v1:0', region: 'eu-central-1' });",
            },
          ],
        },
      ],
    },
    {
      code: "const DEFAULT_MODEL = 'jp.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL });",
      settings: { 'bedrock-models': { regions: ['eu-west-1', 'us-east-1'] } },
      output: null,
      errors: [
        {
          messageId: 'profileNotCallable',
          data: {
            id: 'jp.anthropic.claude-sonnet-4-6',
            regions: 'eu-west-1 and us-east-1',
            instead: " Use 'global.anthropic.claude-sonnet-4-6' instead.",
            geo: 'jp',
            regionGeo: 'eu',
            offeredIn: 'ap-northeast-1',
          },
          line: 1,
          column: 23,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-sonnet-4-6' },
              output: "const DEFAULT_MODEL = 'global.anthropic.claude-sonnet-4-6';\nnew ConverseCommand({ modelId: DEFAULT_MODEL });",
            },
          ],
        },
      ],
    },
    {
      code: "const embed = 'cohere.rerank-v3-5:0';\nnew ConverseCommand({ modelId: embed });",
      settings: { 'bedrock-models': { regions: ['eu-west-1', 'ap-southeast-2'] } },
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: {
            id: 'cohere.rerank-v3-5:0',
            regions: 'eu-west-1 and ap-southeast-2',
            instead: '',
            offeredIn: 'ap-northeast-1, eu-central-1, us-east-1 and us-west-2',
          },
          line: 1,
          column: 15,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { ChatBedrockConverse } from '@langchain/aws';

const chat = new ChatBedrockConverse({
  model: 'arn:aws:bedrock:us-west-2:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6',
  region: 'us-east-1',
});
`,
      output: null,
      errors: [
        {
          messageId: 'arnRegionMismatch',
          data: {
            id: 'us.anthropic.claude-sonnet-4-6',
            regions: 'us-east-1',
            instead: " Use 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6' instead.",
            arnRegion: 'us-west-2',
          },
          line: 4,
          column: 10,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6' },
              output: `import { ChatBedrockConverse } from '@langchain/aws';

const chat = new ChatBedrockConverse({
  model: 'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-sonnet-4-6',
  region: 'us-east-1',
});
`,
            },
          ],
        },
      ],
    },
    {
      code: "const endpoint = new URL('https://bedrock-runtime.us-west-2.amazonaws.com/model/amazon.nova-canvas-v1:0/invoke');",
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-canvas-v1:0', regions: 'us-west-2', instead: '', offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1' },
          line: 1,
          column: 26,
          suggestions: [],
        },
      ],
    },
    {
      code: "export const videoModels = [{ modelId: 'amazon.nova-reel-v1:1', region: 'eu-west-1' }];",
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-reel-v1:1', regions: 'eu-west-1', instead: '', offeredIn: 'us-east-1' },
          line: 1,
          column: 40,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? 'eu-west-1' });
const MODEL_ID = 'cohere.command-r-v1:0';
await client.send(new ConverseCommand({ modelId: MODEL_ID, messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'cohere.command-r-v1:0', regions: 'eu-west-1', instead: '', offeredIn: 'us-east-1 and us-west-2' },
          line: 4,
          column: 18,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { BedrockRuntime } from '@aws-sdk/client-bedrock-runtime';

await new BedrockRuntime({ region: 'eu-central-1' }).converse({ modelId: 'deepseek.v3.2', messages });
`,
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'deepseek.v3.2', regions: 'eu-central-1', instead: '', offeredIn: 'ap-northeast-1, ap-southeast-2, us-east-1 and us-west-2' },
          line: 3,
          column: 74,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { createAmazonBedrock } from '@ai-sdk/amazon-bedrock';
import { Bedrock } from '@llamaindex/aws';

const bedrock = createAmazonBedrock({ region: 'eu-central-1' });
const image = bedrock.imageModel('amazon.nova-canvas-v1:0');
const llm = new Bedrock({ model: 'mistral.mistral-large-2402-v1:0', region: 'ap-northeast-1' });
`,
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-canvas-v1:0', regions: 'eu-central-1', instead: '', offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1' },
          line: 5,
          column: 34,
          suggestions: [],
        },
        {
          messageId: 'notOffered',
          data: {
            id: 'mistral.mistral-large-2402-v1:0',
            regions: 'ap-northeast-1',
            instead: '',
            offeredIn: 'ap-southeast-2, eu-west-1, us-east-1 and us-west-2',
          },
          line: 6,
          column: 34,
          suggestions: [],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: isProd ? 'eu-west-1' : 'us-east-1' });
await client.send(new ConverseCommand({ modelId: 'deepseek.v3.2', messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'deepseek.v3.2', regions: 'eu-west-1', instead: '', offeredIn: 'ap-northeast-1, ap-southeast-2, us-east-1 and us-west-2' },
          line: 4,
          column: 50,
          suggestions: [],
        },
      ],
    },
    {
      // The catalog's history records the withdrawal: the message says when, not merely "not offered".
      code: `const client = new BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new ConverseCommand({ modelId: 'amazon.nova-canvas-v1:0', messages }));`,
      settings: { 'bedrock-models': { catalog: historyCatalog() } },
      output: null,
      errors: [
        {
          messageId: 'withdrawn',
          data: {
            id: 'amazon.nova-canvas-v1:0',
            regions: 'us-west-2',
            withdrawn: '2026-03-04',
            lastListed: ' (last listed there 2026-02-08)',
            offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1',
            instead: '',
          },
          line: 2,
          column: 50,
          suggestions: [],
        },
      ],
    },
    {
      // A bedrock-mantle call to a model only bedrock-runtime serves: mantle, which the catalog knows in us-west-2, rejects it.
      code: `import { createBedrockMantle } from '@ai-sdk/amazon-bedrock/mantle';
const bedrockMantle = createBedrockMantle({ region: 'us-west-2' });
await generateText({ model: bedrockMantle('amazon.nova-lite-v1:0'), prompt });`,
      settings: { 'bedrock-models': { catalog: historyCatalog() } },
      output: null,
      errors: [
        {
          messageId: 'notOnMantle',
          data: {
            id: 'amazon.nova-lite-v1:0',
            regions: 'us-west-2',
            mantleRegions: '',
            runtime: ' bedrock-runtime offers it in ap-northeast-1, ap-southeast-2, eu-central-1, eu-west-1, us-east-1 and us-west-2.',
          },
          line: 3,
          column: 43,
          suggestions: [],
        },
      ],
    },
    {
      // A bedrock-mantle name on bedrock-runtime: rejected there; the runtime ID of the same model is offered on demand.
      code: `const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: 'openai.gpt-oss-20b', messages }));`,
      settings: { 'bedrock-models': { catalog: historyCatalog() } },
      output: null,
      errors: [
        {
          messageId: 'mantleOnly',
          data: {
            id: 'openai.gpt-oss-20b',
            regions: 'us-east-1',
            mantleRegions: ' (in us-east-1 and us-west-2)',
            instead: " Use 'openai.gpt-oss-20b-1:0' instead.",
          },
          line: 2,
          column: 50,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'openai.gpt-oss-20b-1:0' },
              output: `const client = new BedrockRuntimeClient({ region: 'us-east-1' });
await client.send(new ConverseCommand({ modelId: 'openai.gpt-oss-20b-1:0', messages }));`,
            },
          ],
        },
      ],
    },
  ],
});
