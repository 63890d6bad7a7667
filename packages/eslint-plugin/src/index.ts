// The public types are written with ESLint's own (`eslint` is a peer dependency) rather than
// `@typescript-eslint/utils`, which is only a devDependency: the published declarations must resolve in a
// user's project, and the configs must be assignable where ESLint's `defineConfig` expects a config.
import type { ESLint, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { flatConfig } from './configs/index.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

/** The plugin object ESLint loads: `import bedrockModels from '@bedrock-models/eslint-plugin'`. */
export interface BedrockModelsPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  /** Every rule, by name; each also carries its `name`. */
  rules: Record<string, NonNullable<ESLint.Plugin['rules']>[string] & { name: string }>;
  /** Flat configs named `bedrock-models/<config>` that register the plugin under `@bedrock-models` and turn its rules on. */
  configs: Record<'recommended' | 'strict' | 'all', Linter.Config & { name: string; plugins: Record<string, ESLint.Plugin>; rules: Linter.RulesRecord }>;
}

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'bedrock-models' },
  rules,
  configs: {} as Record<string, TSESLint.FlatConfig.Config>,
};

const registered = plugin as unknown as TSESLint.FlatConfig.Plugin;
plugin.configs = {
  recommended: flatConfig('recommended', registered),
  strict: flatConfig('strict', registered),
  all: flatConfig('all', registered),
};

export default plugin as unknown as BedrockModelsPlugin;
