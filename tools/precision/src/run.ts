import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import plugin from '@bedrock-models/eslint-plugin';
import { testCatalog } from '@bedrock-models/test-catalog';
import tsParser from '@typescript-eslint/parser';
import { scan } from 'bedrock-models';
import { ESLint, type Linter } from 'eslint';

/** The corpus folder. */
export const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
/** Where the corpus says its code runs: the README's configuration. */
export const REGIONS = ['us-east-1'];
/** Files the ESLint plugin lints; the CLI reads the rest. */
export const CODE_FILE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

/** One finding of a tool: where, and which rule (with the severity the tool gave it). */
export interface ToolFinding {
  file: string;
  line: number;
  rule: string;
  severity: 'error' | 'warning';
  message: string;
}

/** Lints the corpus's JS/TS files with `configs.recommended` and `regions: ['us-east-1']`, as the README configures the plugin. */
export async function runPlugin(catalog: Catalog = readCatalog()): Promise<ToolFinding[]> {
  const config: Linter.Config[] = [
    { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser as Linter.Parser } },
    plugin.configs.recommended as Linter.Config,
    { settings: { 'bedrock-models': { regions: REGIONS, catalog } } },
  ];
  const eslint = new ESLint({ cwd: CORPUS, overrideConfigFile: true, overrideConfig: config, ignore: false, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs', '**/*.cjs']);
  const findings: ToolFinding[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      const file = relative(CORPUS, result.filePath).split('\\').join('/');
      if (message.fatal || message.ruleId === null) throw new Error(`${file}:${message.line}: ${message.message}`);
      findings.push({
        file,
        line: message.line,
        rule: message.ruleId.replace('@bedrock-models/', ''),
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
      });
    }
  }
  return findings;
}

/** Scans the whole corpus with the CLI's `scan` and `regions: ['us-east-1']` (what `bedrock-models check --region us-east-1` does). */
export function runCli(catalog: Catalog = readCatalog()): ToolFinding[] {
  const result = scan({ cwd: CORPUS, regions: REGIONS, catalog: BedrockCatalog.of(catalog) });
  return result.reports.flatMap((report) =>
    report.problems.map((problem) => ({ file: report.path, line: problem.line, rule: problem.rule, severity: problem.severity, message: problem.message })),
  );
}

/**
 * The pinned test catalog the rule tests use (2026-03-04, six regions), so that a nightly data release never changes
 * what the corpus must report.
 */
export function readCatalog(): Catalog {
  return testCatalog as Catalog;
}

/** The absolute path of a corpus file. */
export function corpusPath(file: string): string {
  return join(CORPUS, file);
}
