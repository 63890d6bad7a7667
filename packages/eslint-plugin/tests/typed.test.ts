import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { beforeAll, vi } from 'vitest';
import noRegionUnavailableModelId from '../src/rules/no-region-unavailable-model-id.js';
import requireInferenceProfile from '../src/rules/require-inference-profile.js';
import { settings } from './catalog.js';

// With typed linting (optional), string-literal types carry IDs across modules: imported consts and enums.
const tsconfigRootDir = join(import.meta.dirname, 'fixtures', 'typed');
const ruleTester = new RuleTester({
  languageOptions: { parserOptions: { project: './tsconfig.json', tsconfigRootDir } },
  settings: settings(),
});
const filename = 'file.ts';

// Typed linting builds a TypeScript program of the fixture project: seconds on an idle machine, many more on a
// busy one. Build it once, here, with a budget of its own, through the very parser the rule tester uses (the
// program is cached per tsconfig), so that no case pays for it under vitest's 5 s default; and give each case
// headroom for the type checker's work on a loaded machine.
const WARM_UP_BUDGET = 120_000;
vi.setConfig({ testTimeout: 30_000 });
beforeAll(() => {
  const requireFromTester = createRequire(createRequire(import.meta.url).resolve('@typescript-eslint/rule-tester'));
  const parser = requireFromTester('@typescript-eslint/parser') as { parseForESLint(code: string, options: object): unknown };
  const filePath = join(tsconfigRootDir, filename);
  parser.parseForESLint(readFileSync(filePath, 'utf8'), { project: './tsconfig.json', tsconfigRootDir, filePath, sourceType: 'module', ecmaVersion: 'latest' });
}, WARM_UP_BUDGET);

ruleTester.run('no-region-unavailable-model-id (typed)', noRegionUnavailableModelId as never, {
  valid: [
    // Without a region in the code, the value is judged where it is written (models.ts), not here.
    {
      filename,
      code: `import { CANVAS } from './models.js';\nnew InvokeModelCommand({ modelId: CANVAS, body });`,
      settings: settings({ regions: ['us-west-2'] }),
    },
  ],
  invalid: [
    {
      filename,
      code: `import { BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { CANVAS } from './models.js';

const client = new BedrockRuntimeClient({ region: 'us-west-2' });
await client.send(new InvokeModelCommand({ modelId: CANVAS, body }));
`,
      errors: [
        {
          messageId: 'notOffered',
          data: { id: 'amazon.nova-canvas-v1:0', regions: 'us-west-2', instead: '', offeredIn: 'ap-northeast-1, eu-west-1 and us-east-1' },
          line: 5,
          column: 53,
          suggestions: [],
        },
      ],
    },
  ],
});

ruleTester.run('require-inference-profile (typed)', requireInferenceProfile as never, {
  valid: [],
  invalid: [
    {
      filename,
      code: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { Sonnet } from './models.js';

const client = new BedrockRuntimeClient({ region: 'eu-west-1' });
await client.send(new ConverseCommand({ modelId: Sonnet.V4_6, messages }));
`,
      output: null,
      errors: [
        {
          messageId: 'requireProfile',
          data: {
            id: 'anthropic.claude-sonnet-4-6',
            region: 'eu-west-1',
            profiles: "'eu.anthropic.claude-sonnet-4-6' or 'global.anthropic.claude-sonnet-4-6'",
          },
          line: 5,
          column: 50,
          suggestions: [],
        },
      ],
    },
  ],
});
