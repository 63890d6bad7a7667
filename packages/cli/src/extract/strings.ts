import { pairModelsWithRegions, type Member } from './pairs.js';

/** How a language writes strings and comments, for {@link scanStrings}. */
export interface StringSyntax {
  /** Quote characters that open a string. */
  quotes: string;
  /** Quotes whose strings decode backslash escapes (the others are literal). */
  escaping: string;
  /** Quotes whose strings interpolate `${…}`. */
  interpolating: string;
  /** `"""` and `'''` strings (TOML, Python docstrings). */
  triple: boolean;
  lineComments: readonly string[];
  blockComments: boolean;
  /** Characters that, right after a string, make it a key rather than a value (`"k": v`, `"k" = v`). */
  keyMarks: string;
  /**
   * When set, a key must also follow one of these characters (or start the text): JavaScript's `{ k: v, k2: v }`,
   * where a `:` after `a ? 'x'` ends a branch, not a key.
   */
  keyAfter?: string;
}

/** A string literal: its value, where it starts, its static parts when it interpolates, and whether it is a key. */
export interface StringToken {
  value: string;
  start: number;
  end: number;
  parts?: string[];
  key: boolean;
  /** For a value: the keys it stands under, innermost first (quoted keys, and bare `key =` / `key:` words). */
  keys?: string[];
  /** For a value: its object is an item of a list (`[{ "modelId": … }, …]`). */
  listed?: boolean;
  /** For a value under a model key: the regions a region key beside it names. */
  beside?: string[];
}

// An open `{`, `[` or `(`: the key it was opened under, and the last key seen inside it.
interface Container {
  opener: string;
  keyAtOpen: string | null;
  lastKey: string | null;
  /** The values of an object under their own keys, for `{ modelId, region }` pairs. */
  members: Array<Member<StringToken>>;
}

const OPENERS = '{[(';
const CLOSERS = '}])';
const WORD_START = /[A-Za-z_]/;
const WORD_CHAR = /[A-Za-z0-9_-]/;

/**
 * Finds the string literals of `text` (skipping comments), for the formats whose values are quoted strings:
 * JSON, TOML, Terraform, and code in Markdown blocks. A single pass over the characters.
 */
export function scanStrings(text: string, syntax: StringSyntax): StringToken[] {
  const tokens: StringToken[] = [];
  const length = text.length;
  const stack: Container[] = [{ opener: '', keyAtOpen: null, lastKey: null, members: [] }];
  let index = 0;
  // The last character seen outside comments and blanks: where a key may start (`keyAfter`).
  let last = '';
  while (index < length) {
    const char = text[index]!;
    const top = stack.at(-1)!;
    if (OPENERS.includes(char)) {
      stack.push({ opener: char, keyAtOpen: top.lastKey, lastKey: null, members: [] });
      last = char;
      index++;
      continue;
    }
    if (CLOSERS.includes(char)) {
      if (stack.length > 1) pairMembers(stack.pop()!);
      last = char;
      index++;
      continue;
    }
    if (syntax.keyMarks !== '' && WORD_START.test(char) && (index === 0 || !WORD_CHAR.test(text[index - 1]!))) {
      let end = index + 1;
      while (end < length && WORD_CHAR.test(text[end]!)) end++;
      const after = skipBlanks(text, end);
      const mark = text[after];
      if (
        mark !== undefined &&
        syntax.keyMarks.includes(mark) &&
        mark !== '.' &&
        mark !== ']' &&
        !(mark === '=' && text[after + 1] === '=') &&
        keyPlace(last, syntax)
      )
        top.lastKey = text.slice(index, end);
      last = 'a';
      index = end;
      continue;
    }
    if (syntax.blockComments && char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end < 0 ? length : end + 2;
      continue;
    }
    if (syntax.lineComments.some((comment) => text.startsWith(comment, index))) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? length : end;
      continue;
    }
    if (!syntax.quotes.includes(char)) {
      if (!/\s/.test(char)) last = char;
      index++;
      continue;
    }
    const token = readString(text, index, syntax);
    const after = skipBlanks(text, token.end);
    const mark = text[after];
    token.key = mark !== undefined && syntax.keyMarks.includes(mark) && !(mark === '=' && text[after + 1] === '=') && keyPlace(last, syntax);
    if (token.key) top.lastKey = token.value;
    else {
      token.keys = keysOf(stack);
      if (top.opener !== '[' && top.lastKey !== null) top.members.push({ key: top.lastKey, value: token.value, item: token });
      if (top.opener === '{' && stack.at(-2)?.opener === '[') token.listed = true;
      // The key is used up: the next value of this object stands under the next key.
      if (top.opener !== '[') top.lastKey = null;
    }
    tokens.push(token);
    last = '"';
    index = token.end;
  }
  stack.forEach(pairMembers);
  return tokens;
}

