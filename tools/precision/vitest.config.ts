import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('precision'),
    include: ['test/**/*.test.ts'],
    // Lints the whole corpus with ESLint and the typescript-eslint parser in one process; a loaded two-core machine needs the budget.
    testTimeout: 120_000,
  },
});
