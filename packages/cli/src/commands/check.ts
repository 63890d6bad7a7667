import type { BedrockCatalog } from '@bedrock-models/catalog';
import { choice, UsageError, type ParsedArgs } from '../args.js';
import { githubReport } from '../format/github.js';
import { jsonReport } from '../format/json.js';
import { sarifReport } from '../format/sarif.js';
import { stylishFile, stylishSummary } from '../format/stylish.js';
import type { Io } from '../io.js';
import { loadCapabilities, readRegionFlags, readTodayFlag } from '../load-catalog.js';
import { DEFAULT_MAX_FILE_SIZE, scan, scanFiles, type ScanNote, type ScanOptions } from '../scan/scan.js';
import type { UnusedSuppressionLevel } from '../scan/suppressions.js';
import type { Palette } from '../terminal/colour.js';
import { readApplicationProfileFlags } from './application-profiles.js';
import { readDays } from './options.js';

/** `--report-unused-suppressions`, as ESLint's `--report-unused-disable-directives-severity` spells its levels. */
const UNUSED_LEVELS: Readonly<Record<string, UnusedSuppressionLevel>> = { off: 'off', warn: 'warning', warning: 'warning', error: 'error' };

/** `bedrock-models check [paths…]`: exit 1 when an error-severity finding exists, 0 otherwise. */
export function check(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette, version: string): number {
  const format = choice(args, 'format', ['stylish', 'json', 'sarif', 'github'] as const, 'stylish');
  const regions = readRegionFlags(args.lists.get('region') ?? [], catalog);
  const today = readTodayFlag(args.values.get('today'));
  const endOfLifeWithin = readDays(args, 'end-of-life-within');
  const level = args.values.get('report-unused-suppressions') ?? 'warn';
  const unusedSuppressions = Object.hasOwn(UNUSED_LEVELS, level) ? UNUSED_LEVELS[level]! : null;
  if (unusedSuppressions === null) throw new UsageError(`option '--report-unused-suppressions' must be one of off, warn, error, not '${level}'`);
  const size = args.values.get('max-file-size');
  const maxFileSize = size === undefined ? DEFAULT_MAX_FILE_SIZE : Number(size);
  if (!Number.isInteger(maxFileSize) || maxFileSize <= 0) throw new UsageError(`'--max-file-size' must be a number of bytes, not '${size}'`);
  for (const region of regions) {
    if (!catalog.knowsRegion(region)) io.stderr.write(`note: the catalog has no data for ${region}; region checks stay silent there\n`);
  }
  const options: ScanOptions = {
    paths: args.positionals,
    cwd: io.cwd,
    catalog,
    regions,
    allow: args.lists.get('allow') ?? [],
    applicationProfiles: readApplicationProfileFlags(args.lists.get('application-profile') ?? [], catalog),
    maxFileSize,
    unusedSuppressions,
    ...(today ? { today } : {}),
    ...(endOfLifeWithin === undefined ? {} : { ruleOptions: { warnDaysBeforeEndOfLife: endOfLifeWithin } }),
  };
  const capabilities = loadCapabilities(args.values.get('capabilities'), io.cwd);
  if (capabilities) options.capabilities = capabilities;
  const note = (item: ScanNote): void => void io.stderr.write(`note: ${item.path}: ${item.message}\n`);

  if (format !== 'stylish') {
    const result = scan(options);
    result.notes.forEach(note);
    io.stdout.write(format === 'json' ? jsonReport(result, catalog) : format === 'github' ? githubReport(result) : sarifReport(result, catalog, version));
    return result.errorCount > 0 ? 1 : 0;
  }
  // Stylish output streams: each file's findings are printed as soon as the file is judged.
  const counts = { errorCount: 0, warningCount: 0, filesChecked: 0 };
  let printed = false;
  for (const event of scanFiles(options)) {
    if (event.type === 'note') {
      note(event.note);
      continue;
    }
    counts.filesChecked++;
    const { problems } = event.report;
    if (problems.length === 0) continue;
    for (const problem of problems) {
      if (problem.severity === 'error') counts.errorCount++;
      else counts.warningCount++;
    }
    io.stdout.write(`${printed ? '\n' : ''}${stylishFile(event.report, paint)}`);
    printed = true;
  }
  io.stdout.write(stylishSummary(counts, paint));
  return counts.errorCount > 0 ? 1 : 0;
}
