import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('examples'),
    include: ['test/**/*.test.ts'],
    // Each test runs the demo (ESLint over the example service) in a child process.
    testTimeout: 60_000,
  },
});
