import { isRegionCode } from '@bedrock-models/judge';
import { pythonRegionGuard, type PythonRegionGuard } from './python-guards.js';
import { tokenize, type Token } from './python-tokens.js';
import { pairModelsWithRegions, type Member } from './pairs.js';
import { positions } from './position.js';
import type { Candidate, Extraction } from './types.js';

/** A call in the file: `boto3.client("bedrock-runtime", region_name="us-west-2")`, `client.converse(modelId=MODEL_ID)`. */
interface Call {
  /** The called name (`client`, `converse`) and the dotted chain before it (`boto3`, `client`, `self.client`). */
  callee: string;
  receiver: string | null;
  /** The dotted name the call's result is assigned to (`client = boto3.client(…)`). */
  target: string | null;
  positional: Token[][];
  keywords: Map<string, Token[]>;
}

/** A model-taking call: the keyword(s) that hold the model and whether the call invokes it on demand. */
interface Sink {
  keywords: readonly string[];
  onDemand: boolean;
}

// boto3 `bedrock-runtime`, `bedrock-agent` and `bedrock` client methods, and the popular wrappers, by the name called.
const SINKS: Readonly<Record<string, Sink>> = {
  invoke_model: { keywords: ['modelId'], onDemand: true },
  invoke_model_with_response_stream: { keywords: ['modelId'], onDemand: true },
  invoke_model_with_bidirectional_stream: { keywords: ['modelId'], onDemand: true },
  converse: { keywords: ['modelId'], onDemand: true },
  converse_stream: { keywords: ['modelId'], onDemand: true },
  count_tokens: { keywords: ['modelId'], onDemand: true },
  start_async_invoke: { keywords: ['modelId'], onDemand: true },
  create_agent: { keywords: ['foundationModel'], onDemand: true },
  update_agent: { keywords: ['foundationModel'], onDemand: true },
  get_foundation_model: { keywords: ['modelIdentifier'], onDemand: false },
  get_foundation_model_availability: { keywords: ['modelId'], onDemand: false },
  create_model_invocation_job: { keywords: ['modelId'], onDemand: false },
  // langchain-aws, Strands Agents, LlamaIndex.
  ChatBedrock: { keywords: ['model_id', 'model'], onDemand: true },
  ChatBedrockConverse: { keywords: ['model_id', 'model'], onDemand: true },
  BedrockLLM: { keywords: ['model_id', 'model'], onDemand: true },
  BedrockEmbeddings: { keywords: ['model_id', 'model'], onDemand: true },
  BedrockModel: { keywords: ['model_id'], onDemand: true },
  BedrockConverse: { keywords: ['model'], onDemand: true },
  BedrockEmbedding: { keywords: ['model_name', 'model'], onDemand: true },
};
// `AnthropicBedrock(aws_region=…).messages.create(model=…)`.
const ANTHROPIC_SINK: Sink = { keywords: ['model'], onDemand: true };
/** The boto3 bedrock-runtime methods whose requests `python-requests.ts` reads for the request rules. */
const SDK_OPERATIONS = new Set(['converse', 'converse_stream', 'invoke_model', 'invoke_model_with_response_stream', 'start_async_invoke', 'count_tokens']);
// Anthropic's clients for its own API, Vertex AI and Microsoft Foundry: their `messages.create` is not Bedrock's.
const OTHER_ANTHROPIC_CLIENTS = new Set([
  'Anthropic',
  'AnthropicVertex',
  'AnthropicFoundry',
  'AsyncAnthropic',
  'AsyncAnthropicVertex',
  'AsyncAnthropicFoundry',
]);
const REGION_KEYWORDS = ['region_name', 'aws_region'];
const ENV_LOOKUPS = new Set(['get', 'getenv']);
const LITERAL = /^\s*(["'])([^"'{}]*)\1\s*$/;
const LITERAL_CHOICE = /^\s*(["'])([^"'{}]*)\1\s+if\s+(.+?)\s+else\s+(["'])([^"'{}]*)\4\s*$/;
const MAX_VALUES = 8;

/**
 * The strings of a Python file, with the model arguments of Bedrock calls traced: literals, module or local
 * constants (`MODEL_ID = "…"`), environment fallbacks (`os.environ.get("MODEL_ID", "…")`, `… or "…"`), and
 * the region of the client a call goes through (`boto3.client("bedrock-runtime", region_name="…")`), else
 * the one region every client of the file agrees on.
 */
export function extractPython(text: string): Extraction {
  const tokens = tokenize(text);
  const calls = collectCalls(tokens);
  const assignments = collectAssignments(tokens);
  const callAt = new Map(calls.map((call) => [call.start, call.call]));
  const resolver = new ValueResolver(assignments, callAt);

  const clientRegions = new Map<string, string[]>();
  const allRegions = new Set<string>();
  const anthropicClients = anthropicClientsOf(calls.map(({ call }) => call));
  for (const { call } of calls) {
    const regions = ownRegions(call, resolver);
    regions.forEach((region) => allRegions.add(region));
    if (regions.length > 0 && call.target !== null) clientRegions.set(call.target, regions);
  }
  const fileRegions = allRegions.size === 1 ? [...allRegions] : [];

  const at = positions(text);
  const lines = text.split('\n');
  const { keys, beside } = dictKeys(tokens);
  const candidates: Candidate[] = [];
  const claimed = new Set<number>();
  for (const { start, call } of calls) {
    const sink = sinkOf(call, anthropicClients);
    if (!sink) continue;
    const own = ownRegions(call, resolver);
    const regions = own.length > 0 ? own : (receiverRegions(call.receiver, clientRegions) ?? fileRegions);
    for (const keyword of sink.keywords) {
      const value = call.keywords.get(keyword);
      if (!value) continue;
      for (const string of resolver.strings(value)) {
        claimed.add(string.start);
        for (const candidate of candidatesOf(string, at)) {
          // A region test around the value (`"eu.…" if region.startswith("eu") else "us.…"`) or around the call decides.
          const guard = guardAt(lines, candidate) ?? guardAt(lines, at(start));
          const guarded = guard?.kind === 'regions' ? guard.regions : regions;
          candidates.push({
            ...candidate,
            call: { onDemand: sink.onDemand, regions: guarded, ...(SDK_OPERATIONS.has(call.callee) ? { sdkOperation: true } : {}) },
            ...(guard?.kind === 'unknowable' ? { regionUnknowable: true } : {}),
          });
        }
      }
    }
  }
  for (const token of tokens) {
    if (token.type !== 'string' || claimed.has(token.start)) continue;
    const tokenKeys = keys.get(token.start);
    const paired = beside.get(token.start);
    for (const candidate of candidatesOf(token, at)) {
      candidates.push({
        ...candidate,
        ...(fileRegions.length > 0 ? { regions: fileRegions } : {}),
        ...(tokenKeys ? { keys: tokenKeys } : {}),
        ...(paired ? { beside: paired } : {}),
      });
    }
  }
  // A constant read by two calls that agree (or assigned in two functions under one name) is one candidate.
  const unique = new Map<string, Candidate>();
  for (const candidate of candidates) unique.set(JSON.stringify(candidate), candidate);
  return { candidates: [...unique.values()] };
}

function guardAt(lines: readonly string[], position: { line: number; column: number }): PythonRegionGuard | null {
  return pythonRegionGuard(lines, position.line - 1, position.column);
}

/**
 * The dict keys each string value stands under, innermost first, by the start of its token:
 * `{"eu-west-1": {"chat": "eu.anthropic…"}}` gives the value `["chat", "eu-west-1"]`; and for a value under a model
 * key, the regions a region key beside it names (`{"modelId": "eu.anthropic…", "region": "eu-west-1"}`).
 */
function dictKeys(tokens: readonly Token[]): { keys: Map<number, string[]>; beside: Map<number, string[]> } {
  const keys = new Map<number, string[]>();
  const beside = new Map<number, string[]>();
  const stack: Array<{ opener: string; keyAtOpen: string | null; lastKey: string | null; members: Array<Member<Token>> }> = [
    { opener: '', keyAtOpen: null, lastKey: null, members: [] },
  ];
  tokens.forEach((token, index) => {
    const top = stack.at(-1)!;
    if (token.type === 'op' && '([{'.includes(token.text)) stack.push({ opener: token.text, keyAtOpen: top.lastKey, lastKey: null, members: [] });
    else if (token.type === 'op' && ')]}'.includes(token.text)) {
      if (stack.length > 1) pairModelsWithRegions(stack.pop()!.members, (item, regions) => beside.set(item.start, regions));
    } else if (token.type === 'string') {
      if (top.opener === '{' && tokens[index + 1]?.type === 'op' && tokens[index + 1]!.text === ':') {
        top.lastKey = token.value!;
        return;
      }
      const found: string[] = top.opener === '{' && top.lastKey !== null ? [top.lastKey] : [];
      for (let level = stack.length - 1; level > 0; level--) {
        const key = stack[level]!.keyAtOpen;
        if (key !== null) found.push(key);
      }
      if (found.length > 0) keys.set(token.start, found);
      if (top.opener === '{' && top.lastKey !== null) top.members.push({ key: top.lastKey, value: token.value!, item: token });
      if (top.opener === '{') top.lastKey = null;
    }
  });
  return { keys, beside };
}

function candidateOf(token: Token, at: (offset: number) => { line: number; column: number }): Candidate {
  return { value: token.value!, ...at(token.start), ...(token.parts ? { parts: token.parts } : {}) };
}

/**
 * The candidates of a string: itself, or for an f-string whose every `{…}` is a literal choice
 * (`f"{'apac' if region.startswith('ap') else 'us'}.anthropic…"`) each value it can take, as the plugin resolves a
 * template; a choice made by a test of the region leaves the region to run time.
 */
function candidatesOf(token: Token, at: (offset: number) => { line: number; column: number }): Candidate[] {
  const candidate = candidateOf(token, at);
  if (!token.parts || !token.interpolations) return [candidate];
  const choices = token.interpolations.map(literalChoices);
  if (choices.some((choice) => choice === null)) return [candidate];
  let values = [token.parts[0]!];
  choices.forEach((choice, index) => {
    values = values.flatMap((prefix) => choice!.values.map((value) => prefix + value + token.parts![index + 1]!)).slice(0, MAX_VALUES);
  });
  const byRegion = choices.some((choice) => choice!.byRegion);
  const { line, column } = candidate;
  return values.map((value) => ({ value, line, column, ...(byRegion ? { regionUnknowable: true } : {}) }));
}

// `'eu'`, `"eu" if region.startswith("eu") else "us"`: the values an f-string interpolation can take.
function literalChoices(expression: string): { values: string[]; byRegion: boolean } | null {
  const literal = LITERAL.exec(expression);
  if (literal) return { values: [literal[2]!], byRegion: false };
  const choice = LITERAL_CHOICE.exec(expression);
  if (!choice) return null;
  return { values: [choice[2]!, choice[5]!], byRegion: /region/i.test(choice[3]!) };
}

/** The Anthropic clients a file builds: the names bound to Bedrock's, to the others', and whether there are others at all. */
interface AnthropicClients {
  bedrock: ReadonlySet<string>;
  others: ReadonlySet<string>;
  any: boolean;
  anyOther: boolean;
}

function anthropicClientsOf(calls: readonly Call[]): AnthropicClients {
  const bedrock = new Set<string>();
  const others = new Set<string>();
  let any = false;
  let anyOther = false;
  for (const call of calls) {
    if (call.callee === 'AnthropicBedrock' || call.callee === 'AsyncAnthropicBedrock') {
      any = true;
      if (call.target !== null) bedrock.add(call.target);
    } else if (OTHER_ANTHROPIC_CLIENTS.has(call.callee)) {
      anyOther = true;
      if (call.target !== null) others.add(call.target);
    }
  }
  return { bedrock, others, any, anyOther };
}

function sinkOf(call: Call, clients: AnthropicClients): Sink | null {
  if (Object.hasOwn(SINKS, call.callee)) return SINKS[call.callee]!;
  if ((call.callee !== 'create' && call.callee !== 'stream') || call.receiver?.endsWith('messages') !== true) return null;
  // `vertex.messages.create(…)`, `client.beta.messages.create(…)`: the client the call goes through.
  const client = call.receiver.replace(/(?:\.beta)?\.messages$/, '');
  if (clients.others.has(client)) return null;
  if (clients.bedrock.has(client)) return ANTHROPIC_SINK;
  // A client we cannot trace (`self.client`) is Bedrock's only when the file builds no other Anthropic client.
  return clients.any && !clients.anyOther ? ANTHROPIC_SINK : null;
}

function ownRegions(call: Call, resolver: ValueResolver): string[] {
  const regions = new Set<string>();
  for (const keyword of REGION_KEYWORDS) {
    const value = call.keywords.get(keyword);
    if (!value) continue;
    for (const string of resolver.strings(value)) if (isRegionCode(string.value!)) regions.add(string.value!);
  }
  return [...regions].sort();
}

// `client.converse(…)` → the regions of `client = boto3.client(…)`; `self.bedrock.messages.create` tries `self.bedrock.messages`, then `self.bedrock`.
function receiverRegions(receiver: string | null, clients: ReadonlyMap<string, string[]>): string[] | null {
  let chain = receiver;
  while (chain) {
    const regions = clients.get(chain);
    if (regions) return regions;
    const dot = chain.lastIndexOf('.');
    chain = dot < 0 ? null : chain.slice(0, dot);
  }
  return null;
}

/** Resolves a value's tokens to the string literals it may evaluate to. */
class ValueResolver {
  constructor(
    private readonly assignments: ReadonlyMap<string, Token[][]>,
    private readonly callAt: ReadonlyMap<number, Call>,
  ) {}

  strings(value: readonly Token[], depth = 0): Token[] {
    if (depth > 4 || value.length === 0) return [];
    // `"x" if cond else "y"`: both branches; `a or "default"`: every alternative.
    const branches = splitTopLevel(value, (token) => isName(token, 'else'));
    if (branches.length > 1) {
      const [first, ...rest] = branches;
      const whenTrue = splitTopLevel(first!, (token) => isName(token, 'if'))[0] ?? [];
      return [whenTrue, ...rest].flatMap((branch) => this.strings(branch, depth + 1));
    }
    const alternatives = splitTopLevel(value, (token) => isName(token, 'or'));
    if (alternatives.length > 1) return alternatives.flatMap((alternative) => this.strings(alternative, depth + 1));
    const [first] = value;
    if (value.length === 1 && first!.type === 'string') return [first!];
    const chain = dottedChain(value);
    if (chain !== null) return (this.assignments.get(chain) ?? []).flatMap((assigned) => this.strings(assigned, depth + 1));
    // `os.environ.get("MODEL_ID", "…")`, `os.getenv("MODEL_ID", "…")`: the fallback.
    const call = this.callAt.get(first!.start);
    if (call && ENV_LOOKUPS.has(call.callee) && call.positional.length >= 2) return this.strings(call.positional[1]!, depth + 1);
    return [];
  }
}

function isName(token: Token, name: string): boolean {
  return token.type === 'name' && token.text === name;
}

function splitTopLevel(tokens: readonly Token[], isSeparator: (token: Token) => boolean): Token[][] {
  const pieces: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (token.type === 'op' && '([{'.includes(token.text)) depth++;
    else if (token.type === 'op' && ')]}'.includes(token.text)) depth--;
    if (depth === 0 && isSeparator(token)) pieces.push([]);
    else pieces.at(-1)!.push(token);
  }
  return pieces.filter((piece) => piece.length > 0);
}

// `MODEL_ID`, `self.model_id`, `config.MODEL`: a dotted name and nothing else.
function dottedChain(tokens: readonly Token[]): string | null {
  if (tokens.length === 0 || tokens.length % 2 === 0) return null;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (index % 2 === 0 ? token.type !== 'name' : token.text !== '.') return null;
  }
  return tokens.map((token) => token.text).join('');
}

// `NAME = value` and `self.name = value` statements, by the dotted name assigned.
function collectAssignments(tokens: readonly Token[]): Map<string, Token[][]> {
  const assignments = new Map<string, Token[][]>();
  let statement = 0;
  for (let index = 0; index <= tokens.length; index++) {
    const token = tokens[index];
    if (token !== undefined && token.type !== 'newline') continue;
    const equals = tokens.slice(statement, index).findIndex((item) => item.type === 'op' && item.text === '=');
    if (equals > 0) {
      // Annotated assignments (`MODEL_ID: str = "…"`) name the target before the colon.
      const targetTokens = tokens.slice(statement, statement + equals);
      const colon = targetTokens.findIndex((item) => item.text === ':');
      const target = dottedChain(colon >= 0 ? targetTokens.slice(0, colon) : targetTokens);
      const value = tokens.slice(statement + equals + 1, index);
      if (target !== null && value.length > 0) assignments.set(target, [...(assignments.get(target) ?? []), value]);
    }
    statement = index + 1;
  }
  return assignments;
}

function collectCalls(tokens: readonly Token[]): Array<{ start: number; call: Call }> {
  const calls: Array<{ start: number; call: Call }> = [];
  interface Frame {
    call: Call | null;
    argument: Token[];
  }
  const stack: Frame[] = [];
  const finishArgument = (frame: Frame): void => {
    const { call, argument } = frame;
    frame.argument = [];
    if (!call || argument.length === 0) return;
    const [name, equals] = argument;
    if (argument.length > 2 && name!.type === 'name' && equals!.type === 'op' && equals!.text === '=') call.keywords.set(name!.text, argument.slice(2));
    else call.positional.push(argument);
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const frame = stack.at(-1);
    if (token.type === 'op' && '([{'.includes(token.text)) {
      frame?.argument.push(token);
      let call: Call | null = null;
      const previous = tokens[index - 1];
      if (token.text === '(' && previous?.type === 'name' && !isKeyword(tokens[index - 2])) {
        let chainStart = index - 1;
        while (tokens[chainStart - 1]?.text === '.' && tokens[chainStart - 2]?.type === 'name') chainStart -= 2;
        const chain = tokens
          .slice(chainStart, index - 1)
          .map((item) => item.text)
          .join('');
        call = {
          callee: previous.text,
          receiver: chain === '' ? null : chain.slice(0, -1),
          target: assignedTarget(tokens, chainStart),
          positional: [],
          keywords: new Map(),
        };
        calls.push({ start: tokens[chainStart]!.start, call });
      }
      stack.push({ call: token.text === '(' ? call : null, argument: [] });
      continue;
    }
    if (token.type === 'op' && ')]}'.includes(token.text)) {
      const closed = stack.pop();
      if (closed) finishArgument(closed);
      stack.at(-1)?.argument.push(token);
      continue;
    }
    if (!frame) continue;
    if (token.type === 'op' && token.text === ',') finishArgument(frame);
    else frame.argument.push(token);
  }
  return calls;
}

function isKeyword(token: Token | undefined): boolean {
  return token?.type === 'name' && (token.text === 'def' || token.text === 'class');
}

// `client = boto3.client(…)` / `self.client = …`: the dotted name before `=` at the start of the statement.
function assignedTarget(tokens: readonly Token[], chainStart: number): string | null {
  if (tokens[chainStart - 1]?.text !== '=') return null;
  let start = chainStart - 2;
  if (tokens[start]?.type !== 'name') return null;
  while (tokens[start - 1]?.text === '.' && tokens[start - 2]?.type === 'name') start -= 2;
  const before = tokens[start - 1];
  if (before !== undefined && before.type !== 'newline') return null;
  return tokens
    .slice(start, chainStart - 1)
    .map((token) => token.text)
    .join('');
}
