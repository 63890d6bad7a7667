// `pnpm bench`: runs every benchmark and prints one table. `pnpm bench --quick` is a fast smoke run with small
// settings; `--only lint,worst,catalog,sync,growth` runs a subset. See BENCHMARKS.md at the repository root.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCatalogCost } from './catalog-cost.ts';
import { runCliScan } from './cli.ts';
import { runGrowth } from './growth.ts';
import { buildRealCorpus, runLintOverhead, type RealCorpus } from './lint-overhead.ts';
import { environment, log, table, type Options, type Section } from './report.ts';
import { runSync } from './sync.ts';
import { createWorkspace } from './workspace.ts';
import { runWorstCase } from './worst-case.ts';

const BENCHMARKS = ['lint', 'worst', 'catalog', 'sync', 'growth', 'cli'] as const;
type Benchmark = (typeof BENCHMARKS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string' },
    files: { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(`Usage: pnpm bench [--quick] [--only ${BENCHMARKS.join(',')}] [--rounds N] [--files N] [--json FILE] [--keep]\n`);
  process.exit(0);
}

const quick = values.quick;
const rounds = values.rounds === undefined ? null : Number(values.rounds);
const options: Options = {
  quick,
  lintRounds: rounds ?? (quick ? 3 : 7),
  interleavedPasses: quick ? 1 : 5,
  corpusFiles: values.files === undefined ? (quick ? 500 : 5000) : Number(values.files),
  worstFiles: quick ? 40 : 200,
  idsPerFile: 60,
  catalogProcesses: quick ? 5 : 15,
  syncRounds: rounds ?? (quick ? 1 : 5),
  growthRounds: rounds === null ? (quick ? 2 : 3) : Math.max(1, Math.ceil(rounds / 2)),
  growthBase: quick ? 250 : 1250,
  probeProcesses: quick ? 3 : 7,
  keep: values.keep,
};

const selected = new Set<Benchmark>(values.only === undefined ? BENCHMARKS : (values.only.split(',').map((name) => name.trim()) as Benchmark[]));
for (const name of selected)
  if (!BENCHMARKS.includes(name)) throw new Error(`--only: unknown benchmark "${name}"; the benchmarks are ${BENCHMARKS.join(', ')}`);

const before = environment();
const workspace = createWorkspace(options.keep);
log(`working in ${workspace.dir}${quick ? ' (quick)' : ''}`);
const sections: Section[] = [];
const started = performance.now();
try {
  let corpus: RealCorpus | undefined;
  const realCorpus = async (): Promise<RealCorpus> => (corpus ??= await buildRealCorpus(options, workspace));
  if (selected.has('lint')) sections.push(await runLintOverhead(options, workspace, await realCorpus()));
  if (selected.has('worst')) sections.push(await runWorstCase(options, workspace));
  if (selected.has('catalog')) sections.push(await runCatalogCost(options, workspace));
  if (selected.has('sync')) sections.push(await runSync(options, workspace));
  if (selected.has('growth')) sections.push(await runGrowth(options, workspace, await realCorpus()));
  if (selected.has('cli')) {
    if (workspace.built.cliBin) sections.push(await runCliScan(options, workspace, workspace.built.cliBin));
    else log('cli: packages/cli/dist/bin.js is not built; skipped');
  }
} finally {
  workspace.dispose();
}

const after = environment();
const output = [
  `# pnpm bench${quick ? ' --quick (smoke run: small settings, figures not meaningful)' : ''}`,
  '',
  ...before.map((line) => `- ${line}`),
  `- load average at the end: ${after.find((line) => line.startsWith('load average'))?.replace('load average (1/5/15 min): ', '') ?? ''}`,
  `- total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s`,
  '',
  table(sections.flatMap((section) => section.rows)),
  '',
  ...sections.flatMap((section) => section.notes.map((note) => `- ${note}`)),
  '',
].join('\n');
process.stdout.write(output);
if (values.json !== undefined) writeFileSync(values.json, `${JSON.stringify({ environment: before, options, sections }, null, 2)}\n`);
const missed = sections.flatMap((section) => section.rows).filter((row) => row.met === false);
if (missed.length > 0) log(`targets missed: ${missed.map((row) => `${row.benchmark}: ${row.figure}`).join('; ')}`);
