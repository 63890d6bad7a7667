// 3. What the catalog costs a process: cold ES module import of @bedrock-models/catalog, `BedrockCatalog.bundled()`
// and one lookup, measured inside fresh processes; and the size of the JSON users download and load.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PROBES_DIR } from './paths.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, median, percentile } from './stats.ts';
import type { Workspace } from './workspace.ts';

export const TARGET_MS = 15;
export const TARGET_HEAP_MB = 5;

interface ColdProbe {
  importMs: number;
  buildMs: number;
  totalMs: number;
  nodeStartMs: number;
  heapRetainedMb: number;
  heapPeakMb: number;
  kind: string | null;
}

type Variant = 'catalog' | 'empty';

/** One fresh process: the probe, or an empty Node for the process-start baseline. Wall from spawn to exit. */
function spawnProbe(variant: Variant, catalogEntry: string): Promise<{ wallMs: number; probe: ColdProbe | null }> {
  const args = variant === 'catalog' ? ['--expose-gc', join(PROBES_DIR, 'catalog-cold.mjs'), pathToFileURL(catalogEntry).href] : ['--expose-gc', '-e', '0'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) reject(new Error(`catalog-cold probe exited ${code}`));
      else resolve({ wallMs, probe: variant === 'catalog' ? (JSON.parse(stdout) as ColdProbe) : null });
    });
  });
}

export async function runCatalogCost(options: Options, workspace: Workspace): Promise<Section> {
  log(`catalog cost: ${options.catalogProcesses} fresh processes, interleaved with as many empty Node processes`);
  const entry = workspace.built.catalogEntry;
  await spawnProbe('catalog', entry);
  const runs = await interleave<Variant, { wallMs: number; probe: ColdProbe | null }>(['catalog', 'empty'], options.catalogProcesses, (variant) =>
    spawnProbe(variant, entry),
  );
  const probes = runs.catalog.map((run) => run.probe!);
  const total = median(probes.map((probe) => probe.totalMs));
  const heap = median(probes.map((probe) => probe.heapRetainedMb));
  const raw = readFileSync(workspace.built.catalogJson);
  const gzip = gzipSync(raw);
  const rows: Row[] = [
    {
      benchmark: '3 catalog',
      figure: 'cold import + bundled() + 1 lookup (median)',
      value: `${fmt(total)} ms`,
      target: `< ${TARGET_MS} ms`,
      met: total < TARGET_MS,
    },
    {
      benchmark: '3 catalog',
      figure: '  import / bundled()+lookup (medians)',
      value: `${fmt(median(probes.map((probe) => probe.importMs)))} ms / ${fmt(median(probes.map((probe) => probe.buildMs)))} ms`,
    },
    {
      benchmark: '3 catalog',
      figure: 'heap retained after GC (median)',
      value: `${fmt(heap)} MB`,
      target: `< ${TARGET_HEAP_MB} MB`,
      met: heap < TARGET_HEAP_MB,
    },
    {
      benchmark: '3 catalog',
      figure: 'process wall: probe / empty node (medians)',
      value: `${fmt(median(runs.catalog.map((run) => run.wallMs)))} ms / ${fmt(median(runs.empty.map((run) => run.wallMs)))} ms`,
    },
    { benchmark: '3 catalog', figure: 'catalog.json as published: raw / gzip', value: `${fmt(raw.length / 1024)} KiB / ${fmt(gzip.length / 1024)} KiB` },
  ];
  const notes = [
    `3: ${probes.length} processes (node --expose-gc; GC before the first timestamp; heap = heapUsed after a second GC minus before); totals (ms) ${probes.map((probe) => fmt(probe.totalMs)).join(', ')}; p90 ${fmt(
      percentile(
        probes.map((probe) => probe.totalMs),
        90,
      ),
    )} ms; heap before that GC ${fmt(median(probes.map((probe) => probe.heapPeakMb)))} MB`,
    `3: Node's own start before the import (performance.now() at the first timestamp): median ${fmt(median(probes.map((probe) => probe.nodeStartMs)))} ms; gzip at zlib's default level`,
  ];
  return { name: 'catalog cost', rows, notes };
}
