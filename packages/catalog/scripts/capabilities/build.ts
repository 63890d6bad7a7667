// Assembles data/capabilities.json from the catalog (ListFoundationModels), the model cards and the documented
// claims. A field is set only where every claim about it agrees; where two disagree it stays null and the
// disagreement is reported, so that the rules stay silent on it.
import { isDeepStrictEqual } from 'node:util';
import type { CapabilitiesData, CapabilitySource, ModelCapabilities } from '../../src/capabilities-types.ts';
import { unknownCapabilities } from '../../src/capabilities-unknown.ts';
import type { Catalog } from '../../src/generated/catalog-types.ts';
import type { Claim } from './documented.ts';
import { FAMILIES } from './families.ts';
import type { CardFacts, TokenFigure } from './model-cards.ts';
import { LIST_FOUNDATION_MODELS, MODEL_CARDS_DATE, type Source } from './sources.ts';

export interface BuildInput {
  catalog: Catalog;
  cards: Map<string, CardFacts>;
  documented: readonly Claim[];
  /** Models whose card "Invoke" mark is their bidirectional stream, not InvokeModel. */
  bidirectionalOnly?: readonly string[];
}

export interface BuildResult {
  data: CapabilitiesData;
  /** `modelId field: value (source) ≠ value (source)` for every field left null by disagreeing sources. */
  disagreements: string[];
}

interface Evidence {
  value: unknown;
  sources: Source[];
}

// A limit claim: an exact number, or a card's rounded figure (any number between its two readings).
interface LimitEvidence {
  exact?: number;
  figure?: TokenFigure;
  source: Source;
}

const GEO_PREFIX = /^(us|eu|apac|global|us-gov|jp|au|ca|in)\./;
const OPERATIONS = ['converse', 'converseStream', 'invokeModel', 'invokeModelWithResponseStream', 'startAsyncInvoke', 'countTokens'] as const;

