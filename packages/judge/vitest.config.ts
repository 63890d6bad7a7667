import { defineConfig } from 'vitest/config';
import { reporters } from '../../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('judge'),
    include: ['test/**/*.test.ts'],
  },
});
