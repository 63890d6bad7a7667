// The sync end to end: runSync (what scripts/sync-catalog.ts calls) with arguments and captured output, the
// real @aws-sdk/client-bedrock, and the local Bedrock test server replaying recorded regional answers (faults
// included). The sync runs in this process; two smoke tests at the end run the real entry point as a child
// process, for what only a process shows (exit codes, the --json output on stdout).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '@bedrock-models/catalog';
import { startBedrockTestServer, type BedrockTestServer, type FaultKind } from '../../bedrock-test-server/server.ts';
import { fixtureDir } from '../../fixtures/paths.ts';
import { runSyncCli, stubSyncEnvironment, type CliResult } from '../replay.ts';
import { runSync } from '../run.ts';

const workRoot = mkdtempSync(join(tmpdir(), 'bedrock-sync-test-'));
let server: BedrockTestServer;

beforeAll(async () => {
  stubSyncEnvironment(vi.stubEnv);
  server = await startBedrockTestServer({ fixturesDir: fixtureDir('2026-07-01') });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  rmSync(workRoot, { recursive: true, force: true });
});

/** One sync in this process, as `pnpm sync ...args` would run it, with its output captured. */
async function runSyncHere(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runSync(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env, now: new Date() });
  return { code, stdout, stderr };
}
afterEach(() => {
  server.setFaults([]);
  server.clearRequests();
});

/** A scratch repository: a `.changeset` folder (so the sync writes its changeset there) and an empty catalog folder. */
function scratch(name: string): { root: string; catalogDir: string; changesetDir: string } {
  const root = join(workRoot, name);
  const changesetDir = join(root, '.changeset');
  mkdirSync(changesetDir, { recursive: true });
  writeFileSync(join(changesetDir, 'config.json'), '{}\n');
  const catalogDir = join(root, 'data');
  mkdirSync(catalogDir, { recursive: true });
  return { root, catalogDir, changesetDir };
}

