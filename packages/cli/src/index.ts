// The programmatic API of the bedrock-models CLI: the scan that `bedrock-models check` runs (for the
// benchmarks and for tools that want findings as data), and the command line itself.
export { main, USAGE } from './main.js';
export type { Io } from './io.js';
export { DEFAULT_MAX_FILE_SIZE, scan, scanFiles, type FileReport, type ScanEvent, type ScanNote, type ScanOptions, type ScanResult } from './scan/scan.js';
export { RULES, SEVERITY, type Problem, type Severity } from './scan/judge.js';
export { extractorFor } from './extract/index.js';
export { jsonReport } from './format/json.js';
export { sarifReport } from './format/sarif.js';
