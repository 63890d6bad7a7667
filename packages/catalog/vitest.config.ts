import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['test/**/*.test.ts'], {
      // Packs the package and runs Node and the TypeScript compiler on the tarball in child processes.
      integration: ['test/package.test.ts'],
    }),
    // deprecated-jsdoc builds a TypeScript program and the package test runs tsc and npm; a busy 2-core CI
    // machine needs the headroom.
    testTimeout: 30_000,
  },
}));