const readCatalog = (catalogDir: string): Catalog => JSON.parse(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')) as Catalog;
const changesets = (changesetDir: string): string[] =>
  readdirSync(changesetDir)
    .filter((name) => name.endsWith('.md'))
    .sort();

async function sync(catalogDir: string, date: string, args: string[] = [], env: Record<string, string> = {}) {
  server.setFixturesDir(fixtureDir(date));
  return runSyncHere(['--endpoint', server.url, '--as-of', date, '--catalog', catalogDir, ...args], env);
}

const TWO_REGIONS = ['--regions', 'us-east-1,eu-west-1'];

describe('a first sync', () => {
  it('builds the catalog from every region, following ListInferenceProfiles pages', async () => {
    const { catalogDir, changesetDir } = scratch('first');
    const result = await sync(catalogDir, '2026-08-22', TWO_REGIONS);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const catalog = readCatalog(catalogDir);
    expect(catalog.generatedAt).toBe('2026-08-22T00:00:00Z');
    expect(Object.keys(catalog.regions)).toEqual(['eu-west-1', 'us-east-1']);

    const usEast1 = JSON.parse(readFileSync(join(fixtureDir('2026-08-22'), 'us-east-1/foundation-models.json'), 'utf8')) as {
      modelSummaries: Array<{ modelId: string }>;
    };
    expect(catalog.regions['us-east-1']!.models).toEqual(usEast1.modelSummaries.map((m) => m.modelId).sort());
    const profiles = JSON.parse(readFileSync(join(fixtureDir('2026-08-22'), 'us-east-1/inference-profiles.json'), 'utf8')) as {
      inferenceProfileSummaries: Array<{ inferenceProfileId: string }>;
    };
    expect(catalog.regions['us-east-1']!.profiles).toEqual(profiles.inferenceProfileSummaries.map((p) => p.inferenceProfileId).sort());

    // The test server pages ListInferenceProfiles 20 at a time: every page was asked for, in both regions.
    const pageRequests = server.requests.filter((request) => request.operation === 'ListInferenceProfiles' && request.region === 'us-east-1');
    expect(pageRequests.length).toBe(Math.ceil(profiles.inferenceProfileSummaries.length / 20));
    expect(pageRequests.slice(1).every((request) => typeof request.query.nextToken === 'string')).toBe(true);

    // Real per-region facts, with RFC 3339 timestamps turned into the catalog's form.
    const global = catalog.profiles['global.anthropic.claude-sonnet-4-5-20250929-v1:0']!;
    expect(global.sources['us-east-1']).toContain('*');
    expect(global.geo).toBe('global');
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-08-22.md']);
  });

  it("records unknown, not a guess, where a region's answer omits inference types", async () => {
    const { catalogDir } = scratch('unknown');
    expect((await sync(catalogDir, '2026-08-22', TWO_REGIONS)).code).toBe(0);
    const fixture = JSON.parse(readFileSync(join(fixtureDir('2026-08-22'), 'eu-west-1/foundation-models.json'), 'utf8')) as {
      modelSummaries: Array<{ modelId: string; inferenceTypesSupported?: string[] }>;
    };
    const withoutTypes = fixture.modelSummaries.find((m) => m.inferenceTypesSupported === undefined)!;
    const withTypes = fixture.modelSummaries.find((m) => m.inferenceTypesSupported !== undefined)!;
    const catalog = readCatalog(catalogDir);
    expect(catalog.models[withoutTypes.modelId]!.regions['eu-west-1']!.inferenceTypes).toBeNull();
    expect(catalog.models[withTypes.modelId]!.regions['eu-west-1']!.inferenceTypes).toEqual([...withTypes.inferenceTypesSupported!].sort());
  });
});

describe('history across successive syncs', () => {
  it('moves a model that vanished everywhere to retired, with when and where it was last seen', async () => {
    const { catalogDir, changesetDir } = scratch('history');
    expect((await sync(catalogDir, '2026-07-01')).code).toBe(0);
    const before = readCatalog(catalogDir);
    expect(before.models['meta.llama3-2-90b-instruct-v1:0']).toBeDefined();
    const lastRegions = Object.keys(before.models['meta.llama3-2-90b-instruct-v1:0']!.regions).sort();

    const second = await sync(catalogDir, '2026-08-01');
    expect(second.code).toBe(0);
    const after = readCatalog(catalogDir);
    expect(after.models['meta.llama3-2-90b-instruct-v1:0']).toBeUndefined();
    const retired = after.retired['meta.llama3-2-90b-instruct-v1:0']!;
    expect(retired).toMatchObject({ kind: 'model', lastSeen: '2026-07-01', retired: '2026-08-01', regions: lastRegions });
    expect(retired.history!.at(-1)).toEqual({ date: '2026-08-01', change: 'retired', regions: lastRegions });
    expect(retired.history![0]).toMatchObject({ date: '2026-07-01', change: 'added' });
    // A profile still routing to it keeps pointing at an ID the catalog knows.
    expect(after.profiles['us.meta.llama3-2-90b-instruct-v1:0']?.models).toEqual(['meta.llama3-2-90b-instruct-v1:0']);
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-07-01.md', 'catalog-sync-2026-08-01.md']);
  });
});

describe('determinism', () => {
  it('gives byte-identical catalogs for the same answers, and a no-change sync writes nothing', async () => {
    const first = scratch('det-a');
    const second = scratch('det-b');
    expect((await sync(first.catalogDir, '2026-06-01', TWO_REGIONS)).code).toBe(0);
    expect((await sync(second.catalogDir, '2026-06-01', TWO_REGIONS)).code).toBe(0);
    const text = readFileSync(join(first.catalogDir, 'catalog.json'), 'utf8');
    expect(readFileSync(join(second.catalogDir, 'catalog.json'), 'utf8')).toBe(text);

    const mtime = statSync(join(first.catalogDir, 'catalog.json')).mtimeMs;
    const again = await sync(first.catalogDir, '2026-06-01', [...TWO_REGIONS, '--as-of', '2026-06-02']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Catalog unchanged/);
    expect(statSync(join(first.catalogDir, 'catalog.json')).mtimeMs).toBe(mtime);
    expect(readFileSync(join(first.catalogDir, 'catalog.json'), 'utf8')).toBe(text);
    expect(changesets(first.changesetDir)).toEqual(['catalog-sync-2026-06-01.md']);
  });
});

describe('retries', () => {
  it('rides out throttling and a 5xx with the SDK retry strategy', async () => {
    const { catalogDir } = scratch('retry');
    server.setFaults([
      { fault: 'throttle', region: 'us-east-1', operation: 'ListFoundationModels', times: 2 },
      { fault: 'server-error', region: 'eu-west-1', operation: 'ListInferenceProfiles', skip: 1, times: 1 },
    ]);
    const result = await sync(catalogDir, '2026-08-22', TWO_REGIONS, { BEDROCK_SYNC_MAX_ATTEMPTS: '4' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const modelCalls = server.requests.filter((r) => r.region === 'us-east-1' && r.operation === 'ListFoundationModels');
    expect(modelCalls.map((r) => r.status)).toEqual([429, 429, 200]);
    const pageCalls = server.requests.filter((r) => r.region === 'eu-west-1' && r.operation === 'ListInferenceProfiles');
    expect(pageCalls.map((r) => r.status).slice(0, 3)).toEqual([200, 500, 200]);
    expect(readCatalog(catalogDir).regions['us-east-1']!.models.length).toBeGreaterThan(50);
  });
});

describe('a failing region', () => {
  const cases: Array<{ fault: FaultKind; expected: RegExp }> = [
    { fault: 'throttle', expected: /us-east-1: ThrottlingException \(HTTP 429\)/ },
    { fault: 'server-error', expected: /us-east-1: InternalServerException \(HTTP 500\)/ },
    { fault: 'unavailable', expected: /us-east-1: ServiceUnavailableException \(HTTP 503\)/ },
    { fault: 'hang', expected: /us-east-1: TimeoutError/ },
    { fault: 'bad-json', expected: /us-east-1: SyntaxError/ },
    { fault: 'refuse', expected: /us-east-1: UnrecognizedClientException \(HTTP 403\)/ },
  ];

  it.each(cases)('$fault: exits 1, names the region and the error, and leaves the catalog as it was', async ({ fault, expected }) => {
    const { catalogDir, changesetDir } = scratch(`fault-${fault}`);
    expect((await sync(catalogDir, '2026-07-01', TWO_REGIONS)).code).toBe(0);
    const before = readFileSync(join(catalogDir, 'catalog.json'), 'utf8');
    server.setFaults([{ fault, region: 'us-east-1', operation: 'ListFoundationModels' }]);
    const result = await sync(catalogDir, '2026-08-22', TWO_REGIONS, { BEDROCK_SYNC_MAX_ATTEMPTS: '2', BEDROCK_SYNC_TIMEOUT_MS: '400' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/sync failed, nothing written: 1 of 2 regions failed/);
    expect(result.stderr).toMatch(expected);
    expect(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')).toBe(before);
    expect(changesets(changesetDir)).toEqual(['catalog-sync-2026-07-01.md']);
    expect(readdirSync(catalogDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it("with --allow-partial keeps the failed region's previous data and marks it stale", async () => {
    const { catalogDir, changesetDir } = scratch('partial');
    expect((await sync(catalogDir, '2026-07-01', TWO_REGIONS)).code).toBe(0);
    const before = readCatalog(catalogDir);
    server.setFaults([{ fault: 'refuse', region: 'eu-west-1' }]);
    const result = await sync(catalogDir, '2026-08-22', [...TWO_REGIONS, '--allow-partial']);
    expect(result.code).toBe(0);
    const after = readCatalog(catalogDir);
    expect(after.regions['eu-west-1']).toEqual({ ...before.regions['eu-west-1'], stale: true });
    expect(after.regions['us-east-1']!.stale).toBeUndefined();
    expect(after.regions['us-east-1']!.lastSynced).toBe('2026-08-22T00:00:00Z');
    const euModel = before.regions['eu-west-1']!.models.find((id) => after.models[id])!;
    expect(after.models[euModel]!.regions['eu-west-1']!.stale).toBe(true);
    const text = readFileSync(join(changesetDir, 'catalog-sync-2026-08-22.md'), 'utf8');
    expect(text).toContain('- eu-west-1: the sync could not reach these regions; their data is kept from an earlier sync and marked stale.');
  });

  it('with --allow-partial still fails for a region the catalog has no data for', async () => {
    const { catalogDir } = scratch('partial-new');
    server.setFaults([{ fault: 'refuse', region: 'eu-west-1' }]);
    const result = await sync(catalogDir, '2026-08-22', [...TWO_REGIONS, '--allow-partial']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/eu-west-1: UnrecognizedClientException/);
    expect(existsSync(join(catalogDir, 'catalog.json'))).toBe(false);
  });
});

describe('the removal guard', () => {
  it('refuses to retire more models than --max-removals without --force', async () => {
    const { catalogDir } = scratch('guard');
    expect((await sync(catalogDir, '2026-07-01')).code).toBe(0);
    const before = readFileSync(join(catalogDir, 'catalog.json'), 'utf8');
    const refused = await sync(catalogDir, '2026-08-01', ['--max-removals', '3']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/would retire 9 models, more than --max-removals 3: .*meta\.llama3-2-90b-instruct-v1:0/);
    expect(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')).toBe(before);

    const forced = await sync(catalogDir, '2026-08-01', ['--max-removals', '3', '--force']);
    expect(forced.code).toBe(0);
    expect(Object.keys(readCatalog(catalogDir).retired)).toContain('meta.llama3-2-90b-instruct-v1:0');
  });

  it('refuses a region that suddenly answers with no models', async () => {
    const { root, catalogDir } = scratch('empty-region');
    expect((await sync(catalogDir, '2026-08-22', TWO_REGIONS)).code).toBe(0);
    const emptied = join(root, 'fixtures');
    cpSync(fixtureDir('2026-08-22'), emptied, { recursive: true });
    writeFileSync(join(emptied, 'eu-west-1/foundation-models.json'), '{"modelSummaries":[]}\n');
    server.setFixturesDir(emptied);
    const result = await runSyncHere(['--endpoint', server.url, '--as-of', '2026-08-23', '--catalog', catalogDir, ...TWO_REGIONS]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/region eu-west-1 answered with no models \(it had \d+\); refusing without --force/);
  });
});

describe('the changeset', () => {
  it('tells a changelog reader what changed, in words', async () => {
    const { root, catalogDir, changesetDir } = scratch('changeset');
    const base = join(root, 'base');
    const next = join(root, 'next');
    writeRegion(
      base,
      'us-east-1',
      [model('acme.alpha-v1:0', 'Alpha', ['ON_DEMAND'], { status: 'ACTIVE' }), model('acme.beta-v1:0', 'Beta', ['ON_DEMAND'], { status: 'ACTIVE' })],
      [profile('us.acme.alpha-v1:0', 'US Alpha', 'acme.alpha-v1:0', ['us-east-1', 'us-west-2'])],
    );
    writeRegion(
      next,
      'us-east-1',
      [
        model('acme.alpha-v1:0', 'Alpha', ['INFERENCE_PROFILE'], {
          status: 'LEGACY',
          legacyTime: '2026-09-01T00:00:00Z',
          endOfLifeTime: '2027-03-01T00:00:00Z',
        }),
        model('acme.gamma-v1:0', 'Gamma', ['ON_DEMAND'], { status: 'ACTIVE' }),
      ],
      [],
    );
    server.setFixturesDir(base);
    expect((await runSyncHere(['--endpoint', server.url, '--as-of', '2026-09-01', '--catalog', catalogDir, '--regions', 'us-east-1'])).code).toBe(0);
    server.setFixturesDir(next);
    expect((await runSyncHere(['--endpoint', server.url, '--as-of', '2026-09-15', '--catalog', catalogDir, '--regions', 'us-east-1'])).code).toBe(0);
    expect(readFileSync(join(changesetDir, 'catalog-sync-2026-09-15.md'), 'utf8')).toBe(`---
"@bedrock-models/catalog": minor
---

Bedrock model catalog refreshed from the API as of 2026-09-15.

### New models (1)

- \`acme.gamma-v1:0\`: Acme Gamma, in us-east-1

### Retired: no region lists them any more (1)

- \`acme.beta-v1:0\` (Beta), last offered in us-east-1

### Lifecycle

- \`acme.alpha-v1:0\` is now LEGACY in us-east-1 (legacy since 2026-09-01, end of life 2027-03-01)

### How models are invoked

- \`acme.alpha-v1:0\` in us-east-1: INFERENCE_PROFILE

### Cross-region inference profiles

- Retired: \`us.acme.alpha-v1:0\` (US Alpha), last callable from us-east-1
`);
    const catalog = readCatalog(catalogDir);
    expect(catalog.retired['acme.beta-v1:0']).toMatchObject({ lastSeen: '2026-09-01', retired: '2026-09-15' });
    expect(catalog.models['acme.alpha-v1:0']!.history.map((event) => event.change)).toEqual(['added', 'lifecycle', 'inference-types']);
  });
});

describe('the command line', () => {
  it.each([[['--regions', 'mars-north-1x']], [['--max-removals', 'many']], [['--as-of', 'yesterday']], [['--endpoint', 'not a url']], [['--no-such-flag']]])(
    'exits 2 on bad arguments %j, with the usage',
    async (args) => {
      const result = await runSyncHere(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^sync: /);
      expect(result.stderr).toContain('Usage: pnpm sync');
    },
  );

  it('--dry-run reports without writing, --json prints a machine summary', async () => {
    const { catalogDir, changesetDir } = scratch('dry');
    const result = await sync(catalogDir, '2026-08-22', [...TWO_REGIONS, '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { changed: boolean; dryRun: boolean; written: string[]; changes: { addedModels: unknown[] } };
    expect(summary).toMatchObject({ changed: true, dryRun: true, written: [] });
    expect(summary.changes.addedModels.length).toBeGreaterThan(50);
    expect(existsSync(join(catalogDir, 'catalog.json'))).toBe(false);
    expect(changesets(changesetDir)).toEqual([]);
  });

  it('fails with the path and the field when the existing catalog is broken, touching nothing', async () => {
    const { catalogDir } = scratch('broken');
    writeFileSync(join(catalogDir, 'catalog.json'), '{"schemaVersion":1,"generatedAt":"yesterday"}\n');
    const result = await sync(catalogDir, '2026-08-22', TWO_REGIONS);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(join(catalogDir, 'catalog.json'));
    expect(result.stderr).toMatch(/\/generatedAt: "yesterday" does not match/);
    expect(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')).toBe('{"schemaVersion":1,"generatedAt":"yesterday"}\n');
  });
});

describe('the real process (smoke tests)', () => {
  // A child process starts tsx and the SDK from cold: seconds on an idle machine, more on a busy one.
  const BUDGET = 60_000;

  it(
    'exits 2 on a bad argument, with the usage on stderr',
    async () => {
      const result = await runSyncCli(['--no-such-flag']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^sync: /);
      expect(result.stderr).toContain('Usage: pnpm sync');
      expect(result.stdout).toBe('');
    },
    BUDGET,
  );

  it(
    'syncs against the test server, exits 0 and prints only the --json summary on stdout',
    async () => {
      const { catalogDir, changesetDir } = scratch('process');
      server.setFixturesDir(fixtureDir('2026-08-22'));
      const result = await runSyncCli(['--endpoint', server.url, '--as-of', '2026-08-22', '--catalog', catalogDir, ...TWO_REGIONS, '--json']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const summary = JSON.parse(result.stdout) as { changed: boolean; written: string[] };
      expect(summary).toMatchObject({
        changed: true,
        written: [join(changesetDir, 'catalog-sync-2026-08-22.md'), join(catalogDir, 'catalog.json'), join(catalogDir, 'checks.json')],
      });
      expect(readCatalog(catalogDir).generatedAt).toBe('2026-08-22T00:00:00Z');
    },
    BUDGET,
  );
});

function writeRegion(root: string, region: string, models: object[], profiles: object[]): void {
  mkdirSync(join(root, region), { recursive: true });
  writeFileSync(join(root, region, 'foundation-models.json'), JSON.stringify({ modelSummaries: models }));
  writeFileSync(join(root, region, 'inference-profiles.json'), JSON.stringify({ inferenceProfileSummaries: profiles }));
}

function model(modelId: string, name: string, inferenceTypesSupported: string[], modelLifecycle: object): object {
  return {
    modelArn: `arn:aws:bedrock:us-east-1::foundation-model/${modelId}`,
    modelId,
    modelName: name,
    providerName: 'Acme',
    inputModalities: ['TEXT'],
    outputModalities: ['TEXT'],
    responseStreamingSupported: true,
    customizationsSupported: [],
    inferenceTypesSupported,
    modelLifecycle,
  };
}

function profile(id: string, name: string, modelId: string, destinations: string[]): object {
  return {
    inferenceProfileName: name,
    description: name,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    inferenceProfileArn: `arn:aws:bedrock:us-east-1:123456789012:inference-profile/${id}`,
    models: destinations.map((region) => ({ modelArn: `arn:aws:bedrock:${region}::foundation-model/${modelId}` })),
    inferenceProfileId: id,
    status: 'ACTIVE',
    type: 'SYSTEM_DEFINED',
  };
}
