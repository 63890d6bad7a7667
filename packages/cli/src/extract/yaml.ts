import { extractWords } from './code.js';
import { templateParts } from './json.js';
import { pairModelsWithRegions, type Member } from './pairs.js';
import { readString, scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

// Inside block scalars (`ZipFile: |` inline code, an AppSync resolver's JavaScript, `>` folded text): the quoted and
// back-tick strings of the code they hold; a template's `${…}` parts are judged on their own.
const CODE_SYNTAX: StringSyntax = { quotes: '"\'`', escaping: '"\'`', interpolating: '`', triple: false, lineComments: [], blockComments: false, keyMarks: '' };
// Block scalars that hold shell commands (CI steps, buildspecs, container commands): their words too, since
// `--parameters BedrockModelId=us.anthropic…` passes IDs unquoted.
const SHELL_KEYS = new Set(['run', 'script', 'commands', 'command', 'cmd', 'entrypoint', 'args', 'pre_build', 'build', 'post_build', 'install']);
const DOUBLE = { escaping: '"', interpolating: '', triple: false };
const KEY_VALUE = /(?:^|\s)[A-Za-z_][\w.-]*=[^\s=]/;

/**
 * The scalar values of a YAML file, line by line (the indentation-based structure needs no full parse to
 * find values): `key: value`, `- value`, quoted and plain scalars, flow collections (`[a, b]`, `{k: v}`),
 * tags (`!Sub "…${AWS::Region}…"`, whose `${…}` marks a template), and quoted strings inside block scalars.
 */
export function extractYaml(text: string): Extraction {
  const candidates: Candidate[] = [];
  let block: { indent: number; shell: boolean; keys: string[] } | null = null;
  // The mapping keys open above the current line, outermost first, with the indentation of each.
  const open: Array<{ indent: number; key: string }> = [];
  // The values of each mapping under their own keys (by the entry that opened the mapping), for `{ modelId, region }` pairs.
  const root = { indent: -1, key: '' };
  const mappings = new Map<object, Array<Member<Candidate>>>();
  text.split('\n').forEach((rawLine, index) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineNumber = index + 1;
    const indent = line.length - line.trimStart().length;
    if (block) {
      if (line.trim() === '' || indent > block.indent) {
        const keys = block.keys;
        const found = block.shell ? extractWords(line).candidates.map((word) => ({ ...word, line: lineNumber })) : [];
        for (const token of scanStrings(line, CODE_SYNTAX)) {
          if (!found.some((word) => word.column === token.start + 2 || word.value === token.value))
            found.push({ value: token.value, line: lineNumber, column: token.start + 1, ...(token.parts ? { parts: token.parts } : {}) });
        }
        candidates.push(...found.map((candidate) => ({ ...candidate, keys })));
        return;
      }
      block = null;
    }
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('%') || trimmed.startsWith('---') || trimmed.startsWith('...')) return;
    while (open.length > 0 && open.at(-1)!.indent >= indent) open.pop();
    let position = indent;
    while (line[position] === '-' && (line[position + 1] === ' ' || position + 1 === line.length)) position = skipSpaces(line, position + 1);
    let key: string | null = null;
    if (line[position] !== '[' && line[position] !== '{') {
      const colon = mappingColon(line, position);
      if (colon >= 0) {
        key = unquote(line.slice(position, colon).trim());
        position = skipSpaces(line, colon + 1);
      }
    }
    const keys = [...(key === null ? [] : [key]), ...open.map((entry) => entry.key).reverse()];
    // `- modelId: …` and the keys below it: a field of a list item, as registries and menus are written.
    const listed = key !== null && (line[indent] === '-' || open.at(-1)?.key === '');
    const item = key !== null && line[indent] === '-' ? { indent, key: '' } : null;
    const before = candidates.length;
    const read = readValue(line, position, lineNumber, candidates, keys, listed);
    if (key !== null && read === 'done' && candidates.length === before + 1) {
      const mapping = item ?? open.at(-1) ?? root;
      mappings.set(mapping, [...(mappings.get(mapping) ?? []), { key, value: candidates[before]!.value, item: candidates[before]! }]);
    }
    if (read === 'block') block = { indent, shell: key !== null && SHELL_KEYS.has(key), keys };
    // A key with nothing after it opens a mapping or a list of the lines below; a `- key:` item opens its own mapping too.
    if (key !== null && (read === 'empty' || read === 'block')) open.push({ indent: position > indent && line[indent] === '-' ? position : indent, key });
    else if (item) open.push(item);
  });
  for (const members of mappings.values()) pairModelsWithRegions(members, (candidate, regions) => (candidate.beside = regions));
  return { candidates };
}

// A one-line command under a shell key, or `Key=value` tokens (`--parameter-overrides` lists): read as shell words.
function isCommandLine(value: string, keys: readonly string[]): boolean {
  if (KEY_VALUE.test(value)) return true;
  return /\s/.test(value) && keys[0] !== undefined && SHELL_KEYS.has(keys[0]);
}

function unquote(key: string): string {
  return (key.startsWith('"') && key.endsWith('"')) || (key.startsWith("'") && key.endsWith("'")) ? key.slice(1, -1) : key;
}

// Reads the value starting at `position`; says when it opens a block scalar.
function readValue(line: string, start: number, lineNumber: number, into: Candidate[], keys: readonly string[], listed: boolean): 'block' | 'empty' | 'done' {
  let position = start;
  // Tags and anchors: `!Sub`, `!!str`, `&default`.
  while (line[position] === '!' || line[position] === '&') {
    const space = line.indexOf(' ', position);
    if (space < 0) return 'done';
    position = skipSpaces(line, space);
  }
  const first = line[position];
  if (first === undefined || first === '#') return 'empty';
  if (first === '*') return 'done';
  if (first === '|' || first === '>') return 'block';
  if (first === '[' || first === '{') {
    flow(line, position, lineNumber, into, keys);
    return 'done';
  }
  const scalar = readScalar(line, position, line.length);
  if (!scalar) return 'done';
  if (isCommandLine(scalar.value, keys)) {
    // `- aws bedrock … --model-id …` under `commands:`, `- BedrockModelId=…` under `parameter_overrides:`: the words.
    const offset = position + (scalar.quote === null ? 0 : 1);
    for (const word of extractWords(scalar.value).candidates) into.push({ ...word, line: lineNumber, column: offset + word.column, keys });
    return 'done';
  }
  into.push({
    value: scalar.value,
    line: lineNumber,
    column: position + 1,
    keys,
    ...(listed ? { listed } : {}),
    ...(scalar.quote === "'" ? {} : templateParts(scalar.value)),
  });
  return 'done';
}

// The items of a flow collection on one line: `[a, "b"]`, `{ k: v, k2: [c] }`.
function flow(line: string, start: number, lineNumber: number, into: Candidate[], keys: readonly string[]): void {
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
    let itemKeys = keys;
    if (colon >= 0) {
      itemKeys = [unquote(line.slice(position, colon).trim()), ...keys];
      itemStart = skipSpaces(line, colon + 1);
    }
    if (line[itemStart] === '[' || line[itemStart] === '{') {
      position = itemStart;
      continue;
    }
    end = Math.max(end, itemEnd(line, itemStart));
    const scalar = readScalar(line, itemStart, end);
    if (scalar)
      into.push({ value: scalar.value, line: lineNumber, column: itemStart + 1, keys: itemKeys, ...(scalar.quote === "'" ? {} : templateParts(scalar.value)) });
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
