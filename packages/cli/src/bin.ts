#!/usr/bin/env node
import { main } from './main.js';

function crash(error: unknown): void {
  process.stderr.write(`bedrock-models: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 2;
}

try {
  const code = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd(), stdin: process.stdin });
  if (typeof code === 'number') process.exitCode = code;
  else code.then((value) => void (process.exitCode = value), crash);
} catch (error) {
  crash(error);
}
