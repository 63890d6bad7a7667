import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('catalog'),
    include: ['test/**/*.test.ts'],
    // Some tests run the TypeScript compiler or npm in a child process; a busy 2-core CI machine needs the headroom.
    testTimeout: 30_000,
  },
});
