import type { RequestEntry, RequestOccurrence, RequestOperation, RequestValue } from '@bedrock-models/judge';
import { tokenize, type Token as PythonToken } from './python-tokens.js';

/** Where a request node is written in a Python file: the offset of its first character. */
export interface PythonLocation {
  offset: number;
}

/** A request found in Python code, located by offsets. */
export type PythonOccurrence = RequestOccurrence<PythonLocation>;
type PyValue = RequestValue<PythonLocation>;

/** A token with the one value a request reads (shared with the OpenAI-client extractor). */
export interface Token {
  type: PythonToken['type'];
  text: string;
  start: number;
  /** Strings: the decoded value (null for f-strings, whose value is not static). Numbers: the value. */
  value?: string | number | null;
  /** f-strings: the static parts between the interpolations. */
  parts?: string[];
}

// The shared tokens, with the one value a request reads: a string's static text, a number's value.
export function requestTokens(text: string): Token[] {
  return tokenize(text).map((token) => {
    if (token.type === 'string')
      return token.interpolations
        ? { type: token.type, text: token.text, start: token.start, value: null, parts: token.parts ?? [] }
        : { type: token.type, text: token.text, start: token.start, value: token.value ?? null };
    if (token.type === 'number') return { type: token.type, text: token.text, start: token.start, value: token.number ?? null };
    return { type: token.type, text: token.text, start: token.start };
  });
}

// boto3 bedrock-runtime client methods that carry a request, by the name called.
const OPERATIONS: Readonly<Record<string, RequestOperation>> = {
  converse: 'Converse',
  converse_stream: 'ConverseStream',
  invoke_model: 'InvokeModel',
  invoke_model_with_response_stream: 'InvokeModelWithResponseStream',
  start_async_invoke: 'StartAsyncInvoke',
  count_tokens: 'CountTokens',
};
// Keyword arguments of converse() that are the Converse request (modelId, the messages and their configuration).
const CONVERSE_KEYWORDS = new Set([
  'messages',
  'system',
  'inferenceConfig',
  'toolConfig',
  'additionalModelRequestFields',
  'guardrailConfig',
  'promptVariables',
  'requestMetadata',
  'performanceConfig',
]);
const MAX_DEPTH = 12;

/**
 * The Bedrock requests of a Python file: boto3 `converse(...)` / `converse_stream(...)` keyword arguments and
 * `invoke_model(modelId=..., body=json.dumps({...}))` bodies, with dicts, lists and literals read statically
 * (also through module-level names assigned once) and everything else `unknown`. The same judge functions as
 * the ESLint plugin's take them.
 */
export function extractPythonRequests(text: string): PythonOccurrence[] {
  const tokens = requestTokens(text);
  const assignments = collectAssignments(tokens);
  const reader = new Reader(tokens, assignments);
  const occurrences: PythonOccurrence[] = [];
  for (let index = 2; index < tokens.length; index++) {
    const token = tokens[index]!;
    // `client.converse(` — a method call, so a bare function of the same name is not taken for boto3's.
    if (token.text !== '(' || tokens[index - 1]?.type !== 'name' || tokens[index - 2]?.text !== '.') continue;
    const method = tokens[index - 1]!.text;
    if (!Object.hasOwn(OPERATIONS, method)) continue;
    const keywords = reader.keywordArguments(index);
    const model = keywords.get('modelId');
    if (!model) continue;
    const operation = OPERATIONS[method]!;
    const request = requestOf(operation, keywords, reader, tokens[index - 1]!.start);
    const models = reader.strings(model.start);
    for (const modelValue of models) {
      occurrences.push({
        modelId: modelValue.value,
        modelLocation: { offset: modelValue.start },
        location: { offset: tokens[index - 1]!.start },
        operation,
        endpoint: 'bedrock-runtime',
        via: 'sdk',
        request,
        modelCertain: models.length === 1,
      });
    }
  }
  return occurrences;
}

export interface Argument {
  /** The token index where the argument's value starts. */
  start: number;
  /** The keyword token's offset. */
  keyOffset: number;
}

