// Runs every rule of the plugin over real code nobody here wrote: every .js/.ts/.mjs/.cjs file under the
// workspace's node_modules (the pnpm store). Reports crashes (a rule throwing), parse failures (not ours),
// and every report with the text it points at, so a human can check that each one is a real model ID.
//
//   pnpm --filter @bedrock-models/eslint-plugin robustness [--limit N] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../src/index.js';

/** Files larger than this are skipped: minified bundles say nothing a smaller file does not. */
export const MAX_FILE_SIZE = 512 * 1024;
const EXTENSIONS = /\.(?:js|ts|mjs|cjs|mts|cts)$/;

export interface Crash {
  file: string;
  error: string;
}

export interface Finding {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  message: string;
  /** The source text the report points at. */
  text: string;
}

export interface RobustnessResult {
  files: number;
  parseErrors: number;
  crashes: Crash[];
  findings: Finding[];
}

/** Every candidate file under `root`, sorted, without following symbolic links. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (directory: string): void => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && EXTENSIONS.test(entry.name) && statSync(path).size <= MAX_FILE_SIZE) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

/** Every `step`-th file, so the sample spreads over all packages and is the same on every run. */
export function sample(files: readonly string[], size: number): string[] {
  if (files.length <= size) return [...files];
  const step = files.length / size;
  return Array.from({ length: size }, (_, index) => files[Math.floor(index * step)]!);
}

const typescript = /\.(?:ts|mts|cts)$/;

function configFor(file: string, settings: Record<string, unknown>): Linter.Config[] {
  const languageOptions: Linter.Config['languageOptions'] = typescript.test(file)
    ? { parser: tsParser as Linter.Parser, sourceType: 'module' }
    : { ecmaVersion: 'latest', sourceType: file.endsWith('.cjs') ? 'commonjs' : file.endsWith('.mjs') ? 'module' : 'script' };
  // Inline `eslint-disable` comments name other plugins' rules: ignore them, report only ours.
  const linterOptions: Linter.Config['linterOptions'] = { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' };
  return [
    { files: ['**/*.{js,mjs,cjs,ts,mts,cts}'], languageOptions, linterOptions },
    plugin.configs.all as Linter.Config,
    { settings: { 'bedrock-models': settings } },
  ];
}

/** Lints each file with every rule; a `.js` file that does not parse as a script is tried as a module. */
export function lintFiles(files: readonly string[], root: string, settings: Record<string, unknown> = { regions: ['us-east-1'] }): RobustnessResult {
  const linter = new Linter();
  const result: RobustnessResult = { files: files.length, parseErrors: 0, crashes: [], findings: [] };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const name = relative(root, file);
    try {
      // A neutral file name: ESLint ignores anything under node_modules by default.
      const virtual = `robustness/file${extname(file)}`;
      let messages = linter.verify(code, configFor(file, settings), virtual);
      if (messages[0]?.fatal && file.endsWith('.js')) {
        messages = linter.verify(code, [...configFor(file, settings), { languageOptions: { sourceType: 'module' } }], virtual);
      }
      if (messages[0]?.fatal) {
        result.parseErrors++;
        continue;
      }
      const lines = code.split('\n');
      for (const message of messages) {
        // Notes about inline configuration comments (disabled above) are ESLint's, not the rules'.
        if (message.ruleId === null) continue;
        const text =
          lines[message.line - 1]?.slice(message.column - 1, message.endLine === message.line ? (message.endColumn ?? message.column) - 1 : undefined) ?? '';
        result.findings.push({ file: name, ruleId: message.ruleId ?? '', line: message.line, column: message.column, message: message.message, text });
      }
    } catch (error) {
      result.crashes.push({ file: name, error: (error as Error).stack ?? String(error) });
    }
  }
  return result;
}

function main(): void {
  const args = process.argv.slice(2);
  const root = join(import.meta.dirname, '..', '..', '..', 'node_modules');
  const limitAt = args.indexOf('--limit');
  let files = listFiles(join(root, '.pnpm'));
  if (limitAt >= 0) files = sample(files, Number(args[limitAt + 1]));
  const started = performance.now();
  const result = lintFiles(files, root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (args.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const byRule = new Map<string, number>();
    for (const finding of result.findings) byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    console.log(
      `${result.files} files in ${seconds}s: ${result.crashes.length} crashes, ${result.parseErrors} parse errors, ${result.findings.length} reports`,
    );
    for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);
    for (const finding of result.findings)
      console.log(`${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} ${finding.text}\n    ${finding.message}`);
    for (const crash of result.crashes) console.log(`CRASH ${crash.file}\n${crash.error}`);
  }
  process.exitCode = result.crashes.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
