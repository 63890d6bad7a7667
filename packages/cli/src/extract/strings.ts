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
}

/** A string literal: its value, where it starts, its static parts when it interpolates, and whether it is a key. */
export interface StringToken {
  value: string;
  start: number;
  end: number;
  parts?: string[];
  key: boolean;
}

/**
 * Finds the string literals of `text` (skipping comments), for the formats whose values are quoted strings:
 * JSON, TOML, Terraform, and code in Markdown blocks. A single pass over the characters.
 */
export function scanStrings(text: string, syntax: StringSyntax): StringToken[] {
  const tokens: StringToken[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const char = text[index]!;
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
      index++;
      continue;
    }
    const token = readString(text, index, syntax);
    const after = skipBlanks(text, token.end);
    const mark = text[after];
    token.key = mark !== undefined && syntax.keyMarks.includes(mark) && !(mark === '=' && text[after + 1] === '=');
    tokens.push(token);
    index = token.end;
  }
  return tokens;
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

function skipBlanks(text: string, index: number): number {
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return index;
}
