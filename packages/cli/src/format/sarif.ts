import { type BedrockCatalog } from '@bedrock-models/catalog';
import { CLI_RULE_DESCRIPTIONS, CLI_RULES, CLI_SEVERITY, UNUSED_SUPPRESSION, type CliRule } from '../scan/rules.js';
import type { ScanResult } from '../scan/scan.js';

const DOCS_URL = 'https://github.com/bedrock-models/bedrock-models/blob/main/packages/eslint-plugin/docs/rules/';
const INFORMATION_URI = 'https://github.com/bedrock-models/bedrock-models/tree/main/packages/cli';

/**
 * A SARIF 2.1.0 log (`--format sarif`) for GitHub code scanning: one run, the rules with their
 * descriptions, help links and default levels, and one result per finding with its physical location
 * (paths relative to the working directory, which in CI is the repository root). Skipped files become
 * tool execution notifications.
 */
export function sarifReport(result: ScanResult, catalog: BedrockCatalog, version: string): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bedrock-models',
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: CLI_RULES.map((rule) => ({
              id: rule,
              name: pascalCase(rule),
              shortDescription: { text: CLI_RULE_DESCRIPTIONS[rule] },
              fullDescription: { text: `${CLI_RULE_DESCRIPTIONS[rule]}. Judged against the @bedrock-models/catalog of ${catalog.date}.` },
              helpUri: helpUri(rule),
              help: { text: `See ${helpUri(rule)}` },
              defaultConfiguration: { level: CLI_SEVERITY[rule] },
              properties: {
                tags: ['bedrock', rule === UNUSED_SUPPRESSION ? 'maintainability' : 'correctness'],
                precision: 'high',
                'problem.severity': CLI_SEVERITY[rule],
              },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.notes.map((note) => ({
              level: 'note',
              message: { text: `${note.path}: ${note.message}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(note.path), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The directory bedrock-models check ran in.' } } },
        columnKind: 'utf16CodeUnits',
        results: result.reports.flatMap((file) =>
          file.problems.map((problem) => ({
            ruleId: problem.rule,
            ruleIndex: CLI_RULES.indexOf(problem.rule),
            level: problem.severity,
            message: { text: problem.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: encodeUri(file.path), uriBaseId: '%SRCROOT%' },
                  region: { startLine: problem.line, startColumn: problem.column },
                },
              },
            ],
            properties: { id: problem.id, regions: problem.regions, suggestions: problem.suggestions },
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// The judgement's rules are documented with the ESLint rules; the CLI's own rule in the CLI's README.
function helpUri(rule: CliRule): string {
  return rule === UNUSED_SUPPRESSION ? `${INFORMATION_URI}#inline-suppressions` : `${DOCS_URL}${rule}.md`;
}

// `no-unknown-model-id` → `NoUnknownModelId`
function pascalCase(rule: string): string {
  return rule.replace(/(?:^|-)([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

// A relative path as a URI reference: each segment percent-encoded, `/` kept.
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
