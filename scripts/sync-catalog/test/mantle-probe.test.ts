// The opt-in bedrock-mantle probe end to end: `pnpm sync --mantle-endpoint <test server>` polls GET /v1/models in
// the regions mantle serves, and each region's answer supersedes the recorded listing there. The shipped
// catalog's layers are the starting point; the test server answers from the 2026-08-22 mantle recording.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog, CatalogChecks } from '@bedrock-models/catalog';
import { startBedrockTestServer, type BedrockTestServer } from '../../bedrock-test-server/server.ts';
import { fixtureDir } from '../../fixtures/paths.ts';
import type { MantleModelsBody } from '../../fixtures/wire.ts';
import { mantleRegionsOf } from '../mantle.ts';
import { stubSyncEnvironment, type CliResult } from '../replay.ts';
import { DEFAULT_CATALOG_DIR, runSync } from '../run.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const DATE = '2026-08-22';
const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-sync-mantle-'));
let server: BedrockTestServer;
const shipped = JSON.parse(readFileSync(join(DEFAULT_CATALOG_DIR, 'catalog.json'), 'utf8')) as Catalog;
const mantleRegions = (
  JSON.parse(readFileSync(join(fixtureDir(DATE), '..', 'manifest.json'), 'utf8')) as { snapshots: Record<string, { mantle: { regions: string[] } }> }
).snapshots[DATE]!.mantle.regions;

beforeAll(async () => {
  stubSyncEnvironment(vi.stubEnv);
  server = await startBedrockTestServer({ fixturesDir: fixtureDir(DATE) });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  rmSync(workRoot, { recursive: true, force: true });
});
afterEach(() => {
  server.setFaults([]);
  server.setFixturesDir(fixtureDir(DATE));
  server.clearRequests();
});

/** A scratch repository holding a copy of the shipped catalog folder (catalog, checks and layers). */
function shippedCopy(name: string): { catalogDir: string; changesetDir: string } {
  const root = join(workRoot, name);
  const changesetDir = join(root, '.changeset');
  mkdirSync(changesetDir, { recursive: true });
  writeFileSync(join(changesetDir, 'config.json'), '{}\n');
  const catalogDir = join(root, 'data');
  mkdirSync(catalogDir, { recursive: true });
  for (const file of ['catalog.json', 'checks.json', 'documented.json', 'overrides.json']) cpSync(join(DEFAULT_CATALOG_DIR, file), join(catalogDir, file));
  return { catalogDir, changesetDir };
}

