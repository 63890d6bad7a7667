import type { ScanResult } from '../scan/scan.js';

// GitHub Actions workflow commands: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
// ("Setting an error message", "Setting a warning message"). The runner reads `%`, CR and LF escaped in
// the message, and additionally `:` and `,` in property values, where they would end the value.

/** Escapes a workflow command's message. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`file=…`, `title=…`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command: `::error file=a.py,line=3,col=9,title=…::message`. */
export function workflowCommand(command: 'error' | 'warning' | 'notice', properties: Readonly<Record<string, string | number>>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * The report as GitHub Actions annotations (`--format github`): one `::error` or `::warning` command per
 * finding, with its file, line, column and rule, so a pull request shows each finding on the line it is
 * about without code scanning. Skipped files become `::notice` commands. Paths are relative to the working
 * directory, which in a workflow is the repository root.
 */
export function githubReport(result: ScanResult): string {
  const lines: string[] = [];
  for (const file of result.reports) {
    for (const problem of file.problems) {
      lines.push(
        workflowCommand(
          problem.severity,
          { file: file.path, line: problem.line, col: problem.column, title: `bedrock-models ${problem.rule}` },
          problem.message,
        ),
      );
    }
  }
  for (const note of result.notes) lines.push(workflowCommand('notice', { file: note.path, title: 'bedrock-models' }, note.message));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
