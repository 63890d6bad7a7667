// Regenerates fixtures/eslint-*/pnpm-lock.yaml, the lockfiles of the scratch projects the end-to-end tests
// install. Run it (`pnpm --filter @bedrock-models/e2e lock-fixtures`) after changing the versions of eslint,
// typescript-eslint or typescript in this package and its fixtures; the tests then install those projects
// with `pnpm install --offline --frozen-lockfile`, which needs nothing but the pnpm store, and a test checks
// that every package these lockfiles name is also in the workspace lockfile (so in the store after
// `pnpm install`). The tarball entries are placeholders: the tests write the packed tarballs' integrity.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const packages = join(import.meta.dirname, '..', '..', '..', 'packages');
const work = mkdtempSync(join(tmpdir(), 'bedrock-models-lock-'));
try {
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const name of ['catalog', 'judge', 'eslint-plugin']) {
    const output = join(work, name);
    execFileSync('pnpm', ['pack', '--pack-destination', output], { cwd: join(packages, name), stdio: 'ignore' });
    copyFileSync(join(output, readdirSync(output)[0]), join(tarballs, `${name}.tgz`));
  }
  for (const fixture of readdirSync(fixtures).filter((name) => name.startsWith('eslint-'))) {
    const project = join(work, fixture);
    mkdirSync(project);
    copyFileSync(join(fixtures, fixture, 'package.json'), join(project, 'package.json'));
    execFileSync('ln', ['-s', tarballs, join(project, 'tarballs')]);
    execFileSync('pnpm', ['install', '--lockfile-only', '--prefer-offline', '--ignore-workspace'], { cwd: project, stdio: 'inherit' });
    copyFileSync(join(project, 'pnpm-lock.yaml'), join(fixtures, fixture, 'pnpm-lock.yaml'));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
