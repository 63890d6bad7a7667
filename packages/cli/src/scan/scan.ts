import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { BedrockCatalog, getBundledCapabilitiesData } from '@bedrock-models/catalog';
import { extractorFor, EXTRACTORS, type Extractor } from '../extract/index.js';
import {
  capabilityLookup,
  looksGenerated,
  NO_APPLICATION_PROFILES,
  withApplicationProfiles,
  type ApplicationProfiles,
  type CapabilityLookup,
  type IdRuleOptions,
} from '@bedrock-models/judge';
import { CandidateJudge, type Problem } from './judge.js';
import { referencesIn, type FoundReference } from './references.js';
import { requestProblems } from './requests.js';
import type { ReportedProblem } from './rules.js';
import { applySuppressions, findSuppressions, suppresses, type UnusedSuppressionLevel } from './suppressions.js';
import { toPosix, walk } from './walk.js';

/** Files larger than this are skipped with a note (generated bundles, data dumps, lock files). */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const BINARY_PROBE = 8000;
// Configuration formats: their model keys stand for the call the configuration feeds (Markdown blocks are mostly such).
const CONFIGURATION = /\.(?:json|ya?ml|toml|tf|tfvars|md)$|(?:^|\/)\.env(?:\.|$)|\.env$/i;

/** What to scan and how to judge. */
export interface ScanOptions {
  /** Files and folders, relative to `cwd`; default: `cwd` itself. */
  paths?: readonly string[];
  /** Default: `process.cwd()`. Report paths are relative to it. */
  cwd?: string;
  /** Default: the bundled catalog. */
  catalog?: BedrockCatalog;
  /** Where the code runs when a file does not say (`--region`). */
  regions?: readonly string[];
  /** `YYYY-MM-DD` to judge lifecycle at; default: the catalog's own date. */
  today?: string;
  /** IDs to accept as known although the catalog does not list them. */
  allow?: readonly string[];
  /** Bytes; larger files are skipped with a note. Default {@link DEFAULT_MAX_FILE_SIZE}. */
  maxFileSize?: number;
  /** Options of the rules (e.g. `warnDaysBeforeEndOfLife`, which `--end-of-life-within` sets). */
  ruleOptions?: IdRuleOptions;
  /** How suppression comments that suppress nothing are reported (`--report-unused-suppressions`). Default `warning`. */
  unusedSuppressions?: UnusedSuppressionLevel;
  /** Also list every model reference of each file in its report (for `upcoming`). */
  collectReferences?: boolean;
  /** What each model accepts in a request, by which Python files' boto3 requests are judged; default: the data bundled with the catalog; null: no request judgements. */
  capabilities?: CapabilityLookup | null;
  /** What the user's application inference profiles copy from (`--application-profile`). */
  applicationProfiles?: ApplicationProfiles;
}

/** What {@link checkText} judges by: {@link ScanOptions} without the file-walking ones. */
export type CheckTextOptions = Omit<ScanOptions, 'paths' | 'cwd' | 'maxFileSize' | 'collectReferences'>;

/** The findings in one file, in order of position. */
export interface FileReport {
  /** Relative to `cwd`, `/`-separated. */
  path: string;
  problems: ReportedProblem[];
  /** With {@link ScanOptions.collectReferences}: every model reference in the file, in position order, except those whose `no-deprecated-model-id` findings are suppressed. */
  references?: FoundReference[];
}

/** A file that was not checked, and why. */
export interface ScanNote {
  path: string;
  reason: 'too-large' | 'binary' | 'unreadable' | 'unsupported';
  message: string;
}

/** What {@link scanFiles} yields, file by file, as it goes. */
export type ScanEvent = { type: 'file'; report: FileReport } | { type: 'note'; note: ScanNote };

/** The whole result of a scan. */
export interface ScanResult {
  /** How many files were read and judged. */
  filesChecked: number;
  /** The files with findings, in walk order. */
  reports: FileReport[];
  notes: ScanNote[];
  errorCount: number;
  warningCount: number;
}

/**
 * Scans files for Bedrock model references and judges them, yielding each file's report as soon as it is
 * done (so output can stream). Files are read one at a time, and only up to `maxFileSize`; a file whose
 * first bytes hold a NUL is binary and skipped; a file that mentions no provider is not parsed at all.
 */
export function* scanFiles(options: ScanOptions = {}): Generator<ScanEvent> {
  const cwd = options.cwd ?? process.cwd();
  const context = fileContext(options);
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  for (const file of walk(options.paths && options.paths.length > 0 ? options.paths : ['.'], cwd)) {
    const path = toPosix(relative(cwd, file)) || basename(file);
    const extractor = extractorFor(basename(file));
    if (!extractor) {
      yield { type: 'note', note: { path, reason: 'unsupported', message: 'not a kind of file check reads (.py .json .yaml .yml .tf .env .toml .md)' } };
      continue;
    }
    const read = readText(file, maxFileSize);
    if (typeof read !== 'string') {
      yield { type: 'note', note: { path, ...read } };
      continue;
    }
    yield { type: 'file', report: { path, ...checkFile(read, path, extractor, context, options.collectReferences === true) } };
  }
}

