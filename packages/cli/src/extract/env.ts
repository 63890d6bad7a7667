import { templateParts } from './json.js';
import type { Candidate, Extraction } from './types.js';

const ASSIGNMENT = /^([ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*)(.*)$/;

/** The values of a `.env` file: `KEY=value`, `export KEY="value"`, `KEY='value' # comment`. */
export function extractEnv(text: string): Extraction {
  const candidates: Candidate[] = [];
  text.split('\n').forEach((line, index) => {
    const match = ASSIGNMENT.exec(line.replace(/\r$/, ''));
    if (!match) return;
    const column = match[1]!.length + 1;
    const raw = match[3]!;
    const quote = raw[0];
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = raw.indexOf(quote, 1);
      value = raw.slice(1, end < 0 ? undefined : end);
    } else {
      value = raw.replace(/[ \t]+#.*$/, '').trim();
    }
    if (value !== '') candidates.push({ value, line: index + 1, column, keys: [match[2]!], ...(quote === "'" ? {} : templateParts(value)) });
  });
  return { candidates };
}
