// 4. The sync: the real CLI (scripts/sync-catalog.ts through tsx, as `pnpm sync` runs it) over every region,
// against the local Bedrock test server answering from the newest recorded snapshot after a fixed latency.
// Its wall time must follow its parallelism (regions in flight), not the number of requests or regions.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startBedrockTestServer, type BedrockTestServer } from '../../../scripts/bedrock-test-server/server.ts';
import { fixtureDir, snapshotDates } from '../../../scripts/fixtures/paths.ts';
import { USAGE } from '../../../scripts/sync-catalog/options.ts';
import { syncEnvironment } from '../../../scripts/sync-catalog/replay.ts';
import { CATALOG_DIR, SYNC_ENTRY, TSX_CLI } from './paths.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, median, pairedDifferences } from './stats.ts';
import type { Workspace } from './workspace.ts';

export const LATENCY_MS = 100;
/** The latency-bound part of the wall time may exceed the schedule model by this factor at most. */
export const TARGET_SLACK = 1.2;

/** The sync's default regions in flight, as its own usage text states it. */
export function defaultConcurrency(): number {
  const match = /BEDROCK_SYNC_CONCURRENCY \(regions in flight, default (\d+)\)/.exec(USAGE);
  if (!match) throw new Error('cannot read the default of BEDROCK_SYNC_CONCURRENCY from scripts/sync-catalog/options.ts');
  return Number(match[1]);
}

interface SyncRun {
  wallMs: number;
  requests: number;
  /** Requests per region, in the order the sync polls them (sorted). */
  perRegion: Map<string, number>;
}

function runCli(server: BedrockTestServer, workspace: Workspace, date: string, concurrency: number): Promise<SyncRun> {
  const catalogDir = mkdtempSync(join(workspace.dir, 'sync-'));
  mkdirSync(catalogDir, { recursive: true });
  for (const file of ['catalog.json', 'overrides.json', 'documented.json']) copyFileSync(join(CATALOG_DIR, 'data', file), join(catalogDir, file));
  server.clearRequests();
  const env = syncEnvironment({ BEDROCK_SYNC_CONCURRENCY: String(concurrency) });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [TSX_CLI, SYNC_ENTRY, '--endpoint', server.url, '--catalog', catalogDir, '--as-of', date, '--json'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      rmSync(catalogDir, { recursive: true, force: true });
      if (code !== 0) {
        reject(new Error(`sync exited ${code}:\n${output.slice(0, 3000)}`));
        return;
      }
      const perRegion = new Map<string, number>();
      for (const request of server.requests) perRegion.set(request.region ?? '?', (perRegion.get(request.region ?? '?') ?? 0) + 1);
      resolve({ wallMs, requests: server.requests.length, perRegion: new Map([...perRegion].sort(([a], [b]) => (a < b ? -1 : 1))) });
    });
  });
}

/**
 * The sync's own schedule (`mapBounded`): `concurrency` workers take the regions in order, each region a chain
 * of sequential requests (ListFoundationModels, then every ListInferenceProfiles page). Returns when the last ends.
 */
export function scheduleMs(perRegion: ReadonlyMap<string, number>, concurrency: number, latencyMs: number): number {
  const free = new Array<number>(concurrency).fill(0);
  for (const requests of perRegion.values()) {
    const worker = free.indexOf(Math.min(...free));
    free[worker] = free[worker]! + requests * latencyMs;
  }
  return Math.max(...free);
}

type Variant = 'c-100' | 'c-200' | 'all-100' | 'all-200' | 'c-0';

/**
 * Five interleaved variants: the default concurrency at 100 ms and 200 ms latency, every region in flight at
 * 100 ms and 200 ms, and the default at 0 ms (the fixed cost: process start, SDK load, merge, write). What one
 * more millisecond of latency adds to the wall time is the number of requests on the critical path, CPU work
 * included or not: (wall at 200 − wall at 100) / 100 ms, compared with the sync's own schedule.
 */