function requestOf(operation: RequestOperation, keywords: ReadonlyMap<string, Argument>, reader: Reader, offset: number): PyValue | null {
  if (operation === 'Converse' || operation === 'ConverseStream') {
    const entries: Array<RequestEntry<PythonLocation>> = [];
    let complete = true;
    for (const [key, argument] of keywords) {
      if (key === '**') complete = false;
      else if (CONVERSE_KEYWORDS.has(key))
        entries.push({ key, value: reader.value(argument.start), location: { offset: argument.keyOffset }, keyLocation: { offset: argument.keyOffset } });
    }
    return { kind: 'object', entries, complete, location: { offset } };
  }
  if (operation === 'InvokeModel' || operation === 'InvokeModelWithResponseStream') {
    const body = keywords.get('body');
    return body ? reader.dumped(body.start) : null;
  }
  return null;
}

/** Reads values from the token stream: dicts, lists, literals, names assigned once, `json.dumps(...)`. */
export class Reader {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly assignments: ReadonlyMap<string, number[]>,
  ) {}

  /** The keyword arguments of the call whose `(` is at `open`; `**kwargs` is kept under the key `**`. */
  keywordArguments(open: number): Map<string, Argument> {
    const keywords = new Map<string, Argument>();
    let index = open + 1;
    while (index < this.tokens.length && this.tokens[index]!.text !== ')') {
      const token = this.tokens[index]!;
      if (token.text === '**') keywords.set('**', { start: index + 1, keyOffset: token.start });
      else if (token.type === 'name' && this.tokens[index + 1]?.text === '=') keywords.set(token.text, { start: index + 2, keyOffset: token.start });
      index = this.skipArgument(index);
      if (this.tokens[index]?.text === ',') index++;
    }
    return keywords;
  }

  /** The value of the expression at `index`. */
  value(index: number, depth = 0): PyValue {
    const token = this.tokens[index];
    const location = { offset: token?.start ?? 0 };
    if (!token || depth > MAX_DEPTH) return { kind: 'unknown', location };
    const file = this.fileRead(index);
    if (file !== null) return { kind: 'unknown', location, readsFile: file };
    if (!this.isWhole(index)) return { kind: 'unknown', location };
    if (token.text === '{') return this.dict(index, depth);
    if (token.text === '[' || token.text === '(') return this.list(index, depth);
    if (token.type === 'string')
      return token.value === null
        ? { kind: 'unknown', location, ...(token.parts ? { templateParts: token.parts } : {}) }
        : { kind: 'literal', value: token.value as string, location };
    if (token.type === 'number') return { kind: 'literal', value: token.value as number, location };
    if (token.text === '-' && this.tokens[index + 1]?.type === 'number')
      return { kind: 'literal', value: -(this.tokens[index + 1]!.value as number), location };
    if (token.type === 'name') {
      if (token.text === 'True' || token.text === 'False') return { kind: 'literal', value: token.text === 'True', location };
      if (token.text === 'None') return { kind: 'literal', value: null, location };
      const assigned = this.assignments.get(token.text);
      if (assigned?.length === 1 && this.tokens[index + 1]?.text !== '.' && this.tokens[index + 1]?.text !== '(') {
        // A literal read through a name is reported where the name is used; a dict keeps its entries where written.
        const value = this.value(assigned[0]!, depth + 1);
        return value.kind === 'literal' ? { ...value, location } : value;
      }
      if (token.text === 'dict' && this.tokens[index + 1]?.text === '(') return this.dictCall(index + 1, depth);
    }
    return { kind: 'unknown', location };
  }

  /**
   * The literal path whose bytes the expression at `index` reads, when it is the whole expression:
   * `open("photo.jpg", "rb").read()`, `Path("photo.jpg").read_bytes()`, or `f.read()` inside
   * `with open("photo.jpg", "rb") as f:`.
   */
  fileRead(index: number): string | null {
    const token = this.tokens[index];
    if (token?.type !== 'name') return null;
    let path: string | null = null;
    let after = index;
    if (this.tokens[index + 1]?.text === '.' && this.tokens[index + 2]?.text === 'read') {
      path = this.withFiles().get(token.text) ?? null;
      after = index + 3;
    } else if (token.text === 'open' || token.text === 'Path') {
      const opened = this.openedFile(index);
      const method = token.text === 'open' ? 'read' : 'read_bytes';
      if (opened && this.tokens[opened.end]?.text === '.' && this.tokens[opened.end + 1]?.text === method && (token.text === 'Path' || opened.binary)) {
        path = opened.path;
        after = opened.end + 2;
      }
    }
    if (path === null || this.tokens[after]?.text !== '(' || this.tokens[after + 1]?.text !== ')') return null;
    return this.skipArgument(index) === after + 2 ? path : null;
  }

  // `open("photo.jpg", "rb")` / `Path("photo.jpg")` at `index`: the literal path, whether the mode reads bytes, and the index after `)`.
  private openedFile(index: number): { path: string; binary: boolean; end: number } | null {
    const path = this.tokens[index + 2];
    if (this.tokens[index + 1]?.text !== '(' || path?.type !== 'string' || typeof path.value !== 'string') return null;
    const mode = this.tokens[index + 3]?.text === ',' ? this.tokens[index + 4] : undefined;
    const close = mode ? index + 5 : index + 3;
    if (this.tokens[close]?.text !== ')') return null;
    const binary = mode?.type === 'string' && typeof mode.value === 'string' && mode.value.includes('b');
    return { path: path.value, binary, end: close + 1 };
  }

  private withFileNames: Map<string, string> | null = null;

  // `with open("photo.jpg", "rb") as f:` anywhere in the file, by the name bound (one path per name, else none).
  private withFiles(): Map<string, string> {
    if (this.withFileNames) return this.withFileNames;
    const names = new Map<string, string>();
    const ambiguous = new Set<string>();
    this.tokens.forEach((token, index) => {
      if (token.text !== 'open' || this.tokens[index - 1]?.text !== 'with') return;
      const opened = this.openedFile(index);
      const name = opened ? this.tokens[opened.end + 1] : undefined;
      if (!opened?.binary || this.tokens[opened.end]?.text !== 'as' || name?.type !== 'name') return;
      if (names.has(name.text) && names.get(name.text) !== opened.path) ambiguous.add(name.text);
      names.set(name.text, opened.path);
    });
    for (const name of ambiguous) names.delete(name);
    this.withFileNames = names;
    return names;
  }

  /** `json.dumps({...})` (directly or through a name), the object serialised; null when the body is anything else. */
  dumped(index: number, depth = 0): PyValue | null {
    const token = this.tokens[index];
    if (!token || depth > 4) return null;
    if (token.type === 'name' && this.tokens[index + 1]?.text !== '.') {
      const assigned = this.assignments.get(token.text);
      return assigned?.length === 1 ? this.dumped(assigned[0]!, depth + 1) : null;
    }
    // json.dumps(x) and json.dumps(x).encode("utf-8")
    if (token.text === 'json' && this.tokens[index + 1]?.text === '.' && this.tokens[index + 2]?.text === 'dumps' && this.tokens[index + 3]?.text === '(') {
      const value = this.value(index + 4, depth + 1);
      return value.kind === 'object' ? value : null;
    }
    return null;
  }

  /** The string values an expression may have: a literal, a name assigned strings, `a if c else b`, `x or "default"`. */
  strings(index: number, depth = 0): Array<{ value: string; start: number }> {
    const token = this.tokens[index];
    if (!token || depth > 4) return [];
    const end = this.skipArgument(index);
    const values: Array<{ value: string; start: number }> = [];
    for (let at = index; at < end; at++) {
      const item = this.tokens[at]!;
      if (item.type === 'string' && typeof item.value === 'string' && this.isOperand(at)) values.push({ value: item.value, start: item.start });
      if (item.type === 'name' && this.isOperand(at) && !['if', 'else', 'or', 'and', 'not'].includes(item.text)) {
        for (const assigned of this.assignments.get(item.text) ?? []) values.push(...this.strings(assigned, depth + 1));
      }
    }
    return values;
  }

  private dict(open: number, depth: number): PyValue {
    const entries: Array<RequestEntry<PythonLocation>> = [];
    let complete = true;
    let index = open + 1;
    while (index < this.tokens.length && this.tokens[index]!.text !== '}') {
      const key = this.tokens[index]!;
      if (key.text === '**') {
        complete = false;
      } else if (key.type === 'string' && typeof key.value === 'string' && this.tokens[index + 1]?.text === ':') {
        entries.push({ key: key.value, value: this.value(index + 2, depth + 1), location: { offset: key.start }, keyLocation: { offset: key.start } });
      } else {
        complete = false;
      }
      index = this.skipArgument(index);
      if (this.tokens[index]?.text === ',') index++;
    }
    return { kind: 'object', entries, complete, location: { offset: this.tokens[open]!.start } };
  }

  // dict(anthropic_version="bedrock-2023-05-31", max_tokens=512)
  private dictCall(open: number, depth: number): PyValue {
    const entries: Array<RequestEntry<PythonLocation>> = [];
    let complete = true;
    for (const [key, argument] of this.keywordArguments(open)) {
      if (key === '**') complete = false;
      else
        entries.push({
          key,
          value: this.value(argument.start, depth + 1),
          location: { offset: argument.keyOffset },
          keyLocation: { offset: argument.keyOffset },
        });
    }
    return { kind: 'object', entries, complete, location: { offset: this.tokens[open - 1]!.start } };
  }

  private list(open: number, depth: number): PyValue {
    const close = this.tokens[open]!.text === '[' ? ']' : ')';
    const items: PyValue[] = [];
    let complete = true;
    let index = open + 1;
    while (index < this.tokens.length && this.tokens[index]!.text !== close) {
      if (this.tokens[index]!.text === '*') complete = false;
      else items.push(this.value(index, depth + 1));
      index = this.skipArgument(index);
      if (this.tokens[index]?.text === ',') index++;
    }
    return { kind: 'array', items, complete, location: { offset: this.tokens[open]!.start } };
  }

  // Whether the expression at `index` is a single value (`{…}`, `"x"`, `NAME`), not part of a larger one (`a + b`, `x.y`, `f(x)`).
  private isWhole(index: number): boolean {
    const end = this.skipArgument(index);
    const first = this.tokens[index]!;
    if (first.text === '{' || first.text === '[' || first.text === '(') return this.matching(index) === end - 1;
    if (first.text === '-') return end === index + 2;
    if (first.type === 'name' && this.tokens[index + 1]?.text === '(') return this.matching(index + 1) === end - 1;
    return end === index + 1;
  }

  // A token standing as a whole alternative: not inside brackets, not an attribute or a call.
  private isOperand(at: number): boolean {
    const before = this.tokens[at - 1]?.text;
    const after = this.tokens[at + 1]?.text;
    return before !== '.' && after !== '.' && after !== '(' && after !== '[';
  }

  /** The index after the expression starting at `index` (at the next top-level `,`, `:` of a dict, or closing bracket). */
  private skipArgument(index: number): number {
    let depth = 0;
    let at = index;
    for (; at < this.tokens.length; at++) {
      const token = this.tokens[at]!;
      if (token.type === 'newline' && depth === 0) break;
      if ('([{'.includes(token.text) && token.type === 'op') depth++;
      else if (')]}'.includes(token.text) && token.type === 'op') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && token.text === ',') break;
      else if (depth === 0 && token.text === ':' && at > index) {
        // A dict's key ends at its colon; the value starts after it.
        at++;
        return this.skipArgument(at);
      }
    }
    return at;
  }

  private matching(open: number): number {
    let depth = 0;
    for (let at = open; at < this.tokens.length; at++) {
      const text = this.tokens[at]!.text;
      if (this.tokens[at]!.type !== 'op') continue;
      if ('([{'.includes(text)) depth++;
      else if (')]}'.includes(text) && --depth === 0) return at;
    }
    return -1;
  }
}

// `NAME = value` at the start of a logical line (module level or inside a function), by name: the value's first token index.
export function collectAssignments(tokens: readonly Token[]): Map<string, number[]> {
  const assignments = new Map<string, number[]>();
  for (let index = 0; index + 2 < tokens.length; index++) {
    const atLineStart = index === 0 || tokens[index - 1]!.type === 'newline';
    if (!atLineStart || tokens[index]!.type !== 'name') continue;
    let equals = index + 1;
    // `BODY: dict = {...}`
    if (tokens[equals]?.text === ':') while (equals < tokens.length && tokens[equals]!.text !== '=' && tokens[equals]!.type !== 'newline') equals++;
    if (tokens[equals]?.text !== '=') continue;
    const list = assignments.get(tokens[index]!.text) ?? [];
    list.push(equals + 1);
    assignments.set(tokens[index]!.text, list);
  }
  return assignments;
}
