import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['tests/**/*.test.ts'], {
      // Every rule over 3,000 files of node_modules (scripts/robustness.ts).
      sweep: ['tests/robustness.test.ts'],
    }),
    setupFiles: ['tests/setup.ts'],
  },
}));