/** Builds the capabilities file; pure, so that a test can run it on small inputs. */
export function buildCapabilities({ catalog, cards, documented, bidirectionalOnly = [] }: BuildInput): BuildResult {
  const known = (id: string) => id in catalog.models || id in catalog.retired;
  const scope = new Set<string>();
  // A card's facts are the runtime model's: a bedrock-mantle name the catalog lists with its `runtimeModel` is not a key.
  const mantleName = (id: string) => catalog.models[id]?.runtimeModel !== undefined;
  for (const id of cards.keys()) if (!GEO_PREFIX.test(id) && known(id) && !mantleName(id)) scope.add(id);
  for (const claim of documented) {
    for (const id of claim.models) {
      if (!known(id)) throw new Error(`documented claim names ${id}, which is in neither catalog.json models nor retired`);
      scope.add(id);
    }
  }

  const models: Record<string, ModelCapabilities> = {};
  const disagreements: string[] = [];
  for (const id of [...scope].sort()) {
    const claims = new Map<string, Evidence[]>();
    const limits: Record<'maxOutputTokens' | 'contextWindow', LimitEvidence[]> = { maxOutputTokens: [], contextWindow: [] };
    const claim = (path: string, value: unknown, ...sources: Source[]) => {
      const list = claims.get(path) ?? [];
      list.push({ value, sources });
      claims.set(path, list);
    };

    const card = cards.get(id);
    const streaming = catalog.models[id]?.streaming ?? null;
    if (card) addCardClaims(card, streaming, claim, limits, bidirectionalOnly.includes(id));
    for (const { models: ids, facts, source } of documented) {
      if (!ids.includes(id)) continue;
      for (const [path, value] of Object.entries(facts)) {
        if (path === 'maxOutputTokens' || path === 'contextWindow') limits[path].push({ exact: value as number, source });
        else claim(path, value, source);
      }
    }

    const entry = unknownCapabilities();
    const supported = new Map<string, Source[]>();
    const settle = (path: string) => {
      const evidence = claims.get(path) ?? [];
      if (evidence.length === 0) return;
      if (evidence.every((item) => isDeepStrictEqual(item.value, evidence[0]!.value))) {
        setPath(entry, path, evidence[0]!.value);
        supported.set(
          path,
          evidence.flatMap((item) => item.sources),
        );
      } else {
        disagreements.push(
          `${id} ${path}: ${evidence.map((item) => `${JSON.stringify(item.value)} (${item.sources.map((s) => s.url).join(' + ')})`).join(' ≠ ')}`,
        );
      }
    };
    for (const path of claims.keys()) if (!path.startsWith('endpoints.bedrockMantle.')) settle(path);
    // Sub-fields of bedrock-mantle apply only where a card says the model is served there at all.
    const mantle = entry.endpoints.bedrockMantle;
    if (mantle !== false && mantle !== null) for (const path of claims.keys()) if (path.startsWith('endpoints.bedrockMantle.')) settle(path);

    // What a Converse request may carry follows the model's input modalities, where it serves Converse.
    const listed = catalog.models[id];
    if (entry.operations.converse === true && listed) {
      const inputs = new Set(listed.inputModalities);
      claim('converse.imageInput', inputs.has('IMAGE'), LIST_FOUNDATION_MODELS);
      claim('converse.videoInput', inputs.has('VIDEO'), LIST_FOUNDATION_MODELS);
      setPath(entry, 'converse.imageInput', null);
      supported.delete('converse.imageInput');
      settle('converse.imageInput');
      settle('converse.videoInput');
      // A model that takes no image takes none inside a tool result either.
      if (!inputs.has('IMAGE')) {
        claim('converse.imagesInToolResults', false, LIST_FOUNDATION_MODELS);
        setPath(entry, 'converse.imagesInToolResults', null);
        supported.delete('converse.imagesInToolResults');
        settle('converse.imagesInToolResults');
      }
    }

    for (const field of ['maxOutputTokens', 'contextWindow'] as const) {
      const settled = settleLimit(limits[field]);
      if (settled === 'disagree') {
        disagreements.push(`${id} ${field}: ${limits[field].map((item) => `${item.exact ?? item.figure!.text} (${item.source.url})`).join(' ≠ ')}`);
        continue;
      }
      if (!settled) continue;
      entry[field] = settled.value;
      supported.set(
        field,
        limits[field].map((item) => item.source),
      );
      if (settled.roundedFrom) entry.roundedFrom = { ...entry.roundedFrom, [field]: settled.roundedFrom };
    }
    if (entry.family !== null && !(entry.family in FAMILIES)) throw new Error(`${id}: family ${entry.family} is not defined`);

    entry.sources = groupSources(supported);
    models[id] = entry;
  }

  const families = structuredClone(FAMILIES);
  for (const family of Object.values(families)) family.sources = normaliseSources(family.sources);
  const dates = [...Object.values(models), ...Object.values(families)].flatMap((item) => item.sources.map((source) => source.date));
  const currentTo = dates.reduce((latest, date) => (date > latest ? date : latest), '0000-00-00');
  return { data: { schemaVersion: 1, currentTo, models, families }, disagreements };
}

