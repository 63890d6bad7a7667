// The builder of data/capabilities.json on small inputs of our own: how a card's rounded figures are read, and
// how claims that agree, disagree or refine one another settle.
import { describe, expect, it } from 'vitest';
import { buildCapabilities } from '../scripts/capabilities/build.ts';
import type { Claim } from '../scripts/capabilities/documented.ts';
import { parseTokenFigure, type CardFacts } from '../scripts/capabilities/model-cards.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';

const CLAUDE = 'anthropic.claude-x-20250101-v1:0';
const doc = (n: number) => ({ url: `https://docs.aws.amazon.com/bedrock/latest/userguide/page-${n}.html`, date: '2026-12-01' });

const card = (fields: Partial<CardFacts> = {}): CardFacts => ({
  url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-x.html',
  maxOutputTokens: parseTokenFigure('8K tokens'),
  contextWindow: parseTokenFigure('200K tokens'),
  apis: { responses: false, chatCompletions: false, invoke: true, converse: true },
  endpoints: { bedrockRuntime: true, bedrockMantle: false },
  ...fields,
});

function build(cards: Array<[string, CardFacts]>, documented: Claim[] = []) {
  return buildCapabilities({ catalog: miniCatalog(), cards: new Map(cards), documented });
}

describe('parseTokenFigure', () => {
  it('keeps both readings of K and M, because AWS cards use both', () => {
    expect(parseTokenFigure('4K tokens')).toEqual({ lower: 4000, upper: 4096, text: '4K tokens' });
    expect(parseTokenFigure('1M tokens')).toEqual({ lower: 1_000_000, upper: 1_048_576, text: '1M tokens' });
    expect(parseTokenFigure('512 tokens')).toEqual({ lower: 512, upper: 512, text: '512 tokens' });
  });

  it('refuses what is not a figure', () => {
    expect(parseTokenFigure('512t tokens')).toBeNull();
    expect(parseTokenFigure('N/A')).toBeNull();
    expect(parseTokenFigure(undefined)).toBeNull();
  });
});

