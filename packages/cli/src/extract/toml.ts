import { pairModelsWithRegions, type Member } from './pairs.js';
import { positions } from './position.js';
import { scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

const TOML_SYNTAX: StringSyntax = { quotes: `"'`, escaping: '"', interpolating: '', triple: true, lineComments: ['#'], blockComments: false, keyMarks: '=.]' };

const TABLE_HEADER = /^[ \t]*\[/gm;

/**
 * The string values of a TOML file: not keys (`"a.b" = …`, `[table."name"]`). A `region` in a table names where the
 * table's model IDs are called.
 */
export function extractToml(text: string): Extraction {
  const at = positions(text);
  const candidates: Candidate[] = [];
  const headers = [...text.matchAll(TABLE_HEADER)].map((match) => match.index);
  const tables = new Map<number, Array<Member<Candidate>>>();
  for (const token of scanStrings(text, TOML_SYNTAX)) {
    if (token.key) continue;
    const candidate: Candidate = { value: token.value, ...at(token.start), ...(token.keys ? { keys: token.keys } : {}) };
    candidates.push(candidate);
    const own = token.keys?.[0];
    if (own === undefined) continue;
    const table = headers.filter((start) => start < token.start).length;
    tables.set(table, [...(tables.get(table) ?? []), { key: own, value: token.value, item: candidate }]);
  }
  for (const members of tables.values()) pairModelsWithRegions(members, (candidate, regions) => (candidate.beside = regions));
  return { candidates };
}
