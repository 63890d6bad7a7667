import { defineConfig } from 'vitest/config';
import { tiered } from '../../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: tiered(mode, ['*.test.ts'], {}),
}));
