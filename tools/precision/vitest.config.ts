import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    // In-process: ESLint's Node API and the CLI's scan function, no child process.
    ...tiered(mode, ['test/**/*.test.ts'], {}),
    // Lints the corpus with the typescript-eslint parser in one process; a loaded two-core machine needs the budget.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
}));