export async function runSync(options: Options, workspace: Workspace): Promise<Section> {
  const date = snapshotDates().at(-1)!;
  const concurrency = defaultConcurrency();
  const servers = new Map<number, BedrockTestServer>();
  for (const latency of [0, LATENCY_MS, 2 * LATENCY_MS])
    servers.set(latency, await startBedrockTestServer({ fixturesDir: fixtureDir(date), latencyMs: latency }));
  try {
    log(
      `sync: ${options.syncRounds} rounds of 5 interleaved runs against the test server (${date}), concurrency ${concurrency} and all regions, 0/${LATENCY_MS}/${2 * LATENCY_MS} ms latency`,
    );
    const probe = await runCli(servers.get(0)!, workspace, date, concurrency);
    const regionCount = probe.perRegion.size;
    const requests = probe.requests;
    const settings = (variant: Variant): { latency: number; workers: number } => {
      const [scope, latency] = variant.split('-') as [string, string];
      return { latency: Number(latency), workers: scope === 'all' ? regionCount : concurrency };
    };
    const runs = await interleave<Variant, SyncRun>(['c-100', 'c-200', 'all-100', 'all-200', 'c-0'], options.syncRounds, (variant) => {
      const { latency, workers } = settings(variant);
      return runCli(servers.get(latency)!, workspace, date, workers);
    });
    const wall = (variant: Variant): number[] => runs[variant].map((run) => run.wallMs);
    // Requests on the critical path: the schedule's makespan in requests, and the measured slope.
    const scheduled = (workers: number): number => scheduleMs(probe.perRegion, workers, 1);
    const measured = (slow: Variant, fast: Variant): number => median(pairedDifferences(wall(slow), wall(fast))) / LATENCY_MS;
    const steps = { c: measured('c-200', 'c-100'), all: measured('all-200', 'all-100') };
    const rows: Row[] = [
      {
        benchmark: '4 sync',
        figure: `requests, regions (${date} fixtures)`,
        value: `${requests} requests, ${regionCount} regions (${Math.min(...probe.perRegion.values())}–${Math.max(...probe.perRegion.values())} sequential each)`,
      },
      { benchmark: '4 sync', figure: `wall at ${LATENCY_MS} ms latency, concurrency ${concurrency} (median)`, value: `${fmt(median(wall('c-100')))} ms` },
      { benchmark: '4 sync', figure: '  of which fixed: wall at 0 ms latency (median)', value: `${fmt(median(wall('c-0')))} ms` },
      {
        benchmark: '4 sync',
        figure: `requests on the critical path, concurrency ${concurrency}: measured vs schedule`,
        value: `${fmt(steps.c)} vs ${scheduled(concurrency)} (ceil(requests/concurrency) = ${Math.ceil(requests / concurrency)}; regions ${regionCount}; requests ${requests})`,
        target: `≤ ${TARGET_SLACK}× schedule`,
        met: steps.c <= TARGET_SLACK * scheduled(concurrency),
      },
      {
        benchmark: '4 sync',
        figure: `same, all ${regionCount} regions in flight`,
        value: `${fmt(steps.all)} vs ${scheduled(regionCount)}; wall at ${LATENCY_MS} ms ${fmt(median(wall('all-100')))} ms`,
        target: `≤ ${TARGET_SLACK}× schedule`,
        met: steps.all <= TARGET_SLACK * scheduled(regionCount),
      },
    ];
    const notes = [
      `4: ${options.syncRounds} rounds of five interleaved runs, each on a fresh copy of the catalog folder; requests per region: ${[...probe.perRegion].map(([region, count]) => `${region} ${count}`).join(', ')}`,
      `4: schedule = the sync's mapBounded: ${concurrency} workers (BEDROCK_SYNC_CONCURRENCY, default read from scripts/sync-catalog/options.ts) take the sorted regions in turn, each region a chain of sequential requests (ListFoundationModels, then each ListInferenceProfiles page); its makespan is ${scheduled(concurrency)} requests × latency = ${scheduled(concurrency) * LATENCY_MS} ms at ${LATENCY_MS} ms, against ${regionCount * LATENCY_MS} ms for regions × latency and ${requests * LATENCY_MS} ms for requests × latency`,
      `4: measured = (wall at ${2 * LATENCY_MS} ms − wall at ${LATENCY_MS} ms) / ${LATENCY_MS} ms, median of paired differences (CPU work cancels out); wall (ms) ${(['c-0', 'c-100', 'c-200', 'all-100', 'all-200'] as const).map((variant) => `${variant}: ${wall(variant).map(Math.round).join(', ')}`).join('; ')}`,
    ];
    return { name: 'sync', rows, notes };
  } finally {
    await Promise.all([...servers.values()].map((server) => server.close()));
  }
}
