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
  },
];
