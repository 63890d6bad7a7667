// The bundled capabilities: valid against their schema (with Ajv), in step with the TypeScript contract, and
// holding the invariants that any rebuild must keep. Counts and lists of one snapshot are not checked; a handful
// of facts that new data cannot overturn are, each with the source that states it.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { serializeCapabilities } from '../scripts/capabilities/write.ts';
import type { CapabilitiesData, Catalog, ModelCapabilities } from '../src/index.ts';
import { validateCapabilities } from '../src/index.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const text = read('../data/capabilities.json');
const data = JSON.parse(text) as CapabilitiesData;
const schema = JSON.parse(read('../capabilities.schema.json')) as Record<string, unknown>;
const catalog = JSON.parse(read('../data/catalog.json')) as Catalog;
const entries = Object.entries(data.models);

describe('data/capabilities.json', () => {
  it('validates against capabilities.schema.json with Ajv (draft 2020-12, strict mode)', () => {
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(validate({})).toBe(false);
  });

  it('passes the package validator (schema and semantic checks)', () => {
    expect(validateCapabilities(data)).toEqual([]);
  });

  it('is written the one deterministic way: sorted keys, two-space indent, trailing newline', () => {
    expect(text).toBe(serializeCapabilities(data));
  });

  it('keys every entry by a model of catalog.json, live or retired', () => {
    const unknown = entries.map(([id]) => id).filter((id) => !(id in catalog.models) && !(id in catalog.retired));
    expect(unknown).toEqual([]);
  });

  it("keys no bedrock-mantle name of a runtime model (the card's facts are the runtime model's)", () => {
    const mantleNames = entries.map(([id]) => id).filter((id) => catalog.models[id]?.runtimeModel !== undefined);
    expect(mantleNames).toEqual([]);
  });

  it('says of no model that it is served nowhere (a card that marks no endpoint is silent)', () => {
    const nowhere = entries.filter(([, entry]) => entry.endpoints.bedrockRuntime === false && entry.endpoints.bedrockMantle === false);
    expect(nowhere.map(([id]) => id)).toEqual([]);
  });

  it('names only defined families', () => {
    const undefinedFamilies = entries.filter(([, entry]) => entry.family !== null && !(entry.family in data.families)).map(([id]) => id);
    expect(undefinedFamilies).toEqual([]);
  });

  it('gives every source fields that exist, and every known fact a source', () => {
    // Both directions are semantic checks of the validator; here on the bundled data, where they matter.
    const issues = validateCapabilities(data).filter((issue) => issue.message.includes('source') || issue.message.includes('not a field'));
    expect(issues).toEqual([]);
    for (const [, entry] of entries) for (const source of entry.sources) expect(source.fields.length).toBeGreaterThan(0);
  });

  it('never has an output limit above the context window', () => {
    const over = entries.filter(([, e]) => e.maxOutputTokens !== null && e.contextWindow !== null && e.maxOutputTokens > e.contextWindow);
    expect(over.map(([id]) => id)).toEqual([]);
  });

  it('marks every limit read from a rounded card figure as such, with a value no lower than the figure allows', () => {
    for (const [id, entry] of entries) {
      for (const [field, figure] of Object.entries(entry.roundedFrom ?? {}) as Array<['maxOutputTokens' | 'contextWindow', string]>) {
        const match = /^(\d+)([KM])? tokens$/.exec(figure);
        expect(match, `${id} ${field} ${figure}`).not.toBeNull();
        const [, amount, unit] = match!;
        const upper = Number(amount) * (unit === 'K' ? 1024 : unit === 'M' ? 1_048_576 : 1);
        expect(entry[field], `${id} ${field}`).toBe(upper);
      }
    }
  });

  it('is current to the date of its newest source', () => {
    const dates = [...Object.values(data.models), ...Object.values(data.families)].flatMap((item) => item.sources.map((source) => source.date));
    expect(data.currentTo).toBe(dates.sort().at(-1));
  });

  it('cites public URLs or recordings, never a path on this machine', () => {
    const urls = [...Object.values(data.models), ...Object.values(data.families)].flatMap((item) => item.sources.map((source) => source.url));
    for (const url of urls) expect(url).toMatch(/^(https:\/\/|recorded\/)/);
  });
});

