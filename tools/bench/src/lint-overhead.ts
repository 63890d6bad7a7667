// 1. What the plugin adds to a lint run over real code: ESLint over ≥ 5,000 files of dependency packages,
// with `bedrock.configs.recommended` and without the plugin, same parser and settings, interleaved runs.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { eligibleFiles, materialize, sample, type CorpusFile } from './corpus.ts';
import { runEslint, type LintRun, type Variant } from './eslint.ts';
import { ESLINT_BIN, PROBES_DIR } from './paths.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, max, median, min, pairedRatios, pairedDifferences } from './stats.ts';
import type { Workspace } from './workspace.ts';

export const TARGET_RATIO = 1.03;

export interface RealCorpus {
  dir: string;
  /** Names (paths under `dir`) of the files that parse, in corpus order. */
  names: string[];
  bytes: number;
  packages: string[];
  composition: Record<string, number>;
}

/** Builds the corpus in the workspace: a stride sample with a margin, then the files that do not parse are dropped. */
export async function buildRealCorpus(options: Options, workspace: Workspace): Promise<RealCorpus> {
  const { files, packages } = eligibleFiles();
  const dir = join(workspace.dir, 'corpus');
  const picked = sample(files, Math.ceil(options.corpusFiles * 1.15));
  materialize(picked, dir);
  const check = await runEslint(workspace.configs.base, dir);
  const unparsable = new Set(check.counts.fatalFiles.map((path) => relative(dir, path)));
  const parsing = picked.filter((file) => !unparsable.has(file.name));
  const kept = new Set(sample(parsing, options.corpusFiles).map((file) => file.name));
  for (const file of picked) if (!kept.has(file.name)) rmSync(join(dir, file.name));
  const chosen: CorpusFile[] = picked.filter((file) => kept.has(file.name));
  const composition: Record<string, number> = {};
  for (const file of chosen) {
    const extension = file.name.endsWith('.d.ts') ? '.d.ts' : file.name.slice(file.name.lastIndexOf('.'));
    composition[extension] = (composition[extension] ?? 0) + 1;
  }
  log(`corpus: ${chosen.length} files (${unparsable.size} of ${picked.length} sampled did not parse and were dropped; ${files.length} eligible)`);
  return { dir, names: chosen.map((file) => file.name), bytes: chosen.reduce((sum, file) => sum + file.bytes, 0), packages, composition };
}

type FileByFile = 'plugin' | 'base' | 'control';

interface InterleavedResult {
  files: number;
  passes: Array<Record<FileByFile, number>>;
  /** Per configuration, the sum over files of each file's median time across the passes. */
  fileMedians: Record<FileByFile, number>;
  /** The lints more than `pauseMs` over their file's median, and their summed excess, per configuration. */
  pauseMs: number;
  pauses: Record<FileByFile, { count: number; ms: number }>;
}