/**
 * Judges one text held in memory as `check` judges a file of that name (`snippet.py`, `template.yaml`):
 * the same extractor, judgement, suppressions and options. Null when `check` does not read files of that
 * kind. The MCP server's `check_code` tool answers with it.
 */
export function checkText(text: string, fileName: string, options: CheckTextOptions = {}): ReportedProblem[] | null {
  const extractor = extractorFor(basename(fileName));
  if (!extractor) return null;
  return checkFile(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, fileName, extractor, fileContext(options), false).problems;
}

/** What judging a file needs, built once per scan. */
interface FileContext {
  catalog: BedrockCatalog;
  capabilities: CapabilityLookup | null;
  judge: CandidateJudge;
  mayMention: RegExp;
  regions: readonly string[];
  unusedSuppressions: UnusedSuppressionLevel;
}

function fileContext(options: CheckTextOptions): FileContext {
  const catalog = options.catalog ?? BedrockCatalog.bundled();
  const regions = options.regions ?? [];
  const applicationProfiles = options.applicationProfiles ?? NO_APPLICATION_PROFILES;
  const given = options.capabilities === undefined ? capabilityLookup(getBundledCapabilitiesData()) : options.capabilities;
  const capabilities = given && withApplicationProfiles(given, applicationProfiles);
  const judge = new CandidateJudge({
    catalog,
    regions,
    today: options.today ?? catalog.date,
    allow: new Set(options.allow ?? []),
    capabilities,
    applicationProfiles,
    ...(options.ruleOptions ? { options: options.ruleOptions } : {}),
  });
  return {
    catalog,
    capabilities,
    judge,
    mayMention: prefilter(catalog),
    regions,
    unusedSuppressions: options.unusedSuppressions ?? 'warning',
  };
}

// One file's findings (`path` relative, `/`-separated): the judged candidates, then the file's suppression comments.
function checkFile(text: string, path: string, extractor: Extractor, context: FileContext, collect: boolean): Pick<FileReport, 'problems' | 'references'> {
  const judged: Problem[] = [];
  let references: FoundReference[] = [];
  if (context.mayMention.test(text)) {
    const kind = { generated: looksGenerated(path, text), configuration: CONFIGURATION.test(path) };
    const { candidates } = extractor(text);
    for (const candidate of candidates) judged.push(...context.judge.problems(candidate, kind));
    if (context.capabilities && extractor === EXTRACTORS['.py']) judged.push(...requestProblems(text, context.catalog, context.capabilities));
    judged.sort((a, b) => a.line - b.line || a.column - b.column);
    if (collect) {
      // A reference whose lifecycle findings are suppressed on its line is acknowledged: `upcoming` leaves it out too.
      const suppressions = findSuppressions(text, path);
      references = candidates
        .flatMap((candidate) => referencesIn(candidate, kind, context.judge))
        .filter((reference) => !suppresses(suppressions, reference.line, 'no-deprecated-model-id'));
    }
  }
  const problems = applySuppressions(text, path, judged, context.unusedSuppressions);
  return collect ? { problems, references } : { problems };
}

/** Scans and collects every report: {@link scanFiles} for callers that want the whole result (the benchmarks, the JSON and SARIF formats). */
export function scan(options: ScanOptions = {}): ScanResult {
  const result: ScanResult = { filesChecked: 0, reports: [], notes: [], errorCount: 0, warningCount: 0 };
  for (const event of scanFiles(options)) {
    if (event.type === 'note') {
      result.notes.push(event.note);
      continue;
    }
    result.filesChecked++;
    if (event.report.problems.length === 0) continue;
    result.reports.push(event.report);
    for (const problem of event.report.problems) {
      if (problem.severity === 'error') result.errorCount++;
      else result.warningCount++;
    }
  }
  return result;
}

// A file's text, or why it was not read: over the size limit (checked before reading), binary, unreadable.
function readText(file: string, maxFileSize: number): string | Omit<ScanNote, 'path'> {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(file, 'r');
    const { size } = fstatSync(descriptor);
    if (size > maxFileSize) return { reason: 'too-large', message: `skipped: ${formatSize(size)}, over the ${formatSize(maxFileSize)} limit` };
    const buffer = Buffer.allocUnsafe(size);
    let length = 0;
    while (length < size) {
      const count = readSync(descriptor, buffer, length, size - length, null);
      if (count === 0) break;
      length += count;
    }
    const bytes = buffer.subarray(0, length);
    if (bytes.subarray(0, BINARY_PROBE).includes(0)) return { reason: 'binary', message: 'skipped: binary file' };
    const text = bytes.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    return { reason: 'unreadable', message: `skipped: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * A cheap test before parsing: every model reference names a provider the catalog knows followed by a dot
 * (`anthropic.`, also inside `us.anthropic.…` and ARNs), and a Bedrock ARN says `:bedrock:`. A call's model
 * argument may be any name (`claude-3-5-haiku`, a typo), so `modelId` / `model_id` / `model=` also count.
 */
function prefilter(catalog: BedrockCatalog): RegExp {
  const providers = [...catalog.providers].filter((provider) => provider !== '').map((provider) => provider.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?:${providers.join('|')})\\.|:bedrock:|modelId|model_id|model\\s*=|foundationModel|modelIdentifier`, 'i');
}
