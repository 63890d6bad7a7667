import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('cli'),
    include: ['test/**/*.test.ts'],
    // The tests run the built binary as a child process; the build runs once, in globalSetup.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
