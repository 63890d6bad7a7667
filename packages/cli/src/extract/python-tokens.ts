// Python's tokens as the extractors need them: names, strings (decoded, with an f-string's static parts and
// interpolations), numbers, operators, and logical line ends (brackets continue a line). One tokenizer for the
// model-ID extractor and the request extractor.

/** One Python token. */
export interface Token {
  type: 'name' | 'string' | 'number' | 'op' | 'newline';
  text: string;
  start: number;
  /** Strings: the decoded value, and the static parts of an f-string. */
  value?: string;
  parts?: string[];
  /** Numbers: the value. */
  number?: number;
  /** The expressions of an f-string's `{…}`, between its parts. */
  interpolations?: string[];
}

const OPERATORS = ['**=', '//=', '==', '!=', '<=', '>=', ':=', '+=', '-=', '*=', '/=', '->', '**', '//'];
const STRING_START = /^(?:[rRbBuUfF]{1,2})?["']/;
// The escapes a string's value decodes to a character other than the one after the backslash.
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r' };

/** The tokens of a Python file. */
/** Python tokens, enough for the shapes above: names, strings, operators, and logical line ends. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\n') {
      if (depth === 0 && tokens.at(-1)?.type !== 'newline') tokens.push({ type: 'newline', text: '\n', start: index });
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r' || char === '\f') {
      index++;
    } else if (char === '\\' && (text[index + 1] === '\n' || text[index + 1] === '\r')) {
      index += text[index + 1] === '\r' ? 3 : 2;
    } else if (char === '#') {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (STRING_START.test(text.slice(index, index + 3))) {
      const token = readPythonString(text, index);
      tokens.push(token.token);
      index = token.end;
    } else if (/[A-Za-z_]/.test(char)) {
      let end = index + 1;
      while (end < text.length && /\w/.test(text[end]!)) end++;
      tokens.push({ type: 'name', text: text.slice(index, end), start: index });
      index = end;
    } else if (/\d/.test(char) || (char === '.' && /\d/.test(text[index + 1] ?? ''))) {
      let end = index + 1;
      while (end < text.length && /[\w.]/.test(text[end]!)) end++;
      const raw = text.slice(index, end);
      tokens.push({ type: 'number', text: raw, start: index, number: Number(raw.replace(/_/g, '')) });
      index = end;
    } else {
      const operator = OPERATORS.find((candidate) => text.startsWith(candidate, index)) ?? char;
      if ('([{'.includes(operator)) depth++;
      else if (')]}'.includes(operator)) depth = Math.max(0, depth - 1);
      tokens.push({ type: 'op', text: operator, start: index });
      index += operator.length;
    }
  }
  return tokens;
}

function readPythonString(text: string, start: number): { token: Token; end: number } {
  let index = start;
  let prefix = '';
  while (text[index] !== '"' && text[index] !== "'") prefix += text[index++]!.toLowerCase();
  const quote = text[index]!;
  const triple = text.startsWith(quote.repeat(3), index);
  const close = triple ? quote.repeat(3) : quote;
  const raw = prefix.includes('r');
  const formatted = prefix.includes('f');
  index += close.length;
  let value = '';
  let part = '';
  const parts: string[] = [];
  const interpolations: string[] = [];
  while (index < text.length && !text.startsWith(close, index)) {
    const char = text[index]!;
    if (!triple && char === '\n') break;
    if (char === '\\' && index + 1 < text.length) {
      // Raw strings keep the backslash; the others decode the escape (\n \t \r, else the character itself: \" \' \\).
      const escaped = raw ? text.slice(index, index + 2) : (ESCAPES[text[index + 1]!] ?? text[index + 1]!);
      value += escaped;
      part += escaped;
      index += 2;
      continue;
    }
    if (formatted && (char === '{' || char === '}')) {
      if (text[index + 1] === char) {
        value += char;
        part += char;
        index += 2;
        continue;
      }
      if (char === '{') {
        let depth = 1;
        let end = index + 1;
        while (end < text.length && depth > 0 && text[end] !== '\n') {
          if (text[end] === '{') depth++;
          else if (text[end] === '}') depth--;
          end++;
        }
        value += text.slice(index, end);
        interpolations.push(text.slice(index + 1, end - 1));
        parts.push(part);
        part = '';
        index = end;
        continue;
      }
    }
    value += char;
    part += char;
    index++;
  }
  const end = Math.min(text.length, index + close.length);
  if (parts.length > 0) parts.push(part);
  return { token: { type: 'string', text: text.slice(start, end), start, value, ...(parts.length > 0 ? { parts, interpolations } : {}) }, end };
}
