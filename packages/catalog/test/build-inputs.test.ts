// turbo serves dist/ from its cache while the build's inputs are unchanged: every data and schema file the build
// copies must be one of those inputs, or a changed file (a nightly checks.json) ships the old one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as { scripts: { build: string }; files: string[] };
const turbo = JSON.parse(readFileSync(join(packageDirectory, '..', '..', 'turbo.json'), 'utf8')) as { tasks: { build: { inputs: string[] } } };

describe('the build and its turbo inputs', () => {
  it('lists every JSON file the build copies among the build task inputs', () => {
    const copied = [...manifest.scripts.build.matchAll(/--json (\S+)/g)].map((match) => match[1]!);
    expect(copied).toContain('data/checks.json');
    for (const file of copied) expect(turbo.tasks.build.inputs, file).toContain(file);
  });

  it('lists every published schema among the build task inputs', () => {
    for (const file of manifest.files.filter((name) => name.endsWith('.schema.json'))) expect(turbo.tasks.build.inputs, file).toContain(file);
  });
});
