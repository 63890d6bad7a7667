// Checked is not changed: a sync that finds nothing new leaves catalog.json byte for byte and writes no
// changeset, yet records in checks.json when it checked each region and how that went; the typed API reads the
// record, and the date the catalog is current to follows the newest check that confirmed every region. Real
// @aws-sdk/client-bedrock against the local Bedrock test server; runSync in this process.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BedrockCatalog, validateChecks, type Catalog, type CatalogChecks } from '@bedrock-models/catalog';
import { startBedrockTestServer, type BedrockTestServer } from '../../bedrock-test-server/server.ts';
import { fixtureDir } from '../../fixtures/paths.ts';
import type { ListFoundationModelsBody } from '../../fixtures/wire.ts';
import { stubSyncEnvironment, type CliResult } from '../replay.ts';
import { runSync } from '../run.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-sync-checks-'));
let server: BedrockTestServer;

beforeAll(async () => {
  stubSyncEnvironment(vi.stubEnv);
  server = await startBedrockTestServer({ fixturesDir: fixtureDir('2026-08-22') });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  rmSync(workRoot, { recursive: true, force: true });
});
afterEach(() => {
  server.setFaults([]);
  server.clearRequests();
});

const REGIONS = ['--regions', 'eu-west-1,us-east-1,us-west-2'];

function scratch(name: string): { catalogDir: string; changesetDir: string } {
  const root = join(workRoot, name);
  const changesetDir = join(root, '.changeset');
  mkdirSync(changesetDir, { recursive: true });
  writeFileSync(join(changesetDir, 'config.json'), '{}\n');
  const catalogDir = join(root, 'data');
  mkdirSync(catalogDir, { recursive: true });
  return { catalogDir, changesetDir };
}

async function sync(catalogDir: string, asOf: string, args: readonly string[] = REGIONS, env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runSync(['--endpoint', server.url, '--as-of', asOf, '--catalog', catalogDir, ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    env: { BEDROCK_SYNC_MAX_ATTEMPTS: '1', ...env },
    now: new Date(),
  });
  return { code, stdout, stderr };
}

const read = (catalogDir: string, file: string): string => readFileSync(join(catalogDir, file), 'utf8');
const readChecks = (catalogDir: string): CatalogChecks => JSON.parse(read(catalogDir, 'checks.json')) as CatalogChecks;
const view = (catalogDir: string): BedrockCatalog =>
  BedrockCatalog.of(JSON.parse(read(catalogDir, 'catalog.json')) as Catalog, JSON.parse(read(catalogDir, 'checks.json')) as CatalogChecks);
const changesets = (directory: string): string[] => readdirSync(directory).filter((name) => name.endsWith('.md'));

describe('a sync that finds nothing new', () => {
  it('keeps catalog.json byte for byte and writes no changeset, but records that it checked', async () => {
    const { catalogDir, changesetDir } = scratch('unchanged');
    expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
    const catalogText = read(catalogDir, 'catalog.json');
    const mtime = statSync(join(catalogDir, 'catalog.json')).mtimeMs;
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-08-22.md']);
    expect(readChecks(catalogDir).lastRun).toEqual({ at: '2026-08-22T00:00:00Z', polled: ['eu-west-1', 'us-east-1', 'us-west-2'], changed: true });

    const again = await sync(catalogDir, '2026-09-15T04:00:00Z');
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/^Catalog unchanged \(3 regions synced\); checked, recorded in .*checks\.json\.\n$/);
    expect(read(catalogDir, 'catalog.json')).toBe(catalogText);
    expect(statSync(join(catalogDir, 'catalog.json')).mtimeMs).toBe(mtime);
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-08-22.md']);

    const checks = readChecks(catalogDir);
    expect(validateChecks(checks)).toEqual([]);
    expect(checks.catalogGeneratedAt).toBe('2026-08-22T00:00:00Z');
    expect(checks.lastRun).toEqual({ at: '2026-09-15T04:00:00Z', polled: ['eu-west-1', 'us-east-1', 'us-west-2'], changed: false });
    expect(checks.regions['us-east-1']).toEqual({ checked: '2026-09-15T04:00:00Z', outcome: 'ok', lastOk: '2026-09-15T04:00:00Z' });

    // The facts keep their own timestamps; what the data is current to follows the check.
    const catalog = view(catalogDir);
    expect(catalog.data.generatedAt).toBe('2026-08-22T00:00:00Z');
    expect(catalog.data.regions['us-east-1']!.lastSynced).toBe('2026-08-22T00:00:00Z');
    expect(catalog.checkedAt('us-east-1')).toBe('2026-09-15T04:00:00Z');
    expect(catalog.checkedTo).toBe('2026-09-15');
    expect(catalog.date).toBe('2026-09-15');
    // Without the record the same catalog is current to its own observations only.
    expect(BedrockCatalog.of(structuredClone(catalog.data)).date).toBe('2026-08-22');
  });

  it('writes the same record for the same run, and nothing at all on --dry-run', async () => {
    const first = scratch('same-a');
    const second = scratch('same-b');
    for (const { catalogDir } of [first, second]) {
      expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
      expect((await sync(catalogDir, '2026-09-15')).code).toBe(0);
    }
    expect(read(second.catalogDir, 'checks.json')).toBe(read(first.catalogDir, 'checks.json'));
    const before = read(first.catalogDir, 'checks.json');
    expect((await sync(first.catalogDir, '2026-10-01', [...REGIONS, '--dry-run'])).code).toBe(0);
    expect(read(first.catalogDir, 'checks.json')).toBe(before);
  });
});

