import { parseBaseUrl, type RequestBaseUrl, type RequestOperation } from '@bedrock-models/judge';
import { collectAssignments, Reader, requestTokens, type Argument, type PythonLocation, type PythonOccurrence, type Token } from './python-requests.js';

// OpenAI-compatible clients in Python pointed at a Bedrock endpoint by a base URL the code writes:
//   client = OpenAI(base_url="https://bedrock-mantle.us-east-1.api.aws/v1"); client.responses.create(model="…")
//   OpenAIModel(client_args={"base_url": "…"}, model_id="…")            (Strands Agents: Chat Completions)
//   OpenAIResponsesModel(client_args={"base_url": "…"}, model_id="…")   (Strands Agents: the Responses API)
//   ChatOpenAI(model="…", base_url="…")                                   (LangChain: it picks the API itself)
// The host says the endpoint; a client of any other host is not Bedrock's and is left alone.

type Api = 'responses' | 'chatCompletions' | 'messages' | 'openai';

const CLIENTS = new Set(['OpenAI', 'AsyncOpenAI']);
const STRANDS_MODELS: Readonly<Record<string, Api>> = { OpenAIModel: 'chatCompletions', OpenAIResponsesModel: 'responses' };

/** The requests a Python file sends through OpenAI-compatible clients to a Bedrock endpoint. */
export function extractPythonOpenAiRequests(text: string): PythonOccurrence[] {
  if (!text.includes('bedrock-')) return [];
  const tokens = requestTokens(text);
  const reader = new Reader(tokens, collectAssignments(tokens));
  const clients = clientBaseUrls(tokens, reader);
  const occurrences: PythonOccurrence[] = [];
  for (let index = 1; index < tokens.length; index++) {
    if (tokens[index]!.text !== '(' || tokens[index - 1]!.type !== 'name') continue;
    const callee = tokens[index - 1]!;
    if (Object.hasOwn(STRANDS_MODELS, callee.text)) {
      const keywords = reader.keywordArguments(index);
      const args = keywords.get('client_args');
      const dict = args ? reader.value(args.start) : null;
      const baseUrl = dict?.kind === 'object' ? baseUrlIn(dict.entries.find((entry) => entry.key === 'base_url')?.location.offset, tokens, reader) : null;
      const model = keywords.get('model_id');
      if (baseUrl && model) occurrences.push(...judged(baseUrl, STRANDS_MODELS[callee.text]!, model, reader, callee.start));
      continue;
    }
    if (callee.text === 'ChatOpenAI') {
      const keywords = reader.keywordArguments(index);
      const url = keywords.get('base_url') ?? keywords.get('openai_api_base');
      const baseUrl = url ? baseUrlIn(tokens[url.start]?.start, tokens, reader) : null;
      const model = keywords.get('model') ?? keywords.get('model_name');
      if (baseUrl && model) occurrences.push(...judged(baseUrl, 'openai', model, reader, callee.start));
      continue;
    }
    // client.responses.create(…), client.chat.completions.create(…), client.messages.create(…)
    if (callee.text !== 'create' || tokens[index - 2]?.text !== '.') continue;
    const route = methodRoute(tokens, index - 3);
    if (!route) continue;
    const baseUrl = clients.get(route.client);
    const model = reader.keywordArguments(index).get('model');
    if (baseUrl && model) occurrences.push(...judged(baseUrl, route.api, model, reader, callee.start));
  }
  return occurrences;
}

function judged(baseUrl: RequestBaseUrl<PythonLocation>, api: Api, model: Argument, reader: Reader, at: number): PythonOccurrence[] {
  const url = parseBaseUrl(baseUrl.value);
  if (!url) return [];
  const operation: RequestOperation | null = url.endpoint === 'bedrock-mantle' ? `mantle:${api}` : api === 'messages' ? null : `runtime:${api}`;
  if (operation === null) return [];
  const models = reader.strings(model.start);
  return models.map((value) => ({
    modelId: value.value,
    modelLocation: { offset: value.start },
    location: { offset: at },
    operation,
    endpoint: url.endpoint,
    via: 'sdk' as const,
    request: null,
    baseUrl,
    modelCertain: models.length === 1,
  }));
}

// `NAME = OpenAI(base_url="…")` (or `openai.OpenAI(…)`): each client name with the base URL it is built with.
function clientBaseUrls(tokens: readonly Token[], reader: Reader): Map<string, RequestBaseUrl<PythonLocation>> {
  const clients = new Map<string, RequestBaseUrl<PythonLocation>>();
  const assigned = new Map<string, number>();
  for (let index = 2; index < tokens.length; index++) {
    if (tokens[index]!.text !== '(' || !CLIENTS.has(tokens[index - 1]!.text)) continue;
    let before = index - 2;
    if (tokens[before]?.text === '.' && tokens[before - 1]?.text === 'openai') before -= 2;
    if (tokens[before]?.text !== '=' || tokens[before - 1]?.type !== 'name') continue;
    const name = tokens[before - 1]!.text;
    // A name assigned twice may be either client: neither is taken.
    assigned.set(name, (assigned.get(name) ?? 0) + 1);
    const baseUrl = reader.keywordArguments(index).get('base_url');
    const url = baseUrl ? baseUrlIn(tokens[baseUrl.start]?.start, tokens, reader) : null;
    if (url) clients.set(name, url);
  }
  for (const [name, count] of assigned) if (count > 1) clients.delete(name);
  return clients;
}

// The base URL whose value starts at `offset`, when it is one string; editable when written as one plain literal.
function baseUrlIn(offset: number | undefined, tokens: readonly Token[], reader: Reader): RequestBaseUrl<PythonLocation> | null {
  if (offset === undefined) return null;
  let index = tokens.findIndex((token) => token.start === offset);
  if (index < 0) return null;
  // A dict entry's location is its key: the value follows the colon.
  if (tokens[index + 1]?.text === ':') index += 2;
  const strings = reader.strings(index);
  if (strings.length !== 1) return null;
  const [string] = strings as [{ value: string; start: number }];
  const token = tokens[index]!;
  const next = tokens[index + 1]?.text;
  const editable = token.type === 'string' && token.start === string.start && (next === ',' || next === ')' || next === '}');
  return { value: string.value, location: { offset: string.start }, editable };
}

// The receiver and API of `NAME.responses.create`, `NAME.chat.completions.create`, `NAME.messages.create`, reading back from `last`.
function methodRoute(tokens: readonly Token[], last: number): { client: string; api: Api } | null {
  // The receiver must be a plain name (`client`), not an attribute (`self.client`) that may be another object.
  const name = (at: number) => (tokens[at]?.type === 'name' ? tokens[at]!.text : null);
  const receiver = (at: number) => (tokens[at - 1]?.text === '.' ? null : name(at));
  const dotted = (at: number) => tokens[at]?.text === '.';
  if (name(last) === 'responses' && dotted(last - 1) && receiver(last - 2)) return { client: receiver(last - 2)!, api: 'responses' };
  if (name(last) === 'messages' && dotted(last - 1) && receiver(last - 2)) return { client: receiver(last - 2)!, api: 'messages' };
  if (name(last) === 'completions' && dotted(last - 1) && name(last - 2) === 'chat' && dotted(last - 3) && receiver(last - 4)) {
    return { client: receiver(last - 4)!, api: 'chatCompletions' };
  }
  return null;
}
