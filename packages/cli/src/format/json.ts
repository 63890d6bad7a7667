import type { BedrockCatalog } from '@bedrock-models/catalog';
import type { ScanResult } from '../scan/scan.js';

/**
 * The machine-readable report (`--format json`): counts, every file with findings and each finding's
 * rule, severity, message, the reference, the regions judged and the suggested replacements, and the files
 * skipped. Deterministic: no timings, no absolute paths.
 */
export function jsonReport(result: ScanResult, catalog: BedrockCatalog): string {
  const report = {
    catalog: { generatedAt: catalog.data.generatedAt, source: catalog.data.source },
    filesChecked: result.filesChecked,
    errorCount: result.errorCount,
    warningCount: result.warningCount,
    results: result.reports.map((file) => ({
      path: file.path,
      problems: file.problems.map((problem) => ({
        line: problem.line,
        column: problem.column,
        rule: problem.rule,
        severity: problem.severity,
        messageId: problem.messageId,
        message: problem.message,
        id: problem.id,
        regions: problem.regions,
        suggestions: problem.suggestions,
      })),
    })),
    notes: result.notes,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
