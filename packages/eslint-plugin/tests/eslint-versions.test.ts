import tsParser from '@typescript-eslint/parser';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { settings } from './catalog.js';

const code = `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';

const client = new BedrockRuntimeClient({ region: 'us-east-1' });
const MODELS = { legacy: 'anthropic.claude-3-5-haiku-20241022-v1:0', typo: 'amazon.nova-lite-v2:0', eu: 'eu.amazon.nova-lite-v1:0' } as const;
await client.send(new ConverseCommand({ modelId: MODELS.eu, messages: [] }));
await client.send(new ConverseCommand({ modelId: 'anthropic.claude-sonnet-4-6', messages: [] }));
`;

// The same plugin object, unchanged, under both majors ESLint supports.
function lint(LinterClass: typeof Linter10 | typeof Linter9, parser?: unknown) {
  const linter = new LinterClass({ configType: 'flat' });
  const config = [{ files: ['**/*.ts'], ...(parser ? { languageOptions: { parser } } : {}) }, plugin.configs.recommended, { settings: settings() }];
  return (linter as Linter10).verify(code, config as Linter10.Config[], 'file.ts').map(({ ruleId, messageId, line, column, severity, suggestions }) => ({
    ruleId,
    messageId,
    line,
    column,
    severity,
    suggestions: suggestions?.map((suggestion) => suggestion.fix.text),
  }));
}

describe('ESLint 9 and 10', () => {
  it('report the same, with the TypeScript parser and with the default one', () => {
    const v10 = lint(Linter10, tsParser);
    expect(v10.map((message) => `${message.ruleId}:${message.messageId}`)).toEqual([
      '@bedrock-models/no-deprecated-model-id:legacy',
      '@bedrock-models/no-unknown-model-id:unknownId',
      '@bedrock-models/no-region-unavailable-model-id:geoMismatch',
      '@bedrock-models/require-inference-profile:requireProfile',
    ]);
    expect(lint(Linter9, tsParser)).toEqual(v10);
    const javascript = code.replace(' as const', '');
    expect(new Linter10().verify(javascript, [plugin.configs.recommended as Linter10.Config, { settings: settings() }], 'file.js')).toHaveLength(4);
    expect(new Linter9({ configType: 'flat' }).verify(javascript, [plugin.configs.recommended, { settings: settings() }] as never, 'file.js')).toHaveLength(4);
  });

  it('are the versions this package tests', async () => {
    const [{ ESLint: ESLint10 }, { ESLint: ESLint9 }] = await Promise.all([import('eslint'), import('eslint-v9')]);
    expect(ESLint10.version).toMatch(/^10\./);
    expect(ESLint9.version).toMatch(/^9\./);
  });
});
