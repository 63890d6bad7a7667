// 2. The worst case: every file full of Bedrock calls and model-ID strings, half of them wrong, so that every
// rule reports and suggestions are ranked; and the suggestion ranking timed on its own over unknown IDs.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BedrockCatalog } from '@bedrock-models/catalog';
import { runEslint, type LintRun, type Variant } from './eslint.ts';
import { unknownIds, writeWorstCorpus } from './generate.ts';
import { PROBES_DIR } from './paths.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, median, pairedDifferences, pairedRatios } from './stats.ts';
import type { Workspace } from './workspace.ts';

export const TARGET_UNKNOWN_US = 100;

/** What `probes/catalog-scale.mjs` prints. */
export interface ScaleProbe {
  models: number;
  profiles: number;
  retired: number;
  parseMs: number;
  indexMs: number;
  suggestionIndexMs: number;
  resolveUs: number;
  judgeKnownIdUs: number;
  nearMatches: { medianUs: number; p95Us: number; maxUs: number };
  judgeUnknown: { medianUs: number; p95Us: number; maxUs: number };
  unknownWithSuggestions: number;
}

/** Writes the probe's inputs: every live ID of the real catalog as known IDs, `count` typos of them as unknown ones. */
export function writeProbeInputs(workspace: Workspace, count: number): string {
  const catalog = BedrockCatalog.bundled();
  const known = [...Object.keys(catalog.data.models), ...Object.keys(catalog.data.profiles)].sort();
  const path = join(workspace.dir, 'probe-inputs.json');
  writeFileSync(path, JSON.stringify({ known, unknown: unknownIds(catalog, count), region: workspace.regions[0] }));
  return path;
}

/** Runs the per-ID probe in a fresh plain Node process (no TypeScript loader) over one catalog file. */
export function runScaleProbe(workspace: Workspace, catalogPath: string, inputs: string, rounds: number): Promise<ScaleProbe> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(PROBES_DIR, 'catalog-scale.mjs'),
        pathToFileURL(workspace.built.catalogEntry).href,
        pathToFileURL(workspace.built.judgeEntry).href,
        catalogPath,
        inputs,
        String(rounds),
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(stdout) as ScaleProbe) : reject(new Error(`catalog-scale probe exited ${code}`))));
  });
}

export async function runWorstCase(options: Options, workspace: Workspace): Promise<Section> {
  const catalog = BedrockCatalog.bundled();
  const dir = join(workspace.dir, 'worst');
  const corpus = writeWorstCorpus(dir, options.worstFiles, options.idsPerFile, catalog, workspace.regions[0]!);
  await runEslint(workspace.configs.base, dir);
  const timed = await runEslint(workspace.configs.plugin, dir, { timing: true });
  log(`worst case: ${options.lintRounds} interleaved rounds of plugin/base over ${corpus.files} generated files, ${corpus.ids} model-ID strings`);
  const results = await interleave<Variant, LintRun>(['plugin', 'base'], options.lintRounds, (variant) => runEslint(workspace.configs[variant], dir));
  const wall = { plugin: results.plugin.map((run) => run.ms), base: results.base.map((run) => run.ms) };
  const added = median(pairedDifferences(wall.plugin, wall.base));
  const reports = Object.entries(timed.counts.byRule).filter(([rule]) => rule.startsWith('@bedrock-models/'));
  const reportCount = reports.reduce((sum, [, count]) => sum + count, 0);
  const pluginRules = timed.timing.filter((row) => row.rule.startsWith('@bedrock-models/'));
  const ruleTotal = pluginRules.reduce((sum, row) => sum + row.ms, 0);

  log(`suggestion ranking: ${options.probeProcesses} processes over 500 unknown IDs at the real catalog's size`);
  const inputs = writeProbeInputs(workspace, 500);
  const probes: ScaleProbe[] = [];
  for (let index = 0; index < options.probeProcesses; index++) probes.push(await runScaleProbe(workspace, workspace.built.catalogJson, inputs, 5));
  const nearUs = median(probes.map((probe) => probe.nearMatches.medianUs));
  const judgeUs = median(probes.map((probe) => probe.judgeUnknown.medianUs));
  const rows: Row[] = [
    { benchmark: '2 worst case', figure: 'plugin time per file (median paired difference)', value: `${fmt(added / corpus.files)} ms` },
    { benchmark: '2 worst case', figure: 'plugin time per model-ID string', value: `${fmt((added / corpus.ids) * 1000)} µs` },
    { benchmark: '2 worst case', figure: 'plugin / no plugin (median of paired ratios)', value: fmt(median(pairedRatios(wall.plugin, wall.base)), 4) },
    { benchmark: '2 worst case', figure: 'plugin rule time per ID string, TIMING=all', value: `${fmt((ruleTotal / corpus.ids) * 1000)} µs` },
    {
      benchmark: '2 worst case',
      figure: 'suggestion ranking per unknown ID (judgeKnown, median)',
      value: `${fmt(judgeUs)} µs`,
      target: `< ${TARGET_UNKNOWN_US} µs`,
      met: judgeUs < TARGET_UNKNOWN_US,
    },
    {
      benchmark: '2 worst case',
      figure: '  of which nearMatches(id, 12) (median; p95)',
      value: `${fmt(nearUs)} µs; ${fmt(median(probes.map((probe) => probe.nearMatches.p95Us)))} µs`,
    },
  ];
  const notes = [
    `2: ${corpus.files} files × ${options.idsPerFile} model-ID strings = ${corpus.ids}, ${corpus.wrong} wrong (${Object.entries(corpus.byKind)
      .map(([kind, count]) => `${kind} ${count}`)
      .join(', ')})`,
    `2: plugin reports ${reportCount} (${reports.map(([rule, count]) => `${rule.replace('@bedrock-models/', '')} ${count}`).join(', ')}); the rest of the wrong IDs sit in registries, where a string only shaped like an ID is not reported as unknown`,
    `2: ${options.lintRounds} rounds; plugin runs (ms) ${wall.plugin.map(Math.round).join(', ')}; base runs (ms) ${wall.base.map(Math.round).join(', ')}; TIMING: ${pluginRules.map((row) => `${row.rule.replace('@bedrock-models/', '')} ${fmt(row.ms)} ms`).join(', ')}`,
    `2: ranking timed in ${probes.length} fresh processes over 500 unknown IDs (typos of live IDs), each ID timed alone, median of 5 rounds per ID, then the median over IDs; the figure is the median over processes; ${probes[0]?.unknownWithSuggestions ?? 0} of 500 got suggestions`,
  ];
  return { name: 'worst case', rows, notes };
}