function pairMembers(container: Container): void {
  pairModelsWithRegions(container.members, (token, regions) => (token.beside = regions));
}

// The keys a value stands under: its own key (in an object, or at the top level), then each container's.
function keysOf(stack: readonly Container[]): string[] {
  const keys: string[] = [];
  const top = stack.at(-1)!;
  if (top.opener !== '[' && top.lastKey !== null) keys.push(top.lastKey);
  for (let index = stack.length - 1; index > 0; index--) {
    const key = stack[index]!.keyAtOpen;
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Reads the string whose opening quote is at `start`. */
export function readString(text: string, start: number, syntax: Pick<StringSyntax, 'escaping' | 'interpolating' | 'triple'>): StringToken {
  const quote = text[start]!;
  const triple = syntax.triple && text.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  const escapes = syntax.escaping.includes(quote);
  const interpolates = syntax.interpolating.includes(quote);
  const parts: string[] = [];
  let value = '';
  let part = '';
  let interpolated = false;
  let index = start + close.length;
  while (index < text.length) {
    if (text.startsWith(close, index)) {
      index += close.length;
      break;
    }
    const char = text[index]!;
    if (!triple && char === '\n') break;
    if (escapes && char === '\\' && index + 1 < text.length) {
      const decoded = unescape(text, index);
      value += decoded.text;
      part += decoded.text;
      index = decoded.end;
      continue;
    }
    if (interpolates && char === '$' && text[index + 1] === '{') {
      const end = interpolationEnd(text, index + 2);
      value += text.slice(index, end);
      parts.push(part);
      part = '';
      interpolated = true;
      index = end;
      continue;
    }
    value += char;
    part += char;
    index++;
  }
  if (interpolated) parts.push(part);
  return { value, start, end: index, ...(interpolated ? { parts } : {}), key: false };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

function unescape(text: string, index: number): { text: string; end: number } {
  const next = text[index + 1]!;
  if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) {
    return { text: String.fromCharCode(Number.parseInt(text.slice(index + 2, index + 6), 16)), end: index + 6 };
  }
  return { text: SIMPLE_ESCAPES[next] ?? next, end: index + 2 };
}

// The index after the `}` that closes an interpolation opened before `from`, stepping over nested braces and strings.
function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let index = from;
  while (index < text.length && depth > 0) {
    const char = text[index]!;
    if (char === '\n') return index;
    if (char === '"' || char === "'") {
      const end = text.indexOf(char, index + 1);
      index = end < 0 || text.lastIndexOf('\n', end) > index ? index + 1 : end + 1;
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}') depth--;
    index++;
  }
  return index;
}

// Whether a key may start after `last` (the character before it, blanks and comments aside): anywhere, or after `keyAfter`.
function keyPlace(last: string, syntax: StringSyntax): boolean {
  return syntax.keyAfter === undefined || last === '' || syntax.keyAfter.includes(last);
}

function skipBlanks(text: string, index: number): number {
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return index;
}
