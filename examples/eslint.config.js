// What a user of the plugin writes: the recommended config, and where this service runs.
import bedrockModels from '@bedrock-models/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  bedrockModels.configs.recommended,
  {
    settings: {
      'bedrock-models': {
        // Where code runs when a call does not say (Lambda functions deployed to us-east-1).
        regions: ['us-east-1'],
      },
    },
    rules: {
      // This service may route requests anywhere in the US geography, so `eslint --fix` may put the one
      // in-geo inference profile in place of a base model ID. Off by default: a profile moves requests to
      // other regions, which changes where data is processed.
      '@bedrock-models/require-inference-profile': ['error', { autofixInGeoProfile: true }],
    },
  },
];
