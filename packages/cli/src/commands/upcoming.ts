import type { BedrockCatalog } from '@bedrock-models/catalog';
import { choice, type ParsedArgs } from '../args.js';
import { githubReport } from '../format/github.js';
import { sarifReport } from '../format/sarif.js';
import type { Io } from '../io.js';
import { readRegionFlags, readTodayFlag } from '../load-catalog.js';
import { upcomingFor, type UpcomingDate, type UpcomingEntry } from '../scan/upcoming.js';
import type { ReportedProblem } from '../scan/rules.js';
import { scanFiles, type FileReport, type ScanNote, type ScanResult } from '../scan/scan.js';
import type { Palette } from '../terminal/colour.js';
import { table } from '../terminal/table.js';
import { readApplicationProfileFlags } from './application-profiles.js';
import { readDays } from './options.js';

/** `--days` when not given: a quarter, the usual planning horizon. */
export const DEFAULT_UPCOMING_DAYS = 90;

const KIND_WORDS: Readonly<Record<UpcomingDate['kind'], string>> = { legacy: 'legacy', 'extended-access': 'extended access', 'end-of-life': 'end of life' };

/**
 * `bedrock-models upcoming [paths…] [--days N]`: every model reference in the code (found by the same scan
 * as `check`) whose model becomes LEGACY, enters extended access or reaches its end of life within N days
 * of the catalog's date (or `--today`), earliest first, with the replacement. Exit 1 when there is any.
 */
export function upcoming(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette, version: string): number {
  const format = choice(args, 'format', ['stylish', 'json', 'github', 'sarif'] as const, 'stylish');
  const days = readDays(args, 'days', DEFAULT_UPCOMING_DAYS);
  const today = readTodayFlag(args.values.get('today')) ?? catalog.date;
  const regions = readRegionFlags(args.lists.get('region') ?? [], catalog);
  const applicationProfiles = readApplicationProfileFlags(args.lists.get('application-profile') ?? [], catalog);
  const entries: UpcomingEntry[] = [];
  const notes: ScanNote[] = [];
  let filesChecked = 0;
  // Suppressions are for check's findings; upcoming lists every reference, so no unused ones are reported.
  for (const event of scanFiles({ paths: args.positionals, cwd: io.cwd, catalog, regions, today, collectReferences: true, unusedSuppressions: 'off' })) {
    if (event.type === 'note') {
      if (event.note.reason !== 'unsupported') notes.push(event.note);
      continue;
    }
    filesChecked++;
    for (const reference of event.report.references ?? []) {
      const entry = upcomingFor(reference, event.report.path, catalog, today, days, applicationProfiles);
      if (entry) entries.push(entry);
    }
  }
  for (const note of notes) io.stderr.write(`note: ${note.path}: ${note.message}\n`);
  entries.sort((a, b) => compare(a.dates[0]!.date, b.dates[0]!.date) || compare(a.path, b.path) || a.line - b.line || a.column - b.column);

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ catalog: { generatedAt: catalog.data.generatedAt }, today, days, filesChecked, upcoming: entries }, null, 2)}\n`);
  } else if (format === 'github' || format === 'sarif') {
    const result = asScanResult(entries, notes, filesChecked, today);
    io.stdout.write(format === 'github' ? githubReport(result) : sarifReport(result, catalog, version));
  } else {
    io.stdout.write(stylish(entries, { days, today, filesChecked }, paint));
  }
  return entries.length > 0 ? 1 : 0;
}

function stylish(entries: readonly UpcomingEntry[], run: { days: number; today: string; filesChecked: number }, paint: Palette): string {
  if (entries.length === 0) {
    return `${paint.green('✔')} No model in ${run.filesChecked} file${run.filesChecked === 1 ? '' : 's'} becomes legacy, enters extended access or reaches its end of life within ${run.days} days of ${run.today}.\n`;
  }
  const rows = entries
    .flatMap((entry) => entry.dates.map((date) => ({ entry, date })))
    .sort((a, b) => compare(a.date.date, b.date.date))
    .map(({ entry, date }) => [
      date.date,
      `in ${date.days} day${date.days === 1 ? '' : 's'}`,
      KIND_WORDS[date.kind],
      `${entry.path}:${entry.line}:${entry.column}`,
      entry.id,
      entry.replacements[0] ?? '—',
    ]);
  const lines = table(
    [
      { heading: 'DATE' },
      { heading: 'WHEN' },
      { heading: 'WHAT', paint: (text, padded) => (text === 'end of life' ? paint.red(padded) : paint.yellow(padded)) },
      { heading: 'WHERE' },
      { heading: 'MODEL' },
      { heading: 'REPLACEMENT' },
    ],
    rows,
    paint.bold,
  );
  const summary = `✖ ${entries.length} model reference${entries.length === 1 ? '' : 's'} with a lifecycle date within ${run.days} days of ${run.today}`;
  return `${lines.join('\n')}\n\n${paint.bold(paint.red(summary))}\n`;
}

/** The entries as findings of `no-deprecated-model-id`, for the annotation and SARIF formats. */
function asScanResult(entries: readonly UpcomingEntry[], notes: ScanNote[], filesChecked: number, today: string): ScanResult {
  const byPath = new Map<string, FileReport>();
  for (const entry of entries) {
    const what = entry.dates
      .map((date) => `${KIND_WORDS[date.kind]} on ${date.date}${date.region ? ` in ${date.region}` : ''} (${date.days} days after ${today})`)
      .join('; ');
    const instead = entry.replacements.length > 0 ? ` Replace with '${entry.replacements[0]}'.` : '';
    const problem: ReportedProblem = {
      line: entry.line,
      column: entry.column,
      rule: 'no-deprecated-model-id',
      severity: 'error',
      messageId: 'upcoming',
      message: `'${entry.modelId}' is due: ${what}.${instead}`,
      id: entry.id,
      regions: [...new Set(entry.dates.flatMap((date) => (date.region ? [date.region] : [])))],
      suggestions: entry.replacements,
    };
    const report = byPath.get(entry.path) ?? { path: entry.path, problems: [] };
    report.problems.push(problem);
    byPath.set(entry.path, report);
  }
  const reports = [...byPath.values()];
  for (const report of reports) report.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { filesChecked, reports, notes, errorCount: entries.length, warningCount: 0 };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
