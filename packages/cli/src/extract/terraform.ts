import { templateParts } from './json.js';
import { positions } from './position.js';
import { scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

const HCL_SYNTAX: StringSyntax = {
  quotes: '"',
  escaping: '"',
  interpolating: '"',
  triple: false,
  lineComments: ['#', '//'],
  blockComments: true,
  keyMarks: '=:',
};
const HEREDOC = /<<-?\s*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/g;

/**
 * The string values of a Terraform (HCL) file: quoted strings, and the strings inside heredocs (inline JSON
 * policies); `${…}` interpolations mark templates.
 */
export function extractTerraform(text: string): Extraction {
  const candidates: Candidate[] = [];
  const at = positions(text);
  let from = 0;
  for (const heredoc of text.matchAll(HEREDOC)) {
    if (heredoc.index < from) continue;
    const bodyStart = heredoc.index + heredoc[0].length;
    const closing = new RegExp(`^[ \\t]*${heredoc[1]!}[ \\t]*$`, 'm');
    const match = closing.exec(text.slice(bodyStart));
    const bodyEnd = match ? bodyStart + match.index : text.length;
    collect(text, from, heredoc.index, at, candidates);
    collect(text, bodyStart, bodyEnd, at, candidates);
    from = match ? bodyEnd + match[0].length : text.length;
  }
  collect(text, from, text.length, at, candidates);
  return { candidates };
}

function collect(text: string, start: number, end: number, at: ReturnType<typeof positions>, into: Candidate[]): void {
  if (end <= start) return;
  for (const token of scanStrings(text.slice(start, end), HCL_SYNTAX)) {
    if (token.key) continue;
    into.push({
      value: token.value,
      ...at(start + token.start),
      ...(token.keys ? { keys: token.keys } : {}),
      ...(token.beside ? { beside: token.beside } : {}),
      ...(token.parts ? { parts: token.parts } : templateParts(token.value)),
    });
  }
}
