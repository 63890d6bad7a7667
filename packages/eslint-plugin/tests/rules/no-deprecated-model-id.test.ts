import rule from '../../src/rules/no-deprecated-model-id.js';
import { testCatalog } from '../catalog.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

ruleTester.run('no-deprecated-model-id', rule, {
  valid: [
    {
      code: "const ids = ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'us.anthropic.claude-sonnet-4-6', 'amazon.nova-lite-v1:0', 'deepseek.v3.2'];",
    },
    {
      code: "new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages });",
    },
    {
      code: "new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages });",
      options: [{ warnDaysBeforeEndOfLife: 30 }],
    },
    {
      code: "const sonnet = 'anthropic.claude-3-5-sonnet-20240620-v1:0';",
    },
    {
      code: "const sonnet = 'anthropic.claude-3-5-sonnet-20240620-v1:0';",
      settings: { 'bedrock-models': { regions: ['ap-northeast-1'] } },
    },
    {
      code: "const sonnet4 = 'us.anthropic.claude-sonnet-4-20250514-v1:0';",
    },
    {
      code: "const ids = ['anthropic.claude-9-20990101-v1:0', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc'];",
    },
  ],
  invalid: [
    {
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = process.env.MODEL_ID ?? 'anthropic.claude-3-5-haiku-20241022-v1:0';
await client.send(new ConverseCommand({ modelId, messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
            where: ' in us-east-1',
            instead: " Use 'us.anthropic.claude-haiku-4-5-20251001-v1:0' or 'global.anthropic.claude-haiku-4-5-20251001-v1:0' instead.",
            since: ' since 2025-12-19',
            schedule: ' Extended access (possibly at higher prices) from 2026-03-19; end of life 2026-06-19 (107 days after 2026-03-04).',
          },
          line: 4,
          column: 41,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = process.env.MODEL_ID ?? 'us.anthropic.claude-haiku-4-5-20251001-v1:0';
await client.send(new ConverseCommand({ modelId, messages }));
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const modelId = process.env.MODEL_ID ?? 'global.anthropic.claude-haiku-4-5-20251001-v1:0';
await client.send(new ConverseCommand({ modelId, messages }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

const model = amazonBedrock("us.anthropic.claude-3-5-haiku-20241022-v1:0");
`,
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
            where: '',
            instead: " Use 'us.anthropic.claude-haiku-4-5-20251001-v1:0' instead.",
            since: ' since 2025-12-19',
            schedule: ' Extended access (possibly at higher prices) from 2026-03-19; end of life 2026-06-19 (107 days after 2026-03-04).',
          },
          line: 3,
          column: 29,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: `import { amazonBedrock } from '@ai-sdk/amazon-bedrock';

const model = amazonBedrock("us.anthropic.claude-haiku-4-5-20251001-v1:0");
`,
            },
          ],
        },
      ],
    },
    {
      code: "const MODEL_ID = 'anthropic.claude-3-5-sonnet-20240620-v1:0';\nnew ConverseCommand({ modelId: MODEL_ID });",
      settings: { 'bedrock-models': { regions: ['us-east-1'] } },
      output: null,
      errors: [
        {
          messageId: 'pastEndOfLife',
          data: {
            id: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            where: ' in us-east-1',
            instead: " Use 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' instead.",
            endOfLife: '2026-03-01',
          },
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: "const MODEL_ID = 'us.anthropic.claude-sonnet-4-5-20250929-v1:0';\nnew ConverseCommand({ modelId: MODEL_ID });",
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: "const MODEL_ID = 'global.anthropic.claude-sonnet-4-5-20250929-v1:0';\nnew ConverseCommand({ modelId: MODEL_ID });",
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

export const FoundationModels = Object.freeze({
  CLAUDE_3_5_SONNET: { modelId: 'anthropic.claude-3-5-sonnet-20240620-v1:0', modelName: 'Claude 3.5 Sonnet' },
});
const client = new BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new InvokeModelCommand({ modelId: FoundationModels.CLAUDE_3_5_SONNET.modelId, body }));
`,
      output: null,
      errors: [
        {
          messageId: 'pastEndOfLife',
          data: {
            id: 'anthropic.claude-3-5-sonnet-20240620-v1:0',
            where: ' in us-west-2',
            instead: " Use 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' instead.",
            endOfLife: '2026-03-01',
          },
          line: 4,
          column: 33,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

export const FoundationModels = Object.freeze({
  CLAUDE_3_5_SONNET: { modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', modelName: 'Claude 3.5 Sonnet' },
});
const client = new BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new InvokeModelCommand({ modelId: FoundationModels.CLAUDE_3_5_SONNET.modelId, body }));
`,
            },
            {
              messageId: 'replaceWith',
              data: { replacement: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';

export const FoundationModels = Object.freeze({
  CLAUDE_3_5_SONNET: { modelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0', modelName: 'Claude 3.5 Sonnet' },
});
const client = new BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new InvokeModelCommand({ modelId: FoundationModels.CLAUDE_3_5_SONNET.modelId, body }));
`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';

const model = bedrock.FoundationModel.fromFoundationModelId(this, 'Model', new bedrock.FoundationModelIdentifier('anthropic.claude-v2'));
`,
      output: null,
      errors: [
        {
          messageId: 'retired',
          data: {
            id: 'anthropic.claude-v2',
            where: '',
            instead: " Use 'anthropic.claude-sonnet-4-5-20250929-v1:0' instead.",
            lastSeen: ' (last listed 2023-10-07)',
          },
          line: 3,
          column: 114,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: `import * as bedrock from 'aws-cdk-lib/aws-bedrock';

const model = bedrock.FoundationModel.fromFoundationModelId(this, 'Model', new bedrock.FoundationModelIdentifier('anthropic.claude-sonnet-4-5-20250929-v1:0'));
`,
            },
          ],
        },
      ],
    },
    {
      code: "const agent = new Agent({ model: 'us.anthropic.claude-3-opus-20240229-v1:0' });",
      output: null,
      errors: [
        {
          messageId: 'retired',
          data: {
            id: 'us.anthropic.claude-3-opus-20240229-v1:0',
            where: '',
            instead: " Use 'us.anthropic.claude-opus-4-1-20250805-v1:0' instead.",
            lastSeen: ' (last listed 2026-02-08)',
          },
          line: 1,
          column: 34,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-opus-4-1-20250805-v1:0' },
              output: "const agent = new Agent({ model: 'us.anthropic.claude-opus-4-1-20250805-v1:0' });",
            },
          ],
        },
      ],
    },
    {
      code: "const model = process.env.BEDROCK_MODEL || 'anthropic.claude-3-7-sonnet-20250219-v1:0';",
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: { id: 'anthropic.claude-3-7-sonnet-20250219-v1:0', where: '', instead: '', since: '', schedule: '' },
          line: 1,
          column: 44,
          suggestions: [],
        },
      ],
    },
    {
      code: "new ConverseCommand({ modelId: 'anthropic.claude-3-haiku-20240307-v1:0', messages });",
      options: [{ warnDaysBeforeEndOfLife: 200 }],
      output: null,
      errors: [
        {
          messageId: 'endOfLifeSoon',
          data: { id: 'anthropic.claude-3-haiku-20240307-v1:0', where: '', instead: '', endOfLife: '2026-09-10', days: '190', date: '2026-03-04' },
          line: 1,
          column: 32,
          suggestions: [],
        },
      ],
    },
    {
      code: "const sonnet4 = 'us.anthropic.claude-sonnet-4-20250514-v1:0';",
      settings: { 'bedrock-models': { today: '2026-05-01' } },
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
            where: '',
            instead: '',
            since: ' since 2026-04-14',
            schedule: ' Extended access (possibly at higher prices) from 2026-07-14; end of life 2026-10-14 (166 days after 2026-05-01).',
          },
          line: 1,
          column: 17,
          suggestions: [],
        },
      ],
    },
    {
      code: "const haiku = 'us.anthropic.claude-3-5-haiku-20241022-v1:0';",
      settings: { 'bedrock-models': { today: '2026-07-01' } },
      output: null,
      errors: [
        {
          messageId: 'pastEndOfLife',
          data: {
            id: 'us.anthropic.claude-3-5-haiku-20241022-v1:0',
            where: '',
            instead: " Use 'us.anthropic.claude-haiku-4-5-20251001-v1:0' instead.",
            endOfLife: '2026-06-19',
          },
          line: 1,
          column: 15,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: "const haiku = 'us.anthropic.claude-haiku-4-5-20251001-v1:0';",
            },
          ],
        },
      ],
    },
    {
      // an application inference profile the settings map to a retired model: the code names the profile, so no edit is offered
      code: "new ConverseCommand({ modelId: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3d4e5f6', messages });",
      settings: { 'bedrock-models': { catalog: testCatalog, applicationInferenceProfiles: { a1b2c3d4e5f6: 'anthropic.claude-v2' } } },
      output: null,
      errors: [
        {
          messageId: 'retired',
          data: {
            id: 'anthropic.claude-v2',
            where: '',
            // Judged in the profile's region, us-east-1, where Claude Sonnet 4.5 is called through a system profile.
            instead: " Use 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' or 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' instead.",
            lastSeen: ' (last listed 2023-10-07)',
          },
          line: 1,
          column: 32,
          suggestions: [],
        },
      ],
    },
    {
      code: 'const resource = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2";',
      output: null,
      errors: [
        {
          messageId: 'retired',
          data: {
            id: 'anthropic.claude-v2',
            where: '',
            instead: " Use 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0' instead.",
            lastSeen: ' (last listed 2023-10-07)',
          },
          line: 1,
          column: 18,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0' },
              output: 'const resource = "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-sonnet-4-5-20250929-v1:0";',
            },
          ],
        },
      ],
    },
    {
      code: `const geo = process.env.GEO;
const modelId = \`\${geo}.anthropic.claude-3-5-haiku-20241022-v1:0\`;
`,
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'anthropic.claude-3-5-haiku-20241022-v1:0',
            where: '',
            instead: " Use 'anthropic.claude-haiku-4-5-20251001-v1:0' instead.",
            since: ' since 2025-12-19',
            schedule: ' Extended access (possibly at higher prices) from 2026-03-19; end of life 2026-06-19 (107 days after 2026-03-04).',
          },
          line: 2,
          column: 17,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
              output: `const geo = process.env.GEO;
const modelId = \`\${geo}.anthropic.claude-haiku-4-5-20251001-v1:0\`;
`,
            },
          ],
        },
      ],
    },
    {
      code: `import { BedrockModel } from '@strands-agents/sdk';

const model = new BedrockModel({ modelId: 'us.anthropic.claude-opus-4-20250514-v1:0', region: 'us-west-2' });
`,
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'us.anthropic.claude-opus-4-20250514-v1:0',
            where: ' in us-west-2',
            instead: " Use 'us.anthropic.claude-opus-4-1-20250805-v1:0' instead.",
            since: ' since 2025-10-01',
            schedule: ' In extended access (possibly at higher prices) since 2026-03-01; end of life 2026-05-31 (88 days after 2026-03-04).',
          },
          line: 3,
          column: 43,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'us.anthropic.claude-opus-4-1-20250805-v1:0' },
              output: `import { BedrockModel } from '@strands-agents/sdk';

const model = new BedrockModel({ modelId: 'us.anthropic.claude-opus-4-1-20250805-v1:0', region: 'us-west-2' });
`,
            },
          ],
        },
      ],
    },
    {
      code: "const LEGACY_MODELS = ['cohere.command-r-v1:0', 'meta.llama3-2-1b-instruct-v1:0', 'amazon.titan-text-express-v1', 'anthropic.claude-instant-v1'];",
      output: null,
      errors: [
        {
          messageId: 'legacy',
          data: {
            id: 'cohere.command-r-v1:0',
            where: '',
            instead: '',
            since: ' since 2026-02-19',
            schedule: ' Extended access (possibly at higher prices) from 2026-05-19; end of life 2026-08-19 (168 days after 2026-03-04).',
          },
          line: 1,
          column: 24,
          suggestions: [],
        },
        {
          messageId: 'legacy',
          data: {
            id: 'meta.llama3-2-1b-instruct-v1:0',
            where: '',
            instead: '',
            since: ' since 2026-01-07',
            schedule: ' Extended access (possibly at higher prices) from 2026-04-07; end of life 2026-07-07 (125 days after 2026-03-04).',
          },
          line: 1,
          column: 49,
          suggestions: [],
        },
        {
          messageId: 'retired',
          data: { id: 'amazon.titan-text-express-v1', where: '', instead: " Use 'amazon.nova-lite-v1:0' instead.", lastSeen: ' (last listed 2023-10-07)' },
          line: 1,
          column: 83,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'amazon.nova-lite-v1:0' },
              output:
                "const LEGACY_MODELS = ['cohere.command-r-v1:0', 'meta.llama3-2-1b-instruct-v1:0', 'amazon.nova-lite-v1:0', 'anthropic.claude-instant-v1'];",
            },
          ],
        },
        {
          messageId: 'retired',
          data: {
            id: 'anthropic.claude-instant-v1',
            where: '',
            instead: " Use 'anthropic.claude-haiku-4-5-20251001-v1:0' instead.",
            lastSeen: ' (last listed 2023-10-07)',
          },
          line: 1,
          column: 115,
          suggestions: [
            {
              messageId: 'replaceWith',
              data: { replacement: 'anthropic.claude-haiku-4-5-20251001-v1:0' },
              output:
                "const LEGACY_MODELS = ['cohere.command-r-v1:0', 'meta.llama3-2-1b-instruct-v1:0', 'amazon.titan-text-express-v1', 'anthropic.claude-haiku-4-5-20251001-v1:0'];",
            },
          ],
        },
      ],
    },
  ],
});