/** The entry of a model, and the URLs of the sources that support `field` in it. */
function supporting(modelId: string, field: string): { entry: ModelCapabilities; urls: string[] } {
  const entry = data.models[modelId]!;
  expect(entry, modelId).toBeDefined();
  const urls = entry.sources.filter((source) => source.fields.some((f) => f === field || field.startsWith(`${f}.`))).map((source) => source.url);
  return { entry, urls };
}

describe('facts that new data cannot overturn', () => {
  it('Titan Text Embeddings V2 takes dimensions 256, 512 or 1024 (its inference-parameters page)', () => {
    const family = data.families['amazon-titan-embed-text-v2']!;
    expect(family.ranges.dimensions).toEqual({ oneOf: [256, 512, 1024] });
    expect(family.sources.find((s) => s.fields.includes('ranges.dimensions'))?.url).toBe(
      'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-titan-embed-text.html',
    );
    expect(data.models['amazon.titan-embed-text-v2:0']!.family).toBe('amazon-titan-embed-text-v2');
  });

  it('the Claude Messages API requires anthropic_version bedrock-2023-05-31, max_tokens and messages, and rejects the Text Completions keys', () => {
    const family = data.families['anthropic-claude-messages']!;
    expect(family.required).toEqual(['anthropic_version', 'max_tokens', 'messages']);
    expect(family.ranges.anthropic_version).toEqual({ equals: 'bedrock-2023-05-31' });
    expect(family.foreign.max_tokens_to_sample).toEqual({ belongsTo: data.families['anthropic-claude-text-completions']!.name, insteadUse: 'max_tokens' });
    expect(family.foreign.prompt?.insteadUse).toBe('messages');
    expect(family.sources.map((s) => s.url)).toContain(
      'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-anthropic-claude-messages-request-response.html',
    );
  });

  it('Nova Reel and Luma Ray 2 are served by StartAsyncInvoke and not by InvokeModel (their pages)', () => {
    for (const [id, url] of [
      ['amazon.nova-reel-v1:0', 'https://docs.aws.amazon.com/nova/latest/userguide/video-gen-access.html'],
      ['luma.ray-v2:0', 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-parameters-luma.html'],
    ] as const) {
      const { entry, urls } = supporting(id, 'operations.startAsyncInvoke');
      expect(entry.operations).toMatchObject({ startAsyncInvoke: true, invokeModel: false, converse: false });
      expect(urls).toContain(url);
    }
  });

  it('Mistral 7B Instruct and Mixtral take no system prompt in Converse (the Converse table, and the API error)', () => {
    for (const id of ['mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1']) {
      const { entry, urls } = supporting(id, 'converse.systemPrompt');
      expect(entry.converse.systemPrompt).toBe(false);
      expect(urls).toContain('https://github.com/567-labs/instructor/issues/1753');
    }
  });

  it('Claude Sonnet 4.5 rejects temperature with top_p (the API error)', () => {
    const { entry, urls } = supporting('anthropic.claude-sonnet-4-5-20250929-v1:0', 'converse.temperatureTopPExclusive');
    expect(entry.converse.temperatureTopPExclusive).toBe(true);
    expect(urls).toContain('https://github.com/BerriAI/litellm/issues/15070');
  });

  it('GPT-5.5 is served only by bedrock-mantle, through the Responses API (its model card)', () => {
    const { entry, urls } = supporting('openai.gpt-5.5', 'endpoints.bedrockRuntime');
    expect(entry.endpoints.bedrockRuntime).toBe(false);
    expect(entry.endpoints.bedrockMantle).toMatchObject({ responses: true });
    expect(entry.operations.converse).toBe(false);
    expect(urls).toContain('https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-openai-gpt-55.html');
  });

  it('DeepSeek-R1 takes no tools in Converse (the API error)', () => {
    const { entry, urls } = supporting('deepseek.r1-v1:0', 'converse.toolUse');
    expect(entry.converse.toolUse).toBe(false);
    expect(urls).toContain('https://github.com/langchain-ai/langchain-aws/issues/447');
  });

  it('leaves a limit unknown where the card and the API disagree (Llama 3.1 70B: card "4K", API 2,048)', () => {
    expect(data.models['meta.llama3-1-70b-instruct-v1:0']!.maxOutputTokens).toBeNull();
  });
});

// The facts packages/eslint-plugin/tests/request-corpus/README.md lists for its cases to hold on real data, where AWS's
// pages or the API document them; the README says which of its list hold here and which are not documented.
describe('the request corpus facts, on the bundled data', () => {
  const AWS = 'https://docs.aws.amazon.com/bedrock/latest/userguide/';
  const LIST_FOUNDATION_MODELS = 'recorded/history/2026-08-22/models.json';

  it('output limits: Claude 3.5 Sonnet (June 2024) 4,096 (the API), Claude 3 Haiku, Opus 4.1 and Opus 4.6 from their cards', () => {
    const claude35 = supporting('anthropic.claude-3-5-sonnet-20240620-v1:0', 'maxOutputTokens');
    expect(claude35.entry.maxOutputTokens).toBe(4096);
    expect(claude35.entry.roundedFrom?.maxOutputTokens).toBeUndefined();
    expect(claude35.urls).toContain('https://github.com/vercel/ai/issues/2772');
    for (const [id, limit, card] of [
      ['anthropic.claude-3-haiku-20240307-v1:0', 4096, 'model-card-anthropic-claude-3-haiku.html'],
      ['anthropic.claude-opus-4-1-20250805-v1:0', 32_768, 'model-card-anthropic-claude-opus-4-1.html'],
      ['anthropic.claude-opus-4-6-v1', 131_072, 'model-card-anthropic-claude-opus-4-6.html'],
    ] as const) {
      const { entry, urls } = supporting(id, 'maxOutputTokens');
      expect(entry.maxOutputTokens, id).toBe(limit);
      expect(urls, id).toContain(`${AWS}${card}`);
    }
  });

  it('operations and endpoints: Titan Text Embeddings not on Converse, Nova Reel only asynchronous, GPT-5.6 Sol and Terra without InvokeModel', () => {
    for (const id of ['amazon.titan-embed-text-v1', 'amazon.titan-embed-text-v2:0']) {
      expect(data.models[id]!.operations, id).toMatchObject({ converse: false, converseStream: false });
    }
    for (const id of ['amazon.nova-reel-v1:0', 'amazon.nova-reel-v1:1']) {
      expect(data.models[id]!.operations, id).toMatchObject({ startAsyncInvoke: true, invokeModel: false, converse: false, converseStream: false });
    }
    for (const id of ['openai.gpt-5.6-sol', 'openai.gpt-5.6-terra']) expect(data.models[id]!.operations.invokeModel, id).toBe(false);
    expect(data.models['openai.gpt-5.5']!.endpoints.bedrockMantle).toMatchObject({ responses: true, chatCompletions: false });
  });

  it('Converse features from API errors: no tools for Llama 3.2 1B / 3B, none while streaming for Llama 4, no system prompt for Mistral 7B / Mixtral', () => {
    for (const id of ['meta.llama3-2-1b-instruct-v1:0', 'meta.llama3-2-3b-instruct-v1:0']) {
      const { entry, urls } = supporting(id, 'converse.toolUse');
      expect(entry.converse.toolUse, id).toBe(false);
      expect(urls, id).toContain('https://github.com/epam/ai-dial-adapter-bedrock/issues/181');
    }
    for (const id of ['meta.llama4-maverick-17b-instruct-v1:0', 'meta.llama4-scout-17b-instruct-v1:0']) {
      expect(data.models[id]!.converse.toolUseStreaming, id).toBe(false);
    }
    for (const id of ['mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1']) {
      expect(data.models[id]!.converse.systemPrompt, id).toBe(false);
    }
  });

  it('images: none for Mistral Large (24.02); none inside tool results for DeepSeek-R1 (text-only input) and GPT-5.6 (the API)', () => {
    expect(data.models['mistral.mistral-large-2402-v1:0']!.converse.imageInput).toBe(false);
    const deepseek = supporting('deepseek.r1-v1:0', 'converse.imagesInToolResults');
    expect(deepseek.entry.converse.imagesInToolResults).toBe(false);
    expect(deepseek.urls).toContain(LIST_FOUNDATION_MODELS);
    for (const id of ['openai.gpt-5.6-luna', 'openai.gpt-5.6-sol', 'openai.gpt-5.6-terra']) {
      expect(data.models[id]!.converse.imagesInToolResults, id).toBe(false);
    }
  });

  it('a model whose input modalities have no IMAGE takes no image in a tool result, wherever it serves Converse', () => {
    const imageless = entries.filter(
      ([id, entry]) => entry.operations.converse === true && catalog.models[id] && !catalog.models[id].inputModalities.includes('IMAGE'),
    );
    expect(imageless.length).toBeGreaterThan(0);
    for (const [id, entry] of imageless) {
      expect(entry.converse.imagesInToolResults, id).toBe(false);
      expect(supporting(id, 'converse.imagesInToolResults').urls, id).toContain(LIST_FOUNDATION_MODELS);
    }
  });

  it('prompt caching: none for Claude 3.5 Sonnet (June 2024), DeepSeek-R1 and Qwen3 Coder Next (the API)', () => {
    for (const id of ['anthropic.claude-3-5-sonnet-20240620-v1:0', 'deepseek.r1-v1:0', 'qwen.qwen3-coder-next']) {
      expect(data.models[id]!.converse.promptCaching, id).toEqual({ supported: false, minimumTokens: null });
    }
  });

  it("prompt caching for Claude Haiku 4.5, with its card's 4,096 tokens per checkpoint", () => {
    const { entry, urls } = supporting('anthropic.claude-haiku-4-5-20251001-v1:0', 'converse.promptCaching');
    expect(entry.converse.promptCaching).toEqual({ supported: true, minimumTokens: 4096 });
    expect(urls).toContain('https://docs.aws.amazon.com/ja_jp/bedrock/latest/userguide/model-card-anthropic-claude-haiku-4-5.html');
  });

  it('sampling: temperature and topP exclusive for Claude Sonnet 4.5, Sonnet 4.6 and Haiku 4.5 (the API)', () => {
    for (const id of ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'anthropic.claude-sonnet-4-6', 'anthropic.claude-haiku-4-5-20251001-v1:0']) {
      expect(data.models[id]!.converse.temperatureTopPExclusive, id).toBe(true);
    }
  });

  it("reasoning: a budget for Claude Sonnet 4.5 (AWS's extended-thinking page), adaptive only for Opus 4.7", () => {
    const sonnet = supporting('anthropic.claude-sonnet-4-5-20250929-v1:0', 'converse.reasoning');
    expect(sonnet.entry.converse.reasoning?.kind).toBe('budgeted');
    expect(sonnet.urls).toContain(`${AWS}claude-messages-extended-thinking.md`);
    const opus = supporting('anthropic.claude-opus-4-7', 'converse.reasoning');
    expect(opus.entry.converse.reasoning?.kind).toBe('adaptive-only');
    expect(opus.urls).toContain(`${AWS}claude-messages-adaptive-thinking.html`);
  });

  it('families: the Claude Messages body, Titan Text Embeddings V2 and G1', () => {
    const claude = data.families['anthropic-claude-messages']!;
    expect(claude.required).toEqual(['anthropic_version', 'max_tokens', 'messages']);
    expect(Object.keys(claude.foreign)).toEqual(expect.arrayContaining(['prompt', 'max_tokens_to_sample', 'textGenerationConfig']));
    const v2 = data.families['amazon-titan-embed-text-v2']!;
    expect(v2.ranges.dimensions).toEqual({ oneOf: [256, 512, 1024] });
    expect(Object.keys(v2.foreign)).toEqual(expect.arrayContaining(['texts', 'input_type', 'embeddingConfig']));
    expect(data.families['amazon-titan-embed-text-v1']!.foreign.texts?.insteadUse).toBe('inputText');
  });
});

