import { templateParts } from './json.js';
import { readString, scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

// Inside block scalars (`ZipFile: |` inline code, `>` folded text): the quoted strings of the code they hold.
const CODE_SYNTAX: StringSyntax = { quotes: `"'`, escaping: `"'`, interpolating: '', triple: false, lineComments: [], blockComments: false, keyMarks: '' };
const DOUBLE = { escaping: '"', interpolating: '', triple: false };

/**
 * The scalar values of a YAML file, line by line (the indentation-based structure needs no full parse to
 * find values): `key: value`, `- value`, quoted and plain scalars, flow collections (`[a, b]`, `{k: v}`),
 * tags (`!Sub "…${AWS::Region}…"`, whose `${…}` marks a template), and quoted strings inside block scalars.
 */
export function extractYaml(text: string): Extraction {
  const candidates: Candidate[] = [];
  let blockIndent = -1;
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineNumber = index + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || indent > blockIndent) {
        for (const token of scanStrings(line, CODE_SYNTAX)) candidates.push({ value: token.value, line: lineNumber, column: token.start + 1 });
        return;
      }
      blockIndent = -1;
    }
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%') || trimmed.startsWith('---') || trimmed.startsWith('...')) return;
    let position = indent;
    while (line[position] === '-' && (line[position + 1] === ' ' || position + 1 === line.length)) position = skipSpaces(line, position + 1);
    if (line[position] !== '[' && line[position] !== '{') {
      const colon = mappingColon(line, position);
      if (colon >= 0) position = skipSpaces(line, colon + 1);
    }
    if (readValue(line, position, lineNumber, candidates) === 'block') blockIndent = indent;
  });
  return { candidates };
}

// Reads the value starting at `position`; says when it opens a block scalar.
function readValue(line: string, start: number, lineNumber: number, into: Candidate[]): 'block' | 'done' {
  let position = start;
  // Tags and anchors: `!Sub`, `!!str`, `&default`.
  while (line[position] === '!' || line[position] === '&') {
    const space = line.indexOf(' ', position);
    if (space < 0) return 'done';
    position = skipSpaces(line, space);
  }
  const first = line[position];
  if (first === undefined || first === '#' || first === '*') return 'done';
  if (first === '|' || first === '>') return 'block';
  if (first === '[' || first === '{') {
    flow(line, position, lineNumber, into);
    return 'done';
  }
  const scalar = readScalar(line, position, line.length);
  if (scalar) into.push({ value: scalar.value, line: lineNumber, column: position + 1, ...(scalar.quote === "'" ? {} : templateParts(scalar.value)) });
  return 'done';
}

// The items of a flow collection on one line: `[a, "b"]`, `{ k: v, k2: [c] }`.
function flow(line: string, start: number, lineNumber: number, into: Candidate[]): void {
  let position = start;
  while (position < line.length) {
    const char = line[position]!;
    if (char === '#' && line[position - 1] === ' ') return;
    if ('[]{},'.includes(char) || char === ' ') {
      position++;
      continue;
    }
    let end = itemEnd(line, position);
    const colon = mappingColon(line.slice(0, end), position);
    let itemStart = position;
    if (colon >= 0) itemStart = skipSpaces(line, colon + 1);
    if (line[itemStart] === '[' || line[itemStart] === '{') {
      position = itemStart;
      continue;
    }
    end = Math.max(end, itemEnd(line, itemStart));
    const scalar = readScalar(line, itemStart, end);
    if (scalar) into.push({ value: scalar.value, line: lineNumber, column: itemStart + 1, ...(scalar.quote === "'" ? {} : templateParts(scalar.value)) });
    position = Math.max(end, itemStart + 1);
  }
}

// Where a flow item starting at `start` ends: the next `,`, `]` or `}` outside quotes.
function itemEnd(line: string, start: number): number {
  let position = start;
  while (position < line.length) {
    const char = line[position]!;
    if (char === '"' || char === "'") position = quotedEnd(line, position);
    else if (char === ',' || char === ']' || char === '}') return position;
    else position++;
  }
  return position;
}

// A quoted or plain scalar from `start`, up to `end` (plain scalars stop at ` #`).
function readScalar(line: string, start: number, end: number): { value: string; quote: string | null } | null {
  const first = line[start];
  if (first === '"') return { value: readString(line, start, DOUBLE).value, quote: '"' };
  if (first === "'") return { value: line.slice(start + 1, quotedEnd(line, start) - 1).replace(/''/g, "'"), quote: "'" };
  let text = line.slice(start, end);
  const comment = text.search(/[ \t]#/);
  if (comment >= 0) text = text.slice(0, comment);
  text = text.trimEnd();
  return text === '' ? null : { value: text, quote: null };
}

// The index after a quoted scalar that opens at `start` (`''` is an escaped quote in single-quoted YAML).
function quotedEnd(line: string, start: number): number {
  const quote = line[start]!;
  let position = start + 1;
  while (position < line.length) {
    const char = line[position]!;
    if (quote === '"' && char === '\\') position += 2;
    else if (char === quote && quote === "'" && line[position + 1] === "'") position += 2;
    else if (char === quote) return position + 1;
    else position++;
  }
  return position;
}

// The index of the `:` that ends a mapping key starting at `start`, or -1 when the text is no `key:`.
function mappingColon(line: string, start: number): number {
  let position = start;
  if (line[position] === '"' || line[position] === "'") {
    position = quotedEnd(line, position);
    position = skipSpaces(line, position);
    return line[position] === ':' && isColonEnd(line, position) ? position : -1;
  }
  while (position < line.length) {
    const char = line[position]!;
    if (char === '#' && (position === start || line[position - 1] === ' ')) return -1;
    if (char === ':' && isColonEnd(line, position)) return position;
    position++;
  }
  return -1;
}

function isColonEnd(line: string, position: number): boolean {
  const next = line[position + 1];
  return next === undefined || next === ' ' || next === '\t' || next === ',' || next === '}' || next === ']';
}

function skipSpaces(line: string, position: number): number {
  let index = position;
  while (line[index] === ' ' || line[index] === '\t') index++;
  return index;
}
