import type { Palette } from '../terminal/colour.js';
import type { FileReport } from '../scan/scan.js';

/**
 * One file's findings, ESLint-stylish but with the path on every line so terminals and editors link
 * straight to the place: `path:line:col  severity  message  (rule)`, columns aligned within the file.
 */
export function stylishFile(report: FileReport, paint: Palette): string {
  const locations = report.problems.map((problem) => `${report.path}:${problem.line}:${problem.column}`);
  const width = Math.max(...locations.map((location) => location.length));
  const lines = report.problems.map((problem, index) => {
    const severity = problem.severity === 'error' ? paint.red('error  ') : paint.yellow('warning');
    return `${locations[index]!.padEnd(width)}  ${severity}  ${problem.message}  ${paint.dim(`(${problem.rule})`)}`;
  });
  return `${lines.join('\n')}\n`;
}

/** The closing line: `✖ 3 problems (1 error, 2 warnings)`, or how many files were clean. */
export function stylishSummary(counts: { errorCount: number; warningCount: number; filesChecked: number }, paint: Palette): string {
  const total = counts.errorCount + counts.warningCount;
  if (total === 0) return `${paint.green('✔')} No problems in ${plural(counts.filesChecked, 'file')} checked.\n`;
  const text = `✖ ${plural(total, 'problem')} (${plural(counts.errorCount, 'error')}, ${plural(counts.warningCount, 'warning')})`;
  return `\n${paint.bold(counts.errorCount > 0 ? paint.red(text) : paint.yellow(text))}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
