// The programmatic API of the bedrock-models CLI: the scan that `bedrock-models check` runs (for the
// benchmarks and for tools that want findings as data), and the command line itself.
export { main, USAGE } from './main.js';
export type { Io } from './io.js';
export {
  checkText,
  DEFAULT_MAX_FILE_SIZE,
  scan,
  scanFiles,
  type CheckTextOptions,
  type FileReport,
  type ScanEvent,
  type ScanNote,
  type ScanOptions,
  type ScanResult,
} from './scan/scan.js';
export { RULES, SEVERITY, type Problem, type Severity } from './scan/judge.js';
export { CLI_RULES, UNUSED_SUPPRESSION, type CliRule, type ReportedProblem } from './scan/rules.js';
export { applySuppressions, findSuppressions, type Suppression, type UnusedSuppressionLevel } from './scan/suppressions.js';
export { explainError, type Explanation } from './explain/explain.js';
export { McpServer, PROTOCOL_VERSIONS } from './mcp/server.js';
export { extractorFor } from './extract/index.js';
export { jsonReport } from './format/json.js';
export { sarifReport } from './format/sarif.js';
export { githubReport } from './format/github.js';