describe('capabilities.schema.json and src/capabilities-types.ts', () => {
  // The TypeScript contract is hand-written (the request rules were coded against it); this test keeps the
  // schema and it in step: the same fields, the same optional ones, the same nullable ones, nested objects too.
  const source = ts.createSourceFile('capabilities-types.ts', read('../src/capabilities-types.ts'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map(source.statements.filter(ts.isInterfaceDeclaration).map((node) => [node.name.text, node]));
  const defs = schema.$defs as Record<string, Record<string, unknown>>;

  type Shape = Map<string, { optional: boolean; nullable: boolean; nested?: Shape }>;

  function tsShape(members: ts.NodeArray<ts.TypeElement>): Shape {
    const shape: Shape = new Map();
    for (const member of members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const parts = ts.isUnionTypeNode(member.type) ? [...member.type.types] : [member.type];
      const nullable = parts.some((part) => ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword);
      const literal = parts.find(ts.isTypeLiteralNode);
      shape.set((member.name as ts.Identifier).text, {
        optional: member.questionToken !== undefined,
        nullable,
        nested: literal ? tsShape(literal.members) : undefined,
      });
    }
    return shape;
  }

  function objectSchema(node: Record<string, unknown>): Record<string, unknown> | undefined {
    if (typeof node.$ref === 'string') return defs[node.$ref.replace('#/$defs/', '')];
    if (node.type === 'object' && node.properties) return node;
    const options = (node.oneOf ?? node.anyOf) as Array<Record<string, unknown>> | undefined;
    return options?.map(objectSchema).find((option) => option !== undefined);
  }

  function schemaShape(node: Record<string, unknown>, nestedIn: Shape | undefined): Shape {
    const shape: Shape = new Map();
    const required = new Set(node.required as string[]);
    for (const [key, child] of Object.entries(node.properties as Record<string, Record<string, unknown>>)) {
      if (key === '$schema') continue;
      const options = (child.oneOf ?? []) as Array<Record<string, unknown>>;
      const nested = nestedIn?.get(key)?.nested && !child.$ref ? objectSchema(child) : undefined;
      shape.set(key, {
        optional: !required.has(key),
        nullable: options.some((option) => option.type === 'null'),
        nested: nested ? schemaShape(nested, nestedIn!.get(key)!.nested) : undefined,
      });
    }
    return shape;
  }

  const plain = (shape: Shape): unknown =>
    Object.fromEntries([...shape].map(([key, value]) => [key, { ...value, nested: value.nested ? plain(value.nested) : undefined }]));

  it('describes every interface of the contract in $defs (CapabilitiesData at the root)', () => {
    expect([...interfaces.keys()].filter((name) => name !== 'CapabilitiesData').sort()).toEqual(
      Object.keys(defs)
        .filter((name) => name !== 'date')
        .sort(),
    );
  });

  for (const name of [
    'CapabilitiesData',
    'CapabilitySource',
    'ModelOperations',
    'ModelEndpoints',
    'ConverseFeatures',
    'ModelCapabilities',
    'ValueRange',
    'RequestFamily',
  ]) {
    it(`agrees on every field of ${name}`, () => {
      const declared = tsShape(interfaces.get(name)!.members);
      const described = schemaShape(name === 'CapabilitiesData' ? schema : defs[name]!, declared);
      expect(plain(described)).toEqual(plain(declared));
    });
  }
});
