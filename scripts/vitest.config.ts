import { defineConfig } from 'vitest/config';
import { reporters } from '../vitest.reporters.ts';

export default defineConfig({
  test: {
    reporters: reporters('scripts'),
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // Every test talks to a server on 127.0.0.1; none may reach the network.
    testTimeout: 15_000,
  },
});
