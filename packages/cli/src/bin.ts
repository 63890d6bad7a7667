#!/usr/bin/env node
import { main } from './main.js';

try {
  process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() });
} catch (error) {
  process.stderr.write(`bedrock-models: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}
