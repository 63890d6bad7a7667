import { positions } from './position.js';
import { scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

const TOML_SYNTAX: StringSyntax = { quotes: `"'`, escaping: '"', interpolating: '', triple: true, lineComments: ['#'], blockComments: false, keyMarks: '=.]' };

/** The string values of a TOML file: not keys (`"a.b" = …`, `[table."name"]`). */
export function extractToml(text: string): Extraction {
  const at = positions(text);
  const candidates: Candidate[] = [];
  for (const token of scanStrings(text, TOML_SYNTAX)) {
    if (!token.key) candidates.push({ value: token.value, ...at(token.start), ...(token.keys ? { keys: token.keys } : {}) });
  }
  return { candidates };
}
