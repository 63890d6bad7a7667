// The proof that the catalog's data tests survive new data: the local Bedrock test server serves a world that
// differs from the bundled catalog (a model added, a model gone from every region, a lifecycle change), the
// real sync entry point writes a fresh catalog into a temporary folder seeded with the bundled catalog and
// overrides and the documented layer, and then the catalog package's data tests (packages/catalog/test/data) judge that catalog.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@bedrock-models/catalog';
import { startBedrockTestServer, type BedrockTestServer } from '../../bedrock-test-server/server.ts';
import { runSyncCli } from '../replay.ts';
import { DEFAULT_CATALOG_DIR, REPO_ROOT } from '../run.ts';
import { worldOf, writeWorld } from './world.ts';

const CATALOG_PACKAGE = join(REPO_ROOT, 'packages', 'catalog');
const VITEST = join(dirname(createRequire(join(CATALOG_PACKAGE, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');
// A sync and two vitest runs, each a child process starting from cold, on a machine that may be busy.
const BUDGET = 240_000;
const ADDED = 'amazon.nova-changed-world-v1:0';
const DAY = 24 * 60 * 60 * 1000;

const workDir = mkdtempSync(join(tmpdir(), 'bedrock-changed-world-'));
const catalogDir = join(workDir, 'data');
const seed = JSON.parse(readFileSync(join(DEFAULT_CATALOG_DIR, 'catalog.json'), 'utf8')) as Catalog;
const asOf = new Date(Date.parse(seed.generatedAt) + DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');
const timestamp = (offsetDays: number): string => new Date(Date.parse(asOf) + offsetDays * DAY).toISOString().replace(/\.\d{3}Z$/, 'Z');

// Chosen from the seed by rule, not by name, so that the proof holds whatever a later sync brought in.
const replacements = new Set(
  [...Object.values(seed.models), ...Object.values(seed.retired)].flatMap((entry) => (entry.replacement ? [entry.replacement] : [])),
);
const liveIds = Object.keys(seed.models).filter((id) => Object.keys(seed.models[id]!.regions).length > 0);
/** A model no other entry names as its replacement, so retiring it leaves every replacement live. */
const GONE = liveIds.find((id) => !replacements.has(id))!;
/** An ACTIVE model (in every region that says) that starts going LEGACY. */
const TURNING_LEGACY = liveIds.find(
  (id) =>
    id !== GONE &&
    Object.values(seed.models[id]!.regions).every(
      (regional) => regional.lifecycle?.status === 'ACTIVE' && !regional.lifecycle.legacy && !regional.lifecycle.endOfLife,
    ),
)!;

let server: BedrockTestServer;

beforeAll(async () => {
  const world = worldOf(seed);
  const [firstRegion] = [...world.keys()].sort();
  for (const [region, answers] of world) {
    answers.models = answers.models.filter((model) => model.modelId !== GONE);
    for (const model of answers.models) {
      if (model.modelId === TURNING_LEGACY)
        model.modelLifecycle = { ...model.modelLifecycle!, status: 'LEGACY', legacyTime: asOf, endOfLifeTime: timestamp(180) };
    }
    if (region === firstRegion) {
      answers.models.push({
        modelArn: `arn:aws:bedrock:${region}::foundation-model/${ADDED}`,
        modelId: ADDED,
        modelName: 'Nova Changed World',
        providerName: 'Amazon',
        inputModalities: ['TEXT'],
        outputModalities: ['TEXT'],
        responseStreamingSupported: true,
        customizationsSupported: [],
        inferenceTypesSupported: ['ON_DEMAND'],
        modelLifecycle: { status: 'ACTIVE', startOfLifeTime: asOf },
      });
    }
  }
  server = await startBedrockTestServer({ fixturesDir: writeWorld(world, join(workDir, 'world')) });
  mkdirSync(catalogDir, { recursive: true });
  copyFileSync(join(DEFAULT_CATALOG_DIR, 'catalog.json'), join(catalogDir, 'catalog.json'));
  copyFileSync(join(DEFAULT_CATALOG_DIR, 'overrides.json'), join(catalogDir, 'overrides.json'));
  // The documented layer is part of the catalog's data as much as the overrides are: a sync keeps it and lays it back on.
  copyFileSync(join(DEFAULT_CATALOG_DIR, 'documented.json'), join(catalogDir, 'documented.json'));
}, BUDGET);

afterAll(async () => {
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
});

interface DataTestRun {
  code: number | null;
  passed: number;
  failed: number;
  output: string;
}

/** `vitest run test/data` in packages/catalog, judging `catalogFile` (BEDROCK_CATALOG_FILE). */
function runDataTests(catalogFile: string): Promise<DataTestRun> {
  const report = join(workDir, `report-${Date.now()}.json`);
  // The child is a vitest run of its own, not a worker of this one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_OPTIONS'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITEST, 'run', 'test/data', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
      cwd: CATALOG_PACKAGE,
      env: { ...env, BEDROCK_CATALOG_FILE: catalogFile, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
      resolve({ code, passed: result.numPassedTests, failed: result.numFailedTests, output });
    });
  });
}

describe('a sync against a changed world', () => {
  it('picks its changes from the seed', () => {
    expect(GONE).toEqual(expect.any(String));
    expect(TURNING_LEGACY).toEqual(expect.any(String));
    expect(seed.models[ADDED]).toBeUndefined();
  });

  it(
    'writes a catalog with the model added, the vanished model retired and the lifecycle change, and the data tests pass on it',
    async () => {
      const sync = await runSyncCli(['--endpoint', server.url, '--as-of', asOf, '--catalog', catalogDir, '--json']);
      expect(sync.code, sync.stderr).toBe(0);
      const summary = JSON.parse(sync.stdout) as {
        changed: boolean;
        changes: { addedModels: Array<{ id: string }>; retiredModels: Array<{ id: string }>; lifecycle: Array<{ id: string; status: string }> };
      };
      expect(summary.changed).toBe(true);
      expect(summary.changes.addedModels.map((model) => model.id)).toEqual([ADDED]);
      expect(summary.changes.retiredModels.map((model) => model.id)).toEqual([GONE]);
      expect(summary.changes.lifecycle.map((change) => `${change.id} ${change.status}`)).toEqual([`${TURNING_LEGACY} LEGACY`]);

      const written = JSON.parse(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')) as Catalog;
      expect(written.generatedAt).toBe(asOf);
      expect(written.models[ADDED]).toBeDefined();
      expect(written.models[GONE]).toBeUndefined();
      expect(written.retired[GONE]).toMatchObject({ kind: 'model', retired: asOf.slice(0, 10) });
      expect(Object.values(written.models[TURNING_LEGACY]!.regions).map((regional) => regional.lifecycle?.status)).not.toContain('ACTIVE');

      const data = await runDataTests(join(catalogDir, 'catalog.json'));
      expect(data.code, data.output).toBe(0);
      expect(data.failed).toBe(0);
      expect(data.passed).toBeGreaterThan(0);
    },
    BUDGET,
  );

  it(
    'control: the data tests fail on a catalog that breaks an invariant, so they really judge the file',
    async () => {
      const broken = JSON.parse(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')) as Catalog;
      const [region] = Object.keys(broken.regions);
      broken.regions[region!]!.models.push('amazon.no-such-model-v1:0');
      const file = join(workDir, 'broken.json');
      writeFileSync(file, JSON.stringify(broken));
      const data = await runDataTests(file);
      expect(data.code).toBe(1);
      expect(data.failed).toBeGreaterThan(0);
      expect(data.output).toContain('amazon.no-such-model-v1:0');
    },
    BUDGET,
  );
});
