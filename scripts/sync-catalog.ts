#!/usr/bin/env node
// `pnpm sync`: refreshes packages/catalog/data/catalog.json from the Bedrock control plane. See sync-catalog/options.ts for the CLI.
import { runSync } from './sync-catalog/run.ts';

process.exitCode = await runSync(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  now: new Date(),
});