/** The plugin, the base and the control file by file in one process (probes/lint-interleaved.mjs). */
async function runInterleaved(workspace: Workspace, corpus: RealCorpus, passes: number): Promise<InterleavedResult> {
  const eslintDir = dirname(dirname(ESLINT_BIN));
  const variants: FileByFile[] = ['plugin', 'base', 'control'];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [join(PROBES_DIR, 'lint-interleaved.mjs'), eslintDir, corpus.dir, String(passes), ...variants.map((variant) => `${variant}=${workspace.configs[variant]}`)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as InterleavedResult;
}

export async function runLintOverhead(options: Options, workspace: Workspace, corpus: RealCorpus): Promise<Section> {
  // One untimed run of each fills the file cache and compiles nothing twice; the plugin's doubles as the TIMING run.
  await runEslint(workspace.configs.base, corpus.dir);
  const timed = await runEslint(workspace.configs.plugin, corpus.dir, { timing: true });
  log(`lint overhead: ${options.lintRounds} interleaved rounds of plugin/base over ${corpus.names.length} files`);
  const results = await interleave<Variant, LintRun>(['plugin', 'base', 'bare'], options.lintRounds, (variant) =>
    runEslint(workspace.configs[variant], corpus.dir),
  );
  log(`lint overhead: ${options.interleavedPasses} passes of the plugin, the base and the control file by file in one process`);
  const interleaved = await runInterleaved(workspace, corpus, options.interleavedPasses);
  const fileRatios = interleaved.passes.map((pass) => pass.plugin / pass.base);
  const fileRatio = median(fileRatios);
  const fileAdded = median(interleaved.passes.map((pass) => ((pass.plugin - pass.base) / interleaved.files) * 1000));
  const controlRatios = interleaved.passes.map((pass) => pass.control / pass.base);
  const { fileMedians, pauses } = interleaved;
  const medianRatio = fileMedians.plugin / fileMedians.base;
  const runs = { plugin: results.plugin.map((run) => run.ms), base: results.base.map((run) => run.ms), bare: results.bare.map((run) => run.ms) };
  const cpu = { plugin: results.plugin.map((run) => run.cpuMs), base: results.base.map((run) => run.cpuMs) };
  const ratios = pairedRatios(runs.plugin, runs.base);
  const ratio = median(ratios);
  const cpuRatios = pairedRatios(cpu.plugin, cpu.base);
  const bareRatios = pairedRatios(runs.plugin, runs.bare);
  const baseOverBare = pairedRatios(runs.base, runs.bare);
  const files = corpus.names.length;
  const added = median(pairedDifferences(runs.plugin, runs.base));
  const pluginRules = timed.timing.filter((row) => row.rule.startsWith('@bedrock-models/'));
  const ruleTotal = pluginRules.reduce((sum, row) => sum + row.ms, 0);
  const reports = Object.entries(timed.counts.byRule).filter(([rule]) => rule.startsWith('@bedrock-models/'));
  const rows: Row[] = [
    {
      benchmark: '1 lint, real code',
      figure: 'plugin / no plugin, wall (median of paired ratios)',
      value: fmt(ratio, 4),
      target: `≤ ${TARGET_RATIO}`,
      met: ratio <= TARGET_RATIO,
    },
    { benchmark: '1 lint, real code', figure: 'same, CPU time (user+sys) of the child', value: fmt(median(cpuRatios), 4) },
    {
      benchmark: '1 lint, real code',
      figure: `plugin / no plugin, file by file in one process (sum of each file's median over ${interleaved.passes.length} passes)`,
      value: fmt(medianRatio, 4),
      target: `≤ ${TARGET_RATIO}`,
      met: medianRatio <= TARGET_RATIO,
    },
    {
      benchmark: '1 lint, real code',
      figure: "  same, median of the passes' summed ratios",
      value: `${fmt(fileRatio, 4)} (${fmt(min(fileRatios), 4)}–${fmt(max(fileRatios), 4)})`,
    },
    { benchmark: '1 lint, real code', figure: '  added per file, file by file (median of passes)', value: `${fmt(fileAdded)} µs` },
    {
      benchmark: '1 lint, real code',
      figure: '  control: the same rules doing nothing / no plugin',
      value: `${fmt(fileMedians.control / fileMedians.base, 4)} (passes: median ${fmt(median(controlRatios), 4)}, ${fmt(min(controlRatios), 4)}–${fmt(max(controlRatios), 4)})`,
    },
    {
      benchmark: '1 lint, real code',
      figure: `  lints > ${interleaved.pauseMs} ms over their file's median: plugin / base / control`,
      value: (['plugin', 'base', 'control'] as const).map((variant) => `${pauses[variant].count} (${fmt(pauses[variant].ms / 1000)} s)`).join(' / '),
    },
    {
      benchmark: '1 lint, real code',
      figure: 'wall, with plugin / without (medians)',
      value: `${fmt(median(runs.plugin) / 1000)} s / ${fmt(median(runs.base) / 1000)} s`,
    },
    {
      benchmark: '1 lint, real code',
      figure: 'context: plugin / ESLint with no rule at all',
      value: `${fmt(median(bareRatios), 4)} (no-debugger alone: ${fmt(median(baseOverBare), 4)})`,
    },
    { benchmark: '1 lint, real code', figure: 'added per file (median paired difference)', value: `${fmt((added / files) * 1000)} µs` },
    {
      benchmark: '1 lint, real code',
      figure: `plugin rule time, TIMING=all (all ${pluginRules.length} rules)`,
      value: `${fmt(ruleTotal)} ms = ${fmt((ruleTotal / files) * 1000)} µs/file`,
    },
    ...pluginRules.map((row) => ({
      benchmark: '1 lint, real code',
      figure: `  TIMING ${row.rule.replace('@bedrock-models/', '')}`,
      value: `${fmt(row.ms)} ms`,
    })),
  ];
  const notes = [
    `1: corpus ${files} files, ${fmt(corpus.bytes / 1e6)} MB (${Object.entries(corpus.composition)
      .map(([ext, count]) => `${count} ${ext}`)
      .join(', ')}) from ${corpus.packages.length} packages: ${corpus.packages.join(', ')}`,
    `1: ${options.lintRounds} rounds, order alternating; paired ratios ${ratios.map((value) => fmt(value, 4)).join(', ')} (min ${fmt(min(ratios), 4)}, max ${fmt(max(ratios), 4)})`,
    `1: file by file (ESLint Node API, lintText, one process, order rotating per file, after one untimed pass): ${interleaved.files} files, ${interleaved.passes.length} passes; ratios ${fileRatios.map((value) => fmt(value, 4)).join(', ')}; control ratios ${controlRatios.map((value) => fmt(value, 4)).join(', ')}; summed ms plugin ${interleaved.passes.map((pass) => Math.round(pass.plugin)).join(', ')}, base ${interleaved.passes.map((pass) => Math.round(pass.base)).join(', ')}, control ${interleaved.passes.map((pass) => Math.round(pass.control)).join(', ')}; sums of per-file medians (ms) plugin ${Math.round(fileMedians.plugin)}, base ${Math.round(fileMedians.base)}, control ${Math.round(fileMedians.control)}`,
    `1: CPU paired ratios ${cpuRatios.map((value) => fmt(value, 4)).join(', ')}`,
    `1: wall (ms) plugin ${runs.plugin.map(Math.round).join(', ')}; base ${runs.base.map(Math.round).join(', ')}; bare (no rule) ${runs.bare.map(Math.round).join(', ')}`,
    `1: plugin reports on this corpus: ${reports.length === 0 ? 'none' : reports.map(([rule, count]) => `${rule} ${count}`).join(', ')}`,
  ];
  return { name: 'lint overhead', rows, notes };
}