function addCardClaims(
  card: CardFacts,
  streaming: boolean | null,
  claim: (path: string, value: unknown, ...sources: Source[]) => void,
  limits: Record<'maxOutputTokens' | 'contextWindow', LimitEvidence[]>,
  invokeMarkIsBidirectional: boolean,
): void {
  const source: Source = { url: card.url, date: MODEL_CARDS_DATE };
  const { bedrockRuntime, bedrockMantle } = card.endpoints;
  if (card.maxOutputTokens) limits.maxOutputTokens.push({ figure: card.maxOutputTokens, source });
  if (card.contextWindow) limits.contextWindow.push({ figure: card.contextWindow, source });
  // A card that marks no endpoint at all (the gated models' cards) says nothing about where or how the model is
  // served, as one that marks no API says nothing about its operations: a model served nowhere is not plausible.
  if (!bedrockRuntime && !bedrockMantle) return;
  claim('endpoints.bedrockRuntime', bedrockRuntime, source);
  if (!bedrockRuntime) {
    for (const operation of OPERATIONS) claim(`operations.${operation}`, false, source);
  } else if (card.apis) {
    claim('operations.converse', card.apis.converse, source);
    // A streaming operation needs both the operation (the card) and streaming (ListFoundationModels).
    if (!card.apis.converse) claim('operations.converseStream', false, source);
    else if (streaming !== null) claim('operations.converseStream', streaming, source, LIST_FOUNDATION_MODELS);
    // The "Invoke" mark covers the whole Invoke family: unmarked, none of it is served; marked, it is InvokeModel
    // except on models documented with the bidirectional stream only.
    if (!card.apis.invoke) {
      claim('operations.invokeModel', false, source);
      claim('operations.invokeModelWithResponseStream', false, source);
    } else if (!invokeMarkIsBidirectional) {
      claim('operations.invokeModel', true, source);
      if (streaming !== null) claim('operations.invokeModelWithResponseStream', streaming, source, LIST_FOUNDATION_MODELS);
    }
  }
  if (!bedrockMantle) {
    claim('endpoints.bedrockMantle', false, source);
  } else {
    // The card lists APIs without saying on which endpoint; on a model served by both, an API the card marks
    // supported may be bedrock-runtime's, so only its absence says something about bedrock-mantle.
    const onMantle = (supported: boolean | undefined) => (supported === undefined ? null : !bedrockRuntime ? supported : supported ? null : false);
    claim(
      'endpoints.bedrockMantle',
      { responses: onMantle(card.apis?.responses), chatCompletions: onMantle(card.apis?.chatCompletions), messages: null, openaiBasePath: null },
      source,
    );
  }
}

/** An exact number wins if every rounded figure allows it; otherwise a figure alone gives its upper reading. */
function settleLimit(evidence: LimitEvidence[]): { value: number; roundedFrom?: string } | 'disagree' | null {
  if (evidence.length === 0) return null;
  const exact = [...new Set(evidence.flatMap((item) => (item.exact === undefined ? [] : [item.exact])))];
  const figures = evidence.flatMap((item) => (item.figure ? [item.figure] : []));
  if (exact.length > 1) return 'disagree';
  if (exact.length === 1) {
    const value = exact[0]!;
    return figures.every((figure) => figure.lower <= value && value <= figure.upper) ? { value } : 'disagree';
  }
  const tightest = figures.reduce((a, b) => (b.upper < a.upper ? b : a));
  return figures.every((figure) => figure.lower <= tightest.upper) ? { value: tightest.upper, roundedFrom: tightest.text } : 'disagree';
}

function setPath(target: object, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) throw new Error(`cannot set ${path}: ${key} is not an object`);
    node = node[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (!(last in node)) throw new Error(`cannot set ${path}: no field ${last}`);
  node[last] = structuredClone(value);
}

function groupSources(supported: Map<string, Source[]>): CapabilitySource[] {
  const byKey = new Map<string, CapabilitySource>();
  for (const [field, sources] of supported) {
    for (const { url, date } of sources) {
      const key = `${url} ${date}`;
      const entry = byKey.get(key) ?? { fields: [], url, date };
      if (!entry.fields.includes(field)) entry.fields.push(field);
      byKey.set(key, entry);
    }
  }
  return normaliseSources([...byKey.values()]);
}

function normaliseSources(sources: CapabilitySource[]): CapabilitySource[] {
  return sources
    .map((source) => ({ date: source.date, fields: [...source.fields].sort(), url: source.url }))
    .sort((a, b) => (a.url === b.url ? a.date.localeCompare(b.date) : a.url < b.url ? -1 : 1));
}
