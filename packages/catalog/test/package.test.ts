// The package as users get it: packed with `pnpm pack`, installed from the tarball into a scratch project
// (offline: the catalog has no dependencies), then imported three ways by child Node processes, and type-checked
// by a TypeScript consumer under `module: nodenext`, as ESM (.mts) and as CommonJS (.cts).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
  name: string;
  files: string[];
  exports: Record<string, string | Record<string, Record<string, string>>>;
};
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
// Child processes get neither vitest's loaders nor a registry.
const childEnv = {
  ...process.env,
  NODE_OPTIONS: '',
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Every file an `exports` entry points at, relative to the package root. */
function exportTargets(): string[] {
  const targets = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(manifest.exports);
  return [...targets].sort();
}

/** The file names in a .tgz, read with zlib and the ustar header layout (no tar binary needed). */
function tarballEntries(file: string): string[] {
  const tar = gunzipSync(readFileSync(file));
  const names: string[] = [];
  const text = (start: number, length: number) =>
    tar
      .subarray(start, start + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let offset = 0; offset + 512 <= tar.length;) {
    const name = text(offset, 100);
    if (name === '') break;
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const prefix = text(offset + 345, 155);
    if (text(offset + 156, 1) === '0' || text(offset + 156, 1) === '') names.push(prefix ? `${prefix}/${name}` : name);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return names.sort();
}

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, env: childEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs a consumer script in the scratch project and parses the one JSON line it prints. */
function node(script: string): Record<string, unknown> {
  const result = spawnSync(process.execPath, [script], { cwd: project, env: childEnv, encoding: 'utf8' });
  expect(result.stderr.replace(/^.*ExperimentalWarning.*$|^\(Use `node --trace-warnings.*$/gm, '').trim(), `${script} wrote to stderr`).toBe('');
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
}

let scratch: string;
let project: string;
let tarball: string;

beforeAll(() => {
  if (!exportTargets().every((target) => existsSync(join(packageDirectory, target)))) {
    run('pnpm', ['--filter', manifest.name, 'build'], packageDirectory);
  }
  scratch = mkdtempSync(join(tmpdir(), 'bedrock-models-catalog-package-'));
  run('pnpm', ['pack', '--pack-destination', scratch], packageDirectory);
  tarball = join(
    scratch,
    readdirSync(scratch).find((name) => name.endsWith('.tgz'))!,
  );
  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'scratch-consumer', private: true, version: '0.0.0' })}\n`);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], project);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds only what `files` lists, plus the files npm always adds', () => {
    const entries = tarballEntries(tarball).map((entry) => entry.replace(/^package\//, ''));
    const always = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
    const outside = entries.filter((entry) => !always.has(entry) && !manifest.files.some((allowed) => entry === allowed || entry.startsWith(`${allowed}/`)));
    expect(outside).toEqual([]);
    expect(entries.filter((entry) => /^(src|test|scripts|data\/overrides|node_modules)\/|tsconfig|vitest|\.test\./.test(entry))).toEqual([]);
  });

  it('holds every file `exports` points at, and both builds', () => {
    const entries = new Set(tarballEntries(tarball).map((entry) => entry.replace(/^package\//, '')));
    for (const target of exportTargets()) expect(entries, target).toContain(target);
    for (const file of ['dist/esm/index.js', 'dist/esm/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts', 'dist/cjs/package.json'])
      expect(entries, file).toContain(file);
  });

  it('installs with no dependencies of its own', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules', manifest.name, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(installed.dependencies ?? {}).toEqual({});
    expect(readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.'))).toEqual(['@bedrock-models']);
  });
});

describe('a consumer of the installed package', () => {
  // What both the JSON imports must deliver: the repository's data, whatever whitespace the package ships it with.
  const data = JSON.parse(readFileSync(join(packageDirectory, 'data/catalog.json'), 'utf8')) as { generatedAt: string; models: Record<string, unknown> };
  const digest = createHash('sha256').update(JSON.stringify(data)).digest('hex');
  const jsonSummary = `JSON.stringify({ generatedAt: data.generatedAt, models: Object.keys(data.models).length, digest: createHash('sha256').update(JSON.stringify(data)).digest('hex') })`;

  it('imports catalog.json as ESM with an import attribute', () => {
    writeFileSync(
      join(project, 'esm-json.mjs'),
      [
        "import { createHash } from 'node:crypto';",
        "import data from '@bedrock-models/catalog/catalog.json' with { type: 'json' };",
        `console.log(${jsonSummary});`,
      ].join('\n'),
    );
    expect(node('esm-json.mjs')).toEqual({ generatedAt: data.generatedAt, models: Object.keys(data.models).length, digest });
  });

  it('requires catalog.json from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs-json.cjs'),
      ["const { createHash } = require('node:crypto');", "const data = require('@bedrock-models/catalog/catalog.json');", `console.log(${jsonSummary});`].join(
        '\n',
      ),
    );
    expect(node('cjs-json.cjs')).toEqual({ generatedAt: data.generatedAt, models: Object.keys(data.models).length, digest });
  });

  // Real questions with answers from the bundled data (the README's examples).
  const apiQuestions = [
    'const bedrock = BedrockCatalog.bundled();',
    'console.log(JSON.stringify({',
    "  resolved: bedrock.resolve('arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-lite-v1:0').id,",
    "  canvasInUsWest2: bedrock.availability('amazon.nova-canvas-v1:0', 'us-west-2'),",
    "  llamaTypes: bedrock.inferenceTypes('meta.llama3-3-70b-instruct-v1:0', 'us-east-1'),",
    "  profiles: bedrock.profilesReaching('anthropic.claude-sonnet-4-5-20250929-v1:0', 'eu-west-1'),",
    "  haiku: bedrock.lifecycle('anthropic.claude-3-5-haiku-20241022-v1:0').stage,",
    '  schemaValid: validateCatalog(bedrock.data).length === 0,',
    '}));',
  ];
  const apiAnswers = {
    resolved: 'amazon.nova-lite-v1:0',
    canvasInUsWest2: { status: 'absent' },
    llamaTypes: ['INFERENCE_PROFILE'],
    profiles: ['eu.anthropic.claude-sonnet-4-5-20250929-v1:0', 'global.anthropic.claude-sonnet-4-5-20250929-v1:0'],
    haiku: 'RETIRED',
    schemaValid: true,
  };

  it('uses the typed API through an ESM import', () => {
    writeFileSync(join(project, 'esm-api.mjs'), ["import { BedrockCatalog, validateCatalog } from '@bedrock-models/catalog';", ...apiQuestions].join('\n'));
    expect(node('esm-api.mjs')).toEqual(apiAnswers);
  });

  it('uses the typed API through a CommonJS require', () => {
    writeFileSync(
      join(project, 'cjs-api.cjs'),
      ["const { BedrockCatalog, validateCatalog } = require('@bedrock-models/catalog');", ...apiQuestions].join('\n'),
    );
    expect(node('cjs-api.cjs')).toEqual(apiAnswers);
  });
});

describe('a TypeScript consumer (module: nodenext)', () => {
  const consumer = (flavour: string) =>
    [
      "import { BedrockCatalog, BedrockModels, type BedrockInferenceProfileId, type BedrockModelId } from '@bedrock-models/catalog';",
      '',
      "const model: BedrockModelId = 'amazon.nova-pro-v1:0';",
      "const profile: BedrockInferenceProfileId = 'eu.anthropic.claude-sonnet-4-5-20250929-v1:0';",
      'const fromMap: BedrockModelId = BedrockModels.AMAZON_NOVA_PRO_V1_0;',
      '// @ts-expect-error: not a model ID of the catalog',
      "const wrong: BedrockModelId = 'amazon.nova-pro-v9:0';",
      '// @ts-expect-error: a profile ID is not a model ID',
      'const swapped: BedrockModelId = profile;',
      'const availability = BedrockCatalog.bundled().availability(model, "us-east-1");',
      "const status: 'offered' | 'absent' | 'unknown-region' = availability.status;",
      `export const ${flavour} = [model, profile, fromMap, wrong, swapped, status];`,
    ].join('\n');

  function typecheck(files: string[]): { status: number | null; output: string } {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] },
        files,
      }),
    );
    const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, env: childEnv, encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  // One compiler run over four files (tsc is the slow part): the consumers must compile cleanly (an unused
  // expect-error directive is itself an error, so both wrong assignments in each must fail), and the files
  // without such a directive must fail on exactly their wrong ID.
  it('compiles .mts and .cts consumers of BedrockModelId, and rejects a wrong model ID', () => {
    writeFileSync(join(project, 'consumer.mts'), consumer('esm'));
    writeFileSync(join(project, 'consumer.cts'), consumer('cjs'));
    const wrong = "import type { BedrockModelId } from '@bedrock-models/catalog';\nexport const id: BedrockModelId = 'anthropic.claude-3-5-sonnet';\n";
    writeFileSync(join(project, 'wrong.mts'), wrong);
    writeFileSync(join(project, 'wrong.cts'), wrong);
    const { status, output } = typecheck(['consumer.mts', 'consumer.cts', 'wrong.mts', 'wrong.cts']);
    expect(status).not.toBe(0);
    const errors = output
      .split('\n')
      .filter((line) => / error TS\d+/.test(line))
      .sort();
    expect(errors).toHaveLength(2);
    // TS2322 "not assignable", or TS2820, the same with a "Did you mean" suggestion.
    expect(errors[0]).toMatch(/^wrong\.cts\(2,14\): error TS(2322|2820): Type '"anthropic\.claude-3-5-sonnet"' is not assignable to type 'BedrockModelId'/);
    expect(errors[1]).toMatch(/^wrong\.mts\(2,14\): error TS(2322|2820): Type '"anthropic\.claude-3-5-sonnet"' is not assignable to type 'BedrockModelId'/);
  }, 60_000);
});
