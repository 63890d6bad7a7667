import { defineConfig } from 'vitest/config';
import { tiered } from '../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['test/**/*.test.ts'], {
      // Each test runs the demo (ESLint over the example service) in a child process.
      integration: ['test/**/*.test.ts'],
    }),
    testTimeout: 60_000,
  },
}));