describe('buildCapabilities', () => {
  it('takes operations from the card, and streaming ones from the card and ListFoundationModels together', () => {
    const { data } = build([[CLAUDE, card()]]);
    const entry = data.models[CLAUDE]!;
    expect(entry.operations).toMatchObject({
      converse: true,
      invokeModel: true,
      converseStream: true,
      invokeModelWithResponseStream: true,
      startAsyncInvoke: null,
    });
    expect(entry.sources.find((s) => s.url === 'recorded/history/2026-08-22/models.json')?.fields).toEqual(
      expect.arrayContaining(['operations.converseStream', 'operations.invokeModelWithResponseStream', 'converse.imageInput']),
    );
    // The mini catalog's Claude takes IMAGE and TEXT: image blocks yes, video blocks no.
    expect(entry.converse.imageInput).toBe(true);
    expect(entry.converse.videoInput).toBe(false);
  });

  it('reads a rounded card limit as its upper reading and says so', () => {
    const entry = build([[CLAUDE, card()]]).data.models[CLAUDE]!;
    expect(entry.maxOutputTokens).toBe(8192);
    expect(entry.contextWindow).toBe(204_800);
    expect(entry.roundedFrom).toEqual({ maxOutputTokens: '8K tokens', contextWindow: '200K tokens' });
  });

  it('takes an exact limit that the card figure allows, and drops both when it does not', () => {
    const exact = build([[CLAUDE, card()]], [{ models: [CLAUDE], facts: { maxOutputTokens: 8000 }, source: doc(1) }]);
    expect(exact.data.models[CLAUDE]!.maxOutputTokens).toBe(8000);
    expect(exact.data.models[CLAUDE]!.roundedFrom).toEqual({ contextWindow: '200K tokens' });
    const clash = build([[CLAUDE, card()]], [{ models: [CLAUDE], facts: { maxOutputTokens: 2048 }, source: doc(1) }]);
    expect(clash.data.models[CLAUDE]!.maxOutputTokens).toBeNull();
    expect(clash.disagreements).toEqual([`${CLAUDE} maxOutputTokens: 8K tokens (${card().url}) ≠ 2048 (${doc(1).url})`]);
  });

  it('sets a fact every source agrees on, citing them all, and leaves a disputed one null', () => {
    const { data, disagreements } = build(
      [[CLAUDE, card()]],
      [
        { models: [CLAUDE], facts: { 'converse.toolUse': true, 'converse.systemPrompt': true }, source: doc(1) },
        { models: [CLAUDE], facts: { 'converse.toolUse': true, 'converse.systemPrompt': false }, source: doc(2) },
      ],
    );
    const entry = data.models[CLAUDE]!;
    expect(entry.converse.toolUse).toBe(true);
    expect(entry.converse.systemPrompt).toBeNull();
    expect(entry.sources.filter((s) => s.fields.includes('converse.toolUse')).map((s) => s.url)).toEqual([doc(1).url, doc(2).url]);
    expect(entry.sources.some((s) => s.fields.includes('converse.systemPrompt'))).toBe(false);
    expect(disagreements).toEqual([`${CLAUDE} converse.systemPrompt: true (${doc(1).url}) ≠ false (${doc(2).url})`]);
  });

  it('marks every runtime operation unserved for a model only bedrock-mantle serves', () => {
    const mantleOnly = card({
      apis: { responses: true, chatCompletions: false, invoke: false, converse: false },
      endpoints: { bedrockRuntime: false, bedrockMantle: true },
    });
    const entry = build([['openai.mantle-1', mantleOnly]]).data.models['openai.mantle-1']!;
    expect(Object.values(entry.operations)).toEqual([false, false, false, false, false, false]);
    expect(entry.endpoints).toEqual({
      bedrockRuntime: false,
      bedrockMantle: { responses: true, chatCompletions: false, messages: null, openaiBasePath: null },
    });
  });

  it('does not pin a mantle API on a model both endpoints serve, since the card does not say which serves it', () => {
    const both = card({
      apis: { responses: false, chatCompletions: true, invoke: true, converse: true },
      endpoints: { bedrockRuntime: true, bedrockMantle: true },
    });
    expect(build([[CLAUDE, both]]).data.models[CLAUDE]!.endpoints.bedrockMantle).toEqual({
      responses: false,
      chatCompletions: null,
      messages: null,
      openaiBasePath: null,
    });
  });

  it("sets mantle's OpenAI base path from a claim where the card puts the model on mantle, and nowhere else", () => {
    const mantleOnly = card({
      apis: { responses: true, chatCompletions: false, invoke: false, converse: false },
      endpoints: { bedrockRuntime: false, bedrockMantle: true },
    });
    const claim: Claim = {
      models: ['openai.mantle-1', CLAUDE],
      facts: { 'endpoints.bedrockMantle.openaiBasePath': '/openai/v1' },
      source: { url: 'https://github.com/example/repo/issues/1', date: '2026-12-01' },
    };
    const data = build(
      [
        ['openai.mantle-1', mantleOnly],
        [CLAUDE, card()],
      ],
      [claim],
    ).data;
    expect(data.models['openai.mantle-1']!.endpoints.bedrockMantle).toMatchObject({ openaiBasePath: '/openai/v1' });
    expect(data.models['openai.mantle-1']!.sources).toContainEqual({ fields: ['endpoints.bedrockMantle.openaiBasePath'], ...claim.source });
    // A card that does not put the model on bedrock-mantle leaves the claim nothing to set.
    expect(data.models[CLAUDE]!.endpoints.bedrockMantle).toBe(false);
  });

  it('treats a card that marks no API at all as silent on operations', () => {
    const entry = build([[CLAUDE, card({ apis: null })]]).data.models[CLAUDE]!;
    expect(entry.operations.invokeModel).toBeNull();
    expect(entry.operations.converse).toBeNull();
  });

  it('reads the Invoke mark of a card as the bidirectional stream, not InvokeModel, on models documented that way', () => {
    const result = buildCapabilities({ catalog: miniCatalog(), cards: new Map([[CLAUDE, card()]]), documented: [], bidirectionalOnly: [CLAUDE] });
    expect(result.data.models[CLAUDE]!.operations).toMatchObject({ invokeModel: null, invokeModelWithResponseStream: null, converse: true });
  });

  it('keys entries by base model ID and ignores profile IDs and models the catalog does not have', () => {
    const { data } = build([
      [CLAUDE, card()],
      [`us.${CLAUDE}`, card()],
      ['anthropic.not-in-catalog-v1:0', card()],
    ]);
    expect(Object.keys(data.models)).toEqual([CLAUDE]);
  });

  it('refuses a documented claim about a model the catalog does not have', () => {
    expect(() => build([], [{ models: ['anthropic.not-in-catalog-v1:0'], facts: { 'converse.toolUse': true }, source: doc(1) }])).toThrow(
      'anthropic.not-in-catalog-v1:0',
    );
  });

  it('is current to its newest source', () => {
    expect(build([[CLAUDE, card()]]).data.currentTo).toBe('2026-12-01');
  });
});
