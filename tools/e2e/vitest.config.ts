import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['test/**/*.test.ts'], {
      // Packs both packages and installs one scratch project per ESLint major, once for every test file.
      integration: ['test/**/*.test.ts'],
    }),
    globalSetup: ['src/global-setup.ts'],
    // Every test runs real processes (pnpm, eslint, tsc); the machine has two cores shared with other work.
    // The slowest (cache.test.ts) takes 20 s idle and took 86 s at a load average of 20.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
}));
