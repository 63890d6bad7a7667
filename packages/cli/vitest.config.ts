import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['test/**/*.test.ts'], {
      // Every test runs the built binary as a child process, as users do.
      integration: ['test/**/*.test.ts'],
    }),
    // The build runs once, in globalSetup.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
}));