describe('a region that fails', () => {
  it('is recorded as failed with --allow-partial, its facts kept and the date held at its last good check', async () => {
    const { catalogDir } = scratch('partial');
    expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
    expect((await sync(catalogDir, '2026-09-01')).code).toBe(0);
    const euWest1 = JSON.parse(read(catalogDir, 'catalog.json')) as Catalog;

    server.setFaults([{ fault: 'server-error', region: 'eu-west-1' }]);
    const result = await sync(catalogDir, '2026-09-15', [...REGIONS, '--allow-partial']);
    expect(result.code).toBe(0);
    const checks = readChecks(catalogDir);
    expect(checks.regions['eu-west-1']).toEqual({
      checked: '2026-09-15T00:00:00Z',
      outcome: 'failed',
      lastOk: '2026-09-01T00:00:00Z',
      error: expect.stringMatching(/^InternalServerException \(HTTP 500\)/) as unknown as string,
    });
    expect(checks.regions['us-east-1']).toMatchObject({ outcome: 'ok', lastOk: '2026-09-15T00:00:00Z' });

    const catalog = view(catalogDir);
    expect(catalog.data.regions['eu-west-1']).toMatchObject({ stale: true, models: euWest1.regions['eu-west-1']!.models });
    expect(catalog.check('eu-west-1')).toMatchObject({ outcome: 'failed', lastOk: '2026-09-01T00:00:00Z', inLastRun: true });
    expect(catalog.checkedTo).toBe('2026-09-01');
    expect(catalog.check('ap-south-1')).toMatchObject({ outcome: 'not-polled', checked: null });
  });

  it('without --allow-partial fails the sync and leaves the record as it was', async () => {
    const { catalogDir } = scratch('failed');
    expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
    const before = read(catalogDir, 'checks.json');
    server.setFaults([{ fault: 'refuse', region: 'us-west-2' }]);
    const result = await sync(catalogDir, '2026-09-15');
    expect(result.code).toBe(1);
    expect(read(catalogDir, 'checks.json')).toBe(before);
    expect(readdirSync(catalogDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the checks of regions a --regions run did not poll', async () => {
    const { catalogDir } = scratch('subset');
    expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
    expect((await sync(catalogDir, '2026-09-15', ['--regions', 'us-east-1'])).code).toBe(0);
    const catalog = view(catalogDir);
    expect(catalog.check('us-east-1')).toMatchObject({ checked: '2026-09-15T00:00:00Z', inLastRun: true });
    expect(catalog.check('eu-west-1')).toMatchObject({ checked: '2026-08-22T00:00:00Z', outcome: 'ok', inLastRun: false });
    // Current only as far as every region is: eu-west-1 was last confirmed on 2026-08-22.
    expect(catalog.checkedTo).toBe('2026-08-22');
  });
});

describe('a check whose day passes an end of life', () => {
  it('is a change: the model retires at that day, with a changeset, while generatedAt stays', async () => {
    const { catalogDir, changesetDir } = scratch('end-of-life');
    const models = (JSON.parse(readFileSync(join(fixtureDir('2026-08-22'), 'us-east-1/foundation-models.json'), 'utf8')) as ListFoundationModelsBody)
      .modelSummaries;
    // A model whose lifecycle the us-east-1 answer gives, without an end of life.
    const target = models.find((model) => model.modelArn.includes(':us-east-1:') && model.modelLifecycle && !model.modelLifecycle.endOfLifeTime)!;
    expect(target).toBeDefined();
    const layer = {
      checked: '2026-08-22',
      endOfLife: {
        [target.modelId]: { endOfLife: '2026-08-24', source: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-lifecycle.html', date: '2026-08-22' },
      },
    };
    writeFileSync(join(catalogDir, 'documented.json'), `${JSON.stringify(layer, null, 2)}\n`);
    const args = ['--regions', 'us-east-1'];
    expect((await sync(catalogDir, '2026-08-22', args)).code).toBe(0);
    const first = read(catalogDir, 'catalog.json');
    expect((await sync(catalogDir, '2026-08-23', args)).code).toBe(0);
    expect(read(catalogDir, 'catalog.json')).toBe(first);
    expect(view(catalogDir).date).toBe('2026-08-23');

    const passed = await sync(catalogDir, '2026-08-25', args);
    expect(passed.code).toBe(0);
    const after = JSON.parse(read(catalogDir, 'catalog.json')) as Catalog;
    expect(after.generatedAt).toBe('2026-08-22T00:00:00Z');
    expect(after.currentTo).toBe('2026-08-25');
    expect(after.models[target.modelId]).toBeUndefined();
    expect(after.retired[target.modelId]).toMatchObject({ retired: '2026-08-24' });
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-08-22.md', 'catalog-sync-2026-08-25.md']);
    expect(read(changesetDir, 'catalog-sync-2026-08-25.md')).toContain(`### Past their end of life (1)\n\n- \`${target.modelId}\``);
    expect(readChecks(catalogDir).lastRun.changed).toBe(true);
  });
});

describe('the check record file', () => {
  it('is refused when it does not match its schema, naming the file', async () => {
    const { catalogDir } = scratch('broken');
    expect((await sync(catalogDir, '2026-08-22')).code).toBe(0);
    writeFileSync(join(catalogDir, 'checks.json'), '{"schemaVersion":1}\n');
    const result = await sync(catalogDir, '2026-09-15');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/checks\.json/);
    expect(existsSync(join(catalogDir, 'checks.json'))).toBe(true);
  });
});
