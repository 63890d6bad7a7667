// The packed tarballs as npm would publish them: contents, manifest, publint, arethetypeswrong, the types
// and both module systems as a user's project meets them, and the catalog's compact JSON.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { E2E_ROOT, MAJORS, OFFLINE_GUARD, REPO_ROOT, type Tarballs } from '../src/harness.ts';

/** The files of a tarball, without the `package/` prefix, with their contents. */
function contents(tarball: string): Map<string, string> {
  const work = mkdtempSync(join(inject('root'), 'unpack-'));
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const names = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  return new Map(names.map((name) => [name.replace(/^package\//, ''), readFileSync(join(work, name), 'utf8')]));
}

const manifest = (name: keyof Tarballs) => JSON.parse(contents(inject('tarballs')[name]).get('package.json')!) as Record<string, unknown>;

describe('tarball contents', () => {
  it('the catalog ships its builds, the compact catalog, capabilities and errors JSON and the schemas, and nothing else', () => {
    const files = [...contents(inject('tarballs').catalog).keys()];
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual([
      'LICENSE',
      'README.md',
      'capabilities.schema.json',
      'catalog.schema.json',
      'checks.schema.json',
      'package.json',
    ]);
    expect(files).toContain('dist/catalog.json');
    expect(files).toContain('dist/checks.json');
    expect(files).toContain('dist/capabilities.json');
    expect(files).toContain('dist/errors.json');
    expect(files).toEqual(
      expect.arrayContaining(['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json']),
    );
    expect(files.filter((file) => /(^|\/)(src|test|data|scripts)\/|\.test\.|tsconfig|vitest/.test(file))).toEqual([]);
  });

  it('the plugin ships its builds only (rule docs are linked from meta.docs.url)', () => {
    const files = [...contents(inject('tarballs')['eslint-plugin']).keys()];
    expect(files.filter((file) => !file.startsWith('dist/'))).toEqual(['LICENSE', 'README.md', 'package.json']);
    expect(files).toEqual(
      expect.arrayContaining(['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json']),
    );
  });

  it('the published catalog.json is the repository catalog without whitespace: same content, byte for byte JSON.stringify of it', () => {
    const published = contents(inject('tarballs').catalog).get('dist/catalog.json')!;
    const repository = readFileSync(join(REPO_ROOT, 'packages', 'catalog', 'data', 'catalog.json'), 'utf8');
    expect(JSON.parse(published)).toEqual(JSON.parse(repository));
    expect(published).toBe(JSON.stringify(JSON.parse(repository)));
    expect(published.length).toBeLessThan(repository.length * 0.7);
  });

  it('no published module can open a socket: no network module or fetch is referenced', () => {
    for (const tarball of Object.values(inject('tarballs'))) {
      for (const [file, text] of contents(tarball)) {
        if (!/\.(c|m)?js$/.test(file)) continue;
        expect(text, file).not.toMatch(/(require\(|from |import\()\s*["'](node:)?(net|http|https|http2|tls|dns|dgram|undici)["']/);
        expect(text, file).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket/);
      }
    }
  });
});

describe('manifests', () => {
  it.each(['catalog', 'judge', 'eslint-plugin'] as const)('%s: exports with types for ESM and CJS, no side effects, engines, public provenance', (name) => {
    const pkg = manifest(name);
    expect((pkg.exports as Record<string, unknown>)['.']).toEqual({
      import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
      require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
    });
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: '^20.19.0 || ^22.13.0 || >=24.0.0' });
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.repository).toMatchObject({ type: 'git', directory: `packages/${name}` });
    expect(JSON.stringify(pkg)).not.toContain('workspace:');
  });

  it('the plugin: eslint ^9 || ^10 as a peer, the catalog and the judgement as its only dependencies', () => {
    const pkg = manifest('eslint-plugin');
    expect(pkg.peerDependencies).toEqual({ eslint: '^9.0.0 || ^10.0.0' });
    expect(Object.keys(pkg.dependencies as object)).toEqual(['@bedrock-models/catalog', '@bedrock-models/judge']);
  });

  it('the judgement: the catalog as its only dependency, through a ^ range so data releases reach it', () => {
    const pkg = manifest('judge');
    expect(pkg.dependencies).toEqual({ '@bedrock-models/catalog': expect.stringMatching(/^\^/) as unknown });
    expect(pkg.peerDependencies).toBeUndefined();
  });

  it('the catalog: zero runtime dependencies, JSON entry points', () => {
    const pkg = manifest('catalog');
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.peerDependencies).toBeUndefined();
    expect(pkg.exports).toMatchObject({
      './catalog.json': './dist/catalog.json',
      './errors.json': './dist/errors.json',
      './catalog.schema.json': './catalog.schema.json',
      './checks.json': './dist/checks.json',
      './checks.schema.json': './checks.schema.json',
    });
  });
});

describe('publint and arethetypeswrong on the tarballs', () => {
  it.each(['catalog', 'judge', 'eslint-plugin'] as const)('%s: publint finds nothing, not even a suggestion', async (name) => {
    const tarball = readFileSync(inject('tarballs')[name]);
    const { messages, pkg } = await publint({
      pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`)).toEqual([]);
  });

  /** `attw <tarball> --format json`, offline (under the guard); its stdout goes to a file, as attw exits before a pipe drains. */
  function attw(name: keyof Tarballs): Record<string, Array<{ kind: string; entrypoint?: string; resolutionKind?: string }>> {
    const work = mkdtempSync(join(inject('root'), 'attw-'));
    const output = openSync(join(work, 'attw.json'), 'w');
    const log = join(work, 'attempts.jsonl');
    const run = spawnSync(join(E2E_ROOT, 'node_modules', '.bin', 'attw'), [inject('tarballs')[name], '--format', 'json'], {
      stdio: ['ignore', output, 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--import=${OFFLINE_GUARD}`, OFFLINE_GUARD_LOG: log },
      encoding: 'utf8',
    });
    closeSync(output);
    expect(run.stderr).toBe('');
    const report = JSON.parse(readFileSync(join(work, 'attw.json'), 'utf8')) as { problems?: Record<string, Array<{ kind: string }>> };
    return report.problems ?? {};
  }

  it('the plugin: no problem in any resolution mode (CommonJS types say `export =`, as the bundle does)', () => {
    expect(attw('eslint-plugin')).toEqual({});
  });

  it('the judgement: no problem in any resolution mode', () => {
    expect(attw('judge')).toEqual({});
  });

  // Accepted: TypeScript's legacy `node10` resolution ignores `exports`, so it cannot find the JSON subpaths,
  // which live in dist/. It is deprecated since TypeScript 5.x (TypeScript 6 warns on it) and the packages
  // need Node >= 20, which always applies `exports`; the main entry still resolves under node10 (`types`).
  it('the catalog: only the JSON subpaths under the legacy node10 resolution (accepted, see the comment)', () => {
    expect(attw('catalog')).toEqual({
      NoResolution: [
        { kind: 'NoResolution', entrypoint: './catalog.json', resolutionKind: 'node10' },
        { kind: 'NoResolution', entrypoint: './errors.json', resolutionKind: 'node10' },
        { kind: 'NoResolution', entrypoint: './checks.json', resolutionKind: 'node10' },
        { kind: 'NoResolution', entrypoint: './capabilities.json', resolutionKind: 'node10' },
      ],
    });
  });
});

describe('as a user project meets the packages', () => {
  const project = () => inject('installed')['10']!;

  it('TypeScript users: the public types check with skipLibCheck off, from ES modules and CommonJS, and fit defineConfig', () => {
    const directory = mkdtempSync(join(project(), 'types-'));
    writeFileSync(
      join(directory, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          lib: ['es2023'],
          types: [],
          strict: true,
          skipLibCheck: false,
          resolveJsonModule: true,
          esModuleInterop: true,
          outDir: 'out',
        },
        include: ['*.mts', '*.cts'],
      }),
    );
    writeFileSync(
      join(directory, 'eslint.config.mts'),
      `import bedrockModels, { type BedrockModelsPlugin } from '@bedrock-models/eslint-plugin';
import { BedrockCatalog, BedrockModels, type BedrockModelId, type Catalog } from '@bedrock-models/catalog';
import catalog from '@bedrock-models/catalog/catalog.json' with { type: 'json' };
import { defineConfig } from 'eslint/config';
import type { Linter } from 'eslint';

declare const console: { log(message: string): void };
const plugin: BedrockModelsPlugin = bedrockModels;
const id: BedrockModelId = BedrockModels.AMAZON_NOVA_LITE_V1_0;
const data: Catalog = BedrockCatalog.bundled().data;
export const facts = [plugin.meta.version, id, data.generatedAt, catalog.generatedAt];
export const flat: Linter.Config[] = [bedrockModels.configs.recommended, { plugins: { '@bedrock-models': bedrockModels } }];
export default defineConfig(bedrockModels.configs.strict, { settings: { 'bedrock-models': { regions: ['us-east-1'] } } });
console.log(JSON.stringify({ module: 'esm', name: bedrockModels.configs.recommended.name, rules: Object.keys(bedrockModels.rules).length, date: data.generatedAt }));
`,
    );
    writeFileSync(
      join(directory, 'eslint.config.cts'),
      `import bedrockModels = require('@bedrock-models/eslint-plugin');
import catalogPackage = require('@bedrock-models/catalog');

declare const console: { log(message: string): void };
const plugin: bedrockModels.BedrockModelsPlugin = bedrockModels;
const viaDefault: bedrockModels.BedrockModelsPlugin = bedrockModels.default;
export = [plugin.configs.recommended, viaDefault.configs.all];
console.log(JSON.stringify({ module: 'cjs', name: plugin.configs.recommended.name, same: plugin === viaDefault, date: catalogPackage.BedrockCatalog.bundled().data.generatedAt }));
`,
    );
    const tsc = spawnSync(process.execPath, [join(project(), 'node_modules', 'typescript', 'bin', 'tsc'), '-p', directory], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const date = (JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'catalog', 'data', 'catalog.json'), 'utf8')) as { generatedAt: string }).generatedAt;
    const esm = execFileSync(process.execPath, [join(directory, 'out', 'eslint.config.mjs')], { cwd: directory, encoding: 'utf8' });
    expect(JSON.parse(esm)).toEqual({ module: 'esm', name: 'bedrock-models/recommended', rules: 8, date });
    const cjs = execFileSync(process.execPath, [join(directory, 'out', 'eslint.config.cjs')], { cwd: directory, encoding: 'utf8' });
    expect(JSON.parse(cjs)).toEqual({ module: 'cjs', name: 'bedrock-models/recommended', same: true, date });
  });

  it('JavaScript users: catalog.json through require() and import with { type: "json" }', () => {
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import c from '@bedrock-models/catalog/catalog.json' with { type: 'json' }; console.log(Object.keys(c.models).length)`],
      { cwd: project(), encoding: 'utf8' },
    );
    const cjs = execFileSync(process.execPath, ['-e', `console.log(Object.keys(require('@bedrock-models/catalog/catalog.json').models).length)`], {
      cwd: project(),
      encoding: 'utf8',
    });
    const models = Object.keys(
      (JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'catalog', 'data', 'catalog.json'), 'utf8')) as { models: object }).models,
    ).length;
    expect([Number(esm), Number(cjs)]).toEqual([models, models]);
  });
});

describe('the scratch projects install from the store alone', () => {
  const workspaceLock = parse(readFileSync(join(REPO_ROOT, 'pnpm-lock.yaml'), 'utf8')) as { packages: Record<string, { resolution: { integrity?: string } }> };
  const e2e = JSON.parse(readFileSync(join(E2E_ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

  it.each(MAJORS)('fixtures/eslint-%i: every locked package is in the workspace lockfile, with the same integrity', (major) => {
    const lock = parse(readFileSync(join(E2E_ROOT, 'fixtures', `eslint-${major}`, 'pnpm-lock.yaml'), 'utf8')) as typeof workspaceLock;
    const registryPackages = Object.entries(lock.packages).filter(([key]) => !key.includes('@file:'));
    expect(registryPackages.length).toBeGreaterThan(50);
    const missing = registryPackages
      .filter(([key, entry]) => workspaceLock.packages[key]?.resolution.integrity !== entry.resolution.integrity)
      .map(([key]) => key);
    expect(missing, 'run `pnpm --filter @bedrock-models/e2e lock-fixtures` after changing versions').toEqual([]);
  });

  it.each(MAJORS)('fixtures/eslint-%i: the versions are the ones this package pins', (major) => {
    const pkg = JSON.parse(readFileSync(join(E2E_ROOT, 'fixtures', `eslint-${major}`, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const eslint = major === 10 ? e2e.devDependencies.eslint : e2e.devDependencies['eslint-v9']!.replace('npm:eslint@', '');
    expect(pkg.devDependencies).toEqual({
      '@bedrock-models/catalog': 'file:tarballs/catalog.tgz',
      '@bedrock-models/eslint-plugin': 'file:tarballs/eslint-plugin.tgz',
      eslint,
      typescript: e2e.devDependencies.typescript,
      'typescript-eslint': e2e.devDependencies['typescript-eslint'],
    });
  });
});

describe('scripts/package-size.mjs', () => {
  it('reports the catalog tarball, unpacked and catalog.json sizes, and the JSON is compact', () => {
    const tarball = inject('tarballs').catalog;
    const report = JSON.parse(
      execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'package-size.mjs'), '--tarball', tarball, '--json'], { encoding: 'utf8' }),
    ) as {
      tarballBytes: number;
      unpackedBytes: number;
      catalogJson: { compact: boolean; rawBytes: number; gzipBytes: number; repositoryPrettyRawBytes: number };
      prettyInstead: { unpackedBytes: number };
    };
    expect(report.tarballBytes).toBe(readFileSync(tarball).length);
    const files = contents(tarball);
    expect(report.unpackedBytes).toBe([...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0));
    expect(report.catalogJson.compact).toBe(true);
    expect(report.catalogJson.rawBytes).toBe(Buffer.byteLength(files.get('dist/catalog.json')!));
    expect(report.catalogJson.gzipBytes).toBeLessThan(report.catalogJson.rawBytes / 10);
    expect(report.prettyInstead.unpackedBytes - report.unpackedBytes).toBe(report.catalogJson.repositoryPrettyRawBytes - report.catalogJson.rawBytes);
  });
});
