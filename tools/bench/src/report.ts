// What every benchmark hands back, and how the runner prints it.
import { cpus, loadavg, totalmem } from 'node:os';
import { ESLINT_VERSION, PARSER_VERSION } from './paths.ts';

/** One printed figure. `target` and `met` are set only for figures the issue sets a target for. */
export interface Row {
  benchmark: string;
  figure: string;
  value: string;
  target?: string;
  met?: boolean;
}

export interface Section {
  name: string;
  rows: Row[];
  /** What was measured, printed under the table: corpus sizes, run counts, raw medians. */
  notes: string[];
}

export interface Options {
  quick: boolean;
  /** Timed rounds per variant for the lint benchmarks (each round runs every variant once). */
  lintRounds: number;
  /** Passes of the file-by-file comparison in one process. */
  interleavedPasses: number;
  /** Real files in the lint corpus. */
  corpusFiles: number;
  /** Generated files in the worst-case corpus, and model-ID strings per file. */
  worstFiles: number;
  idsPerFile: number;
  /** Fresh processes for the catalog cost. */
  catalogProcesses: number;
  /** Rounds of the sync benchmark. */
  syncRounds: number;
  /** Rounds of the growth series, and its base corpus size. */
  growthRounds: number;
  growthBase: number;
  /** Rounds of the per-ID probes (processes per catalog size). */
  probeProcesses: number;
  /** Keep the temporary corpora (their path is printed). */
  keep: boolean;
}

export function environment(): string[] {
  const cpu = cpus();
  return [
    `date: ${new Date().toISOString()}`,
    `node: ${process.version} (${process.platform} ${process.arch})`,
    `eslint: ${ESLINT_VERSION}, @typescript-eslint/parser: ${PARSER_VERSION}`,
    `cpu: ${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `load average (1/5/15 min): ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' / ')}`,
  ];
}

export function table(rows: readonly Row[]): string {
  const header = ['benchmark', 'figure', 'value', 'target', 'met'];
  const cells = rows.map((row) => [row.benchmark, row.figure, row.value, row.target ?? '', row.met === undefined ? '' : row.met ? 'yes' : 'NO']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const line = (values: readonly string[]): string => `| ${values.map((value, column) => value.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.map(line)].join('\n');
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
