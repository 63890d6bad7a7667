// `eslint --cache` must not serve results computed against older catalog data. ESLint reuses a file's cached
// results while the file and the config's hash are unchanged; the hash covers the plugin's `meta.name` and
// `meta.version` and the settings. The plugin's `meta.version` carries the catalog's version and date
// (packages/eslint-plugin/src/meta.ts), so a newer catalog tarball changes it; a catalog object given in
// settings is part of the config itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertValidCatalog, type Catalog } from '@bedrock-models/catalog';
import { describe, expect, inject, it } from 'vitest';
import { addProjectFiles, edit, eslint, install, MAJORS, problems, REPO_ROOT, scratchProject } from '../src/harness.ts';

const MODEL = 'mistral.mistral-small-2402-v1:0';
const FALLBACK_FILE = 'src/fallback.ts';
const LEGACY_WARNING = { file: FALLBACK_FILE, line: 2, column: 31, ruleId: '@bedrock-models/no-deprecated-model-id', severity: 1, suggestions: 0 };

/** The one fact the newer catalog changes: {@link MODEL}, ACTIVE in the bundled catalog, turns LEGACY. */
function retireToLegacy(catalog: Catalog): Catalog {
  const changed = structuredClone(catalog);
  const model = changed.models[MODEL];
  if (!model) throw new Error(`${MODEL} is not in the catalog any more: pick another ACTIVE model for this test`);
  for (const region of Object.values(model.regions)) {
    if (region.lifecycle?.status !== 'ACTIVE') throw new Error(`${MODEL} is not ACTIVE everywhere: pick another model for this test`);
    region.lifecycle = { ...region.lifecycle, status: 'LEGACY', legacy: '2026-08-01T00:00:00Z', endOfLife: '2027-02-01T00:00:00Z' };
  }
  assertValidCatalog(changed, 'the changed catalog');
  return changed;
}

/** The catalog tarball repacked with the changed fact and the given version, as a release would publish it. */
function repackCatalog(version: string): string {
  const work = mkdtempSync(join(inject('root'), 'repack-'));
  execFileSync('tar', ['-xzf', inject('tarballs').catalog, '-C', work]);
  const manifest = join(work, 'package', 'package.json');
  writeFileSync(manifest, JSON.stringify({ ...(JSON.parse(readFileSync(manifest, 'utf8')) as object), version }, null, 2));
  const data = join(work, 'package', 'dist', 'catalog.json');
  writeFileSync(data, JSON.stringify(retireToLegacy(JSON.parse(readFileSync(data, 'utf8')) as Catalog)));
  const tarball = join(work, `catalog-${version}.tgz`);
  execFileSync('tar', ['-czf', tarball, '-C', work, 'package']);
  return tarball;
}

function writeFallback(project: string): void {
  writeFileSync(join(project, FALLBACK_FILE), `// The model to fall back to when the primary one is throttled.\nexport const FALLBACK_MODEL = '${MODEL}';\n`);
}

describe.each(MAJORS)('eslint %i --cache', (major) => {
  /** A project with its own install, so that its catalog can be upgraded. */
  function ownProject(): string {
    const project = mkdtempSync(join(inject('root'), `cache-${major}-`));
    install(project, major, inject('tarballs'), inject('store'));
    addProjectFiles(project);
    writeFallback(project);
    return project;
  }
  const lint = (project: string, ...args: string[]) => problems(project, eslint(project, ['.', '--format', 'json', ...args]).stdout);
  const upgrade = (project: string, catalog: string) => install(project, major, { ...inject('tarballs'), catalog }, inject('store'));

  it('a newer catalog tarball (new version, one model turned LEGACY) invalidates the cached results', () => {
    const project = ownProject();
    const before = lint(project, '--cache');
    expect(before).not.toContainEqual(LEGACY_WARNING);
    expect(lint(project, '--cache')).toEqual(before);

    upgrade(project, repackCatalog('0.1.0'));
    const after = lint(project, '--cache');
    expect(after).toEqual([...before, LEGACY_WARNING].sort((a, b) => a.file.localeCompare(b.file)));
  });

  // The control: the cache really is in use. Data changed under an unchanged version would be served stale,
  // which is why the plugin's meta.version includes the catalog's version (and every data change is a release).
  it('control: changed data under the same catalog version is served from the cache', () => {
    const project = ownProject();
    const before = lint(project, '--cache');
    upgrade(project, repackCatalog('0.0.0'));
    expect(lint(project, '--cache')).toEqual(before);
    expect(lint(project)).toContainEqual(LEGACY_WARNING);
  });

  it('a custom catalog object in settings: changing the object invalidates the cached results', () => {
    const project = scratchProject(inject('root'), inject('installed')[major]!);
    writeFallback(project);
    writeFileSync(join(project, 'custom-catalog.json'), readFileSync(join(REPO_ROOT, 'packages', 'catalog', 'data', 'catalog.json')));
    edit(project, 'eslint.config.js', (text) =>
      text
        .replace(
          `import tseslint from 'typescript-eslint';`,
          `import tseslint from 'typescript-eslint';\nimport { readFileSync } from 'node:fs';\n\nconst catalog = JSON.parse(readFileSync(new URL('./custom-catalog.json', import.meta.url), 'utf8'));`,
        )
        .replace(`regions: ['us-east-1'],`, `regions: ['us-east-1'],\n        catalog,`),
    );
    const before = lint(project, '--cache');
    expect(before).not.toContainEqual(LEGACY_WARNING);
    expect(before.length).toBeGreaterThan(0);

    const catalog = JSON.parse(readFileSync(join(project, 'custom-catalog.json'), 'utf8')) as Catalog;
    writeFileSync(join(project, 'custom-catalog.json'), JSON.stringify(retireToLegacy(catalog), null, 2));
    expect(lint(project, '--cache')).toContainEqual(LEGACY_WARNING);
  });
});
