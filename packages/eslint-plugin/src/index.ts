import type { TSESLint } from '@typescript-eslint/utils';
import type { CONFIG_RULES} from './configs/index.js';
import { flatConfig } from './configs/index.js';
import { PLUGIN_NAME, PLUGIN_VERSION } from './meta.js';
import { rules } from './rules/index.js';

/** The plugin object ESLint loads: `import bedrockModels from '@bedrock-models/eslint-plugin'`. */
export interface BedrockModelsPlugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, unknown>;
  configs: Record<keyof typeof CONFIG_RULES, { name: string; plugins: Record<string, unknown>; rules: Record<string, 'error' | 'warn'> }>;
}

const plugin = {
  meta: { name: PLUGIN_NAME, version: PLUGIN_VERSION, namespace: 'bedrock-models' },
  rules,
  configs: {} as BedrockModelsPlugin['configs'],
};

const registered = plugin as unknown as TSESLint.FlatConfig.Plugin;
plugin.configs = {
  recommended: flatConfig('recommended', registered),
  strict: flatConfig('strict', registered),
  all: flatConfig('all', registered),
} as BedrockModelsPlugin['configs'];

export default plugin as BedrockModelsPlugin;
