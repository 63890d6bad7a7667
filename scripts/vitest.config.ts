import { defineConfig } from 'vitest/config';
import { tiered } from '../vitest.tiers.ts';

export default defineConfig(({ mode }) => ({
  test: {
    ...tiered(mode, ['**/*.test.ts'], {
      integration: [
        // The local Bedrock test server, and the sync against it.
        'bedrock-test-server/server.test.ts',
        'sync-catalog/test/sync.test.ts',
        'sync-catalog/test/reproduce.test.ts',
        'sync-catalog/test/changed-world.test.ts',
        'sync-catalog/test/checks.test.ts',
        'sync-catalog/test/mantle-probe.test.ts',
        // Child processes: a concurrent writer, the CI summary script.
        'sync-catalog/test/write.test.ts',
        'ci-summary.test.ts',
      ],
    }),
    // Every test talks to a server on 127.0.0.1; none may reach the network. A sync of 18 regions takes well
    // under a second idle and 9 s was seen at a load average of 20 on 2 cores: a budget for a busy machine.
    testTimeout: 60_000,
  },
}));
