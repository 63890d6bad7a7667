import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../src/index.js';
import { settings } from './catalog.js';

/** Lints TypeScript source with the plugin's `all` config on the test catalog (or the given settings). */
export function lintWithAllRules(code: string, extraSettings: Record<string, unknown> = {}, bundled = false): Linter.LintMessage[] {
  const linter = new Linter();
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    plugin.configs.all as Linter.Config,
    { settings: bundled ? { 'bedrock-models': extraSettings } : settings(extraSettings) },
  ];
  return linter.verify(code, config, 'file.ts');
}
