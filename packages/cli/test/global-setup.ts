// The tests run the built binary, as users do: build it once before any test file runs.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