async function sync(catalogDir: string, asOf: string, args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
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
const catalogOf = (catalogDir: string): Catalog => JSON.parse(read(catalogDir, 'catalog.json')) as Catalog;
const checksOf = (catalogDir: string): CatalogChecks => JSON.parse(read(catalogDir, 'checks.json')) as CatalogChecks;
const probe = (): string[] => ['--mantle-endpoint', server.url];

/** The mantle facts a catalog holds: each name's regions, and the models only bedrock-mantle serves. */
function mantleFacts(catalog: Catalog): { regions: Record<string, string[]>; mantleOnly: string[] } {
  return {
    regions: Object.fromEntries(mantleRegionsOf(catalog)),
    mantleOnly: Object.keys(catalog.models)
      .filter((id) => catalog.models[id]!.endpoints?.includes('bedrock-mantle') && !catalog.models[id]!.endpoints.includes('bedrock-runtime'))
      .sort(),
  };
}

/** The 2026-08-22 fixtures with one region's mantle listing edited. */
function editedWorld(name: string, edit: Record<string, (ids: string[]) => string[]>): string {
  const directory = join(workRoot, name);
  cpSync(fixtureDir(DATE), directory, { recursive: true });
  for (const [region, change] of Object.entries(edit)) {
    const path = join(directory, region, 'mantle-models.json');
    const body = JSON.parse(readFileSync(path, 'utf8')) as MantleModelsBody;
    writeFileSync(path, JSON.stringify({ object: 'list', data: change(body.data.map((entry) => entry.id)).map((id) => ({ id, object: 'model' })) }));
  }
  return directory;
}

describe('sync --mantle against the recorded listing', () => {
  it("reproduces the shipped catalog's mantle data from the endpoint's own answers", async () => {
    const { catalogDir } = shippedCopy('reproduce');
    const result = await sync(catalogDir, DATE, [...probe(), '--json']);
    expect(result.code).toBe(0);
    const requests = server.requests.filter((request) => request.operation === 'MantleListModels');
    expect(requests.map((request) => request.region).sort()).toEqual(mantleRegions);
    expect(requests.every((request) => request.status === 200)).toBe(true);

    // Every name of the recording gets the regions the shipped catalog has for it; a name the shipped catalog
    // knows from a later model card only is not in the 2026-08-22 answers, and the answers win.
    const catalog = catalogOf(catalogDir);
    const recorded = new Set(
      mantleRegions.flatMap((region) =>
        (JSON.parse(readFileSync(join(fixtureDir(DATE), region, 'mantle-models.json'), 'utf8')) as MantleModelsBody).data.map((entry) => entry.id),
      ),
    );
    const onlyRecorded = (facts: ReturnType<typeof mantleFacts>): ReturnType<typeof mantleFacts> => ({
      regions: Object.fromEntries(Object.entries(facts.regions).filter(([id]) => recorded.has(id))),
      mantleOnly: facts.mantleOnly.filter((id) => recorded.has(id)),
    });
    expect(Object.keys(mantleFacts(catalog).regions).sort()).toEqual([...recorded].sort());
    expect(mantleFacts(catalog)).toEqual(onlyRecorded(mantleFacts(shipped)));
    for (const id of Object.keys(mantleFacts(shipped).regions).filter((name) => !recorded.has(name)))
      expect(shipped.models[id]!.mantle!.date > DATE).toBe(true);
    expect(Object.keys(catalog.regions).filter((region) => catalog.regions[region]!.mantle)).toEqual(mantleRegions);
    expect(catalog.models['openai.gpt-oss-20b']?.mantle?.source).toMatch(/^bedrock-mantle GET \/v1\/models as the sync's probe took it in/);
    // The same facts, newly observed, are no change; only names the recording lacks are.
    const { changes } = JSON.parse(result.stdout) as { changes: { mantle: Array<{ id: string }> } };
    expect(changes.mantle.filter((change) => recorded.has(change.id))).toEqual([]);
    expect(checksOf(catalogDir).regions['us-east-1']!.mantle).toEqual({ checked: '2026-08-22T00:00:00Z', outcome: 'ok', lastOk: '2026-08-22T00:00:00Z' });

    // Probed again, nothing new: not a byte of the catalog moves, the record does.
    const text = read(catalogDir, 'catalog.json');
    expect((await sync(catalogDir, '2026-09-01', probe())).code).toBe(0);
    expect(read(catalogDir, 'catalog.json')).toBe(text);
    expect(checksOf(catalogDir).regions['us-east-1']!.mantle).toMatchObject({ checked: '2026-09-01T00:00:00Z', outcome: 'ok' });
  });

  it('takes a bearer token (Bedrock API key) with a per-region endpoint', async () => {
    const { catalogDir } = shippedCopy('bearer');
    const result = await sync(catalogDir, DATE, ['--regions', 'us-east-1', '--mantle-endpoint', `${server.url}/{region}`], {
      AWS_BEARER_TOKEN_BEDROCK: 'ABSKtest',
    });
    expect(result.code).toBe(0);
    expect(server.requests.filter((request) => request.operation === 'MantleListModels').map((request) => [request.path, request.status])).toEqual([
      ['/us-east-1/v1/models', 200],
    ]);
    expect(catalogOf(catalogDir).regions['us-east-1']!.mantle?.models.length).toBeGreaterThan(10);
  });
});

describe('a changed listing', () => {
  const ADDED = 'openai.gpt-oss-test-added';
  const DROPPED = 'anthropic.claude-haiku-4-5';

  it('shows up in the catalog and the changeset; a later sync without the probe keeps it', async () => {
    const { catalogDir, changesetDir } = shippedCopy('changed');
    expect(shipped.models[DROPPED]?.mantle?.regions).toContain('eu-west-1');
    server.setFixturesDir(
      editedWorld('world-changed', {
        'us-east-1': (ids) => [...ids, ADDED],
        'eu-west-1': (ids) => ids.filter((id) => id !== DROPPED),
      }),
    );
    const result = await sync(catalogDir, '2026-09-01', probe());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\d+ bedrock-mantle changes/);
    const catalog = catalogOf(catalogDir);
    expect(catalog.models[ADDED]).toMatchObject({ provider: 'OpenAI', endpoints: ['bedrock-mantle'], mantle: { regions: ['us-east-1'], date: '2026-09-01' } });
    expect(catalog.models[DROPPED]!.mantle!.regions).toEqual(shipped.models[DROPPED]!.mantle!.regions.filter((region) => region !== 'eu-west-1'));
    // Regions the edit did not touch keep their listing's date: their answers did not change.
    expect(catalog.regions['us-west-2']!.mantle!.lastSynced).toBe('2026-09-01T00:00:00Z');
    const changeset = read(changesetDir, 'catalog-sync-2026-09-01.md');
    expect(changeset).toContain(`- \`${ADDED}\` is now listed in us-east-1`);
    expect(changeset).toContain(`- \`${DROPPED}\` is no longer listed in eu-west-1`);

    const text = read(catalogDir, 'catalog.json');
    server.clearRequests();
    const off = await sync(catalogDir, '2026-09-02', []);
    expect(off.code).toBe(0);
    expect(read(catalogDir, 'catalog.json')).toBe(text);
    expect(server.requests.some((request) => request.operation === 'MantleListModels')).toBe(false);
  });
});

describe('--mantle with --endpoint', () => {
  it('sends the probe to the same local endpoint, never to AWS', async () => {
    const { catalogDir } = shippedCopy('replay-endpoint');
    const result = await sync(catalogDir, DATE, ['--regions', 'eu-west-2', '--mantle']);
    expect(result.code).toBe(0);
    expect(server.requests.filter((request) => request.operation === 'MantleListModels').map((request) => [request.region, request.status])).toEqual([
      ['eu-west-2', 200],
    ]);
  });
});

describe('the probe off', () => {
  it('changes nothing: no mantle request, the recorded listing stands, the catalog stays byte for byte', async () => {
    const { catalogDir } = shippedCopy('off');
    const before = read(catalogDir, 'catalog.json');
    const result = await sync(catalogDir, DATE, []);
    expect(result.code).toBe(0);
    expect(server.requests.some((request) => request.operation === 'MantleListModels')).toBe(false);
    expect(read(catalogDir, 'catalog.json')).toBe(before);
    expect(checksOf(catalogDir).regions['us-east-1']!.mantle).toBeUndefined();
  });
});

describe('a failed probe', () => {
  it("leaves the region's mantle data as it was and records the failure", async () => {
    const { catalogDir } = shippedCopy('failed');
    expect((await sync(catalogDir, DATE, probe())).code).toBe(0);
    const before = catalogOf(catalogDir);
    server.setFixturesDir(editedWorld('world-failed', { 'us-east-1': (ids) => ids.slice(0, 3) }));
    server.setFaults([{ fault: 'server-error', region: 'us-east-1', operation: 'MantleListModels' }]);
    const result = await sync(catalogDir, '2026-09-01', probe());
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/warning: bedrock-mantle probe failed in us-east-1, its mantle data is kept: MantleProbeError: .*HTTP 500/);
    const after = catalogOf(catalogDir);
    expect(after.regions['us-east-1']!.mantle).toEqual(before.regions['us-east-1']!.mantle);
    expect(mantleFacts(after)).toEqual(mantleFacts(before));
    expect(checksOf(catalogDir).regions['us-east-1']!.mantle).toMatchObject({ outcome: 'failed', lastOk: '2026-08-22T00:00:00Z' });
    expect(checksOf(catalogDir).regions['us-east-1']).toMatchObject({ outcome: 'ok' });
  });
});
