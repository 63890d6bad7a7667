import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['tests/**/*.test.ts'], {
      // Every rule over 3,000 files of node_modules (scripts/robustness.ts).
      sweep: ['tests/robustness.test.ts'],
    }),
    setupFiles: ['tests/setup.ts'],
    // The first case of a rule file loads the parser and builds the catalog's indexes: well under a second
    // idle, 2.5 s seen at a load average of 20 on 2 cores, too close to vitest's 5 s default.
    testTimeout: 30_000,
  },
}));
