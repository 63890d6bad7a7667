import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['test/**/*.test.ts'], {
      // Packs the package and runs Node and the TypeScript compiler on the tarball in child processes.
      integration: ['test/package.test.ts'],
    }),
    // deprecated-jsdoc builds a TypeScript program, the schema test validates thousands of mutated catalogs
    // (4 s idle, 22 s seen at a load average of 20 on 2 cores) and the package test runs tsc and npm.
    testTimeout: 60_000,
  },
}));
