/** One problem the data lint found: where (a JSON pointer into the catalog), which check, and what is wrong. */
export interface LintIssue {
  path: string;
  check: string;
  message: string;
}

/** `/models/anthropic.claude…` with `~` and `/` escaped as JSON Pointer requires. */
export function pointer(...parts: string[]): string {
  return parts.map((part) => `/${part.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
