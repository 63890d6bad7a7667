// Replays recorded snapshots, oldest first, through the real sync CLI against the local Bedrock test server.
// This is how the bundled catalog is built, and how a test proves it reproduces byte for byte.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDir, snapshotDates } from '../fixtures/paths.ts';
import { startBedrockTestServer, type FaultRule } from '../bedrock-test-server/server.ts';
import { REPO_ROOT } from './run.ts';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const SYNC_ENTRY = join(REPO_ROOT, 'scripts/sync-catalog.ts');
const TSX = join(REPO_ROOT, 'scripts/node_modules/tsx/dist/cli.mjs');

/** The environment a sync child process runs with: fake credentials for the default chain, nothing that could reach AWS. */
export function syncEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { AWS_PROFILE: _profile, AWS_REGION: _region, AWS_DEFAULT_REGION: _default, AWS_BEARER_TOKEN_BEDROCK: _token, ...rest } = process.env;
  return {
    ...rest,
    AWS_ACCESS_KEY_ID: 'AKIDREPLAY',
    AWS_SECRET_ACCESS_KEY: 'replay-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    // The SDK's Node 20 support notice is for users of the sync, not for every replay step.
    NODE_NO_WARNINGS: '1',
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    ...extra,
  };
}

/**
 * The same environment for a sync run inside this process (the SDK's default credential chain reads it): fake
 * credentials and nothing that could reach AWS, set through `stub` (vitest's `vi.stubEnv`, undone by `unstubAllEnvs`).
 */
export function stubSyncEnvironment(stub: (key: string, value: string | undefined) => unknown): void {
  const environment = syncEnvironment();
  for (const key of ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_BEARER_TOKEN_BEDROCK']) stub(key, undefined);
  for (const key of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_EC2_METADATA_DISABLED', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE'])
    stub(key, environment[key]!);
}

/** Runs `pnpm sync`'s entry point as a child process. */
export function runSyncCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, SYNC_ENTRY, ...args], { env: syncEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ReplayOptions {
  catalogDir: string;
  dates?: readonly string[];
  faults?: readonly FaultRule[];
  extraArgs?: readonly string[];
}

/** Replays each date through `sync --endpoint <server> --as-of <date> --catalog <dir>`; stops at the first failure. */
export async function replaySnapshots(options: ReplayOptions): Promise<CliResult[]> {
  const dates = options.dates ?? snapshotDates();
  const server = await startBedrockTestServer({ fixturesDir: fixtureDir(dates[0]!), faults: options.faults ?? [] });
  const results: CliResult[] = [];
  try {
    for (const date of dates) {
      server.setFixturesDir(fixtureDir(date));
      const result = await runSyncCli(['--endpoint', server.url, '--as-of', date, '--catalog', options.catalogDir, ...(options.extraArgs ?? [])]);
      results.push(result);
      if (result.code !== 0) break;
    }
  } finally {
    await server.close();
  }
  return results;
}

/** Which hand-kept layers {@link seedCatalogDir} copies into a fresh catalog folder. */
export interface SeedOptions {
  /** Copy the documented-facts layer too (default true); false seeds what the API says plus the overrides. */
  documented?: boolean;
}

/** A fresh catalog folder holding only the bundled overrides (and documented facts), as the bundled catalog starts. */
export function seedCatalogDir(directory: string, options: SeedOptions = {}): string {
  mkdirSync(directory, { recursive: true });
  const layers = ['overrides.json', ...(options.documented === false ? [] : ['documented.json'])];
  for (const file of layers) {
    const source = join(REPO_ROOT, 'packages/catalog/data', file);
    if (existsSync(source)) copyFileSync(source, join(directory, file));
  }
  return directory;
}
