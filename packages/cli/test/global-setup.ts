// The tests run the built binary, as users do: build it before any test file runs, unless the build is already
// newer than every source file (turbo builds it first). Rebuilding then would delete dist/ under other packages'
// tests that import the CLI at the same moment.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const bin = join(root, 'dist', 'bin.js');
  if (existsSync(bin) && statSync(bin).mtimeMs >= newestSource(join(root, 'src'))) return;
  execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}
