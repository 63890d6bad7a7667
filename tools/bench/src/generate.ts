// Generated inputs: the worst-case lint corpus (every file full of Bedrock calls and model-ID strings, half of
// them wrong), the unknown IDs the suggestion ranking is timed on, and a catalog ten times the real one.
// Everything is derived from the bundled catalog with a seeded generator, so every run sees the same inputs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitGeoPrefix, validateCatalog, type BedrockCatalog, type Catalog } from '@bedrock-models/catalog';
import { judge } from '@bedrock-models/judge';

/** mulberry32: a small seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A one- or two-edit typo in the name part of an ID (never its provider), unknown to the catalog. */
export function typo(next: () => number, id: string, catalog: BedrockCatalog): string {
  const geo = splitGeoPrefix(id);
  const modelId = geo ? geo.modelId : id;
  const dot = modelId.indexOf('.');
  for (let attempt = 0; attempt < 50; attempt++) {
    let name = modelId.slice(dot + 1);
    const edits = next() < 0.7 ? 1 : 2;
    for (let edit = 0; edit < edits; edit++) {
      const at = Math.floor(next() * name.length);
      const kind = next();
      if (kind < 0.33) name = name.slice(0, at) + name.slice(at + 1);
      else if (kind < 0.66) name = name.slice(0, at) + pick(next, [...LETTERS]) + name.slice(at);
      else name = name.slice(0, at) + pick(next, [...LETTERS]) + name.slice(at + 1);
    }
    const candidate = `${geo ? `${geo.geo}.` : ''}${modelId.slice(0, dot)}.${name}`;
    if (/^[a-z0-9]/.test(name) && catalog.resolve(candidate)?.kind === 'unknown') return candidate;
  }
  return `${modelId.slice(0, dot)}.made-up-model-v9:0`;
}

type Kind = 'good-model' | 'good-profile' | 'typo' | 'retired' | 'wrong-region' | 'needs-profile' | 'wrong-geo' | 'api-name';
const GOOD: readonly Kind[] = ['good-model', 'good-profile'];
const WRONG: readonly Kind[] = ['typo', 'retired', 'wrong-region', 'needs-profile', 'wrong-geo', 'api-name'];

interface Use {
  id: string;
  region: string;
  wrong: boolean;
}

/** What each kind of use draws from: real IDs, labelled by the catalog's own judgement so "good" really is good. */
class Draws {
  private readonly good = new Map<string, { models: string[]; profiles: string[] }>();
  private readonly needsProfile: Array<{ id: string; region: string }> = [];
  private readonly absent: Array<{ id: string; region: string }> = [];
  private readonly wrongGeo: Array<{ id: string; region: string }> = [];
  private readonly retired: string[];
  private readonly apiNames: string[];
  readonly regions: string[];

  constructor(private readonly catalog: BedrockCatalog) {
    const { data } = catalog;
    this.regions = Object.keys(data.regions).sort();
    const clean = (value: string, region: string): boolean => judge(catalog, { value, regions: [region], regionSource: 'code', onDemand: true }).length === 0;
    for (const region of this.regions) {
      const models = Object.keys(data.models).filter((id) => data.models[id]!.regions[region] && clean(id, region));
      const profiles = Object.keys(data.profiles).filter((id) => Object.hasOwn(data.profiles[id]!.sources, region) && clean(id, region));
      if (models.length > 0 && profiles.length > 0) this.good.set(region, { models, profiles });
      for (const id of Object.keys(data.models)) {
        const entry = data.models[id]!.regions[region];
        const types = entry?.inferenceTypes;
        if (types && types.length > 0 && !types.includes('ON_DEMAND') && catalog.profilesReaching(id, region).length > 0)
          this.needsProfile.push({ id, region });
        if (!entry && catalog.availability(id, region).status === 'absent') this.absent.push({ id, region });
      }
      const geo = data.regions[region]!.geo;
      for (const id of Object.keys(data.profiles)) {
        const profileGeo = data.profiles[id]!.geo;
        if (profileGeo !== 'global' && profileGeo !== geo && !Object.hasOwn(data.profiles[id]!.sources, region)) this.wrongGeo.push({ id, region });
      }
    }
    this.retired = Object.keys(data.retired).sort();
    // `anthropic.claude-3-5-haiku-20241022-v1:0` → `claude-3-5-haiku-20241022`: what Anthropic's own API calls it.
    this.apiNames = Object.keys(data.models)
      .filter((id) => id.startsWith('anthropic.claude-'))
      .map((id) => id.slice('anthropic.'.length).replace(/-v\d+(?::\d+)?$/, ''))
      .filter((name) => /^claude-[a-z0-9-]+$/.test(name) && catalog.resolve(name)?.kind === 'unknown');
  }

  draw(next: () => number, kind: Kind, fixedRegion: string | null): Use {
    const region = fixedRegion ?? pick(next, [...this.good.keys()]);
    const good = this.good.get(region) ?? this.good.get('us-east-1')!;
    const local = (list: ReadonlyArray<{ id: string; region: string }>): { id: string; region: string } => {
      const here = list.filter((entry) => entry.region === region);
      return pick(next, here.length > 0 && fixedRegion !== null ? here : list);
    };
    switch (kind) {
      case 'good-model':
        return { id: pick(next, good.models), region, wrong: false };
      case 'good-profile':
        return { id: pick(next, good.profiles), region, wrong: false };
      case 'typo':
        return { id: typo(next, pick(next, next() < 0.5 ? good.models : good.profiles), this.catalog), region, wrong: true };
      case 'retired':
        return { id: pick(next, this.retired), region, wrong: true };
      case 'api-name':
        return { id: pick(next, this.apiNames), region, wrong: true };
      case 'wrong-region':
        return { ...local(this.absent), wrong: true };
      case 'needs-profile':
        return { ...local(this.needsProfile), wrong: true };
      case 'wrong-geo':
        return { ...local(this.wrongGeo), wrong: true };
    }
  }
}

/** One call shape per use; `{id}` and `{region}` are filled in. The registry collects region-less uses. */
const SHAPES: ReadonlyArray<(n: number, use: Use) => string> = [
  (n, { id, region }) =>
    `export async function converse${n}(text: string) {\n  const client${n} = new BedrockRuntimeClient({ region: '${region}' });\n  return client${n}.send(new ConverseCommand({ modelId: '${id}', messages: [{ role: 'user', content: [{ text }] }] }));\n}\n`,
  (n, { id, region }) =>
    `export async function stream${n}(body: string) {\n  const runtime${n} = new BedrockRuntimeClient({ region: '${region}', maxAttempts: 3 });\n  const command = new InvokeModelWithResponseStreamCommand({ modelId: '${id}', contentType: 'application/json', body });\n  return runtime${n}.send(command);\n}\n`,
  (n, { id, region }) => `const provider${n} = createAmazonBedrock({ region: '${region}' });\nexport const model${n} = provider${n}('${id}');\n`,
  (n, { id, region }) => `export const chat${n} = new ChatBedrockConverse({ model: '${id}', region: '${region}', temperature: 0, maxTokens: 512 });\n`,
  (n, { id, region }) =>
    `const anthropic${n} = new AnthropicBedrock({ awsRegion: '${region}' });\nexport const reply${n} = () => anthropic${n}.messages.create({ model: '${id}', max_tokens: 256, messages: [{ role: 'user', content: 'hi' }] });\n`,
  (n, { id, region }) => `export const agent${n} = new BedrockModel({ modelId: '${id}', region: '${region}', temperature: 0.2 });\n`,
];

const HEADER = `import { BedrockRuntimeClient, ConverseCommand, InvokeModelWithResponseStreamCommand } from '@aws-sdk/client-bedrock-runtime';
import { createAmazonBedrock, bedrock } from '@ai-sdk/amazon-bedrock';
import { ChatBedrockConverse } from '@langchain/aws';
import { AnthropicBedrock } from '@anthropic-ai/bedrock-sdk';
import { BedrockModel } from '@strands-agents/sdk';

`;

export interface WorstCorpus {
  files: number;
  ids: number;
  wrong: number;
  byKind: Record<string, number>;
}

/**
 * Writes `files` TypeScript files into `dir`, each with `idsPerFile` model-ID strings: five sixths in calls
 * (AWS SDK commands with their client's region, AI SDK, LangChain, Anthropic's Bedrock SDK, Strands), one
 * sixth in an `as const` registry and `bedrock.embedding(…)` calls judged in the default region; half wrong.
 */
export function writeWorstCorpus(dir: string, files: number, idsPerFile: number, catalog: BedrockCatalog, defaultRegion: string): WorstCorpus {
  const next = random(0xbed70c);
  const draws = new Draws(catalog);
  const byKind: Record<string, number> = {};
  let wrong = 0;
  mkdirSync(dir, { recursive: true });
  for (let file = 0; file < files; file++) {
    const parts = [HEADER];
    const registry: string[] = [];
    for (let n = 0; n < idsPerFile; n++) {
      const kind = n % 2 === 0 ? pick(next, GOOD) : pick(next, WRONG);
      byKind[kind] = (byKind[kind] ?? 0) + 1;
      const inRegistry = n % 6 === 5;
      const use = draws.draw(next, kind, inRegistry ? defaultRegion : null);
      if (use.wrong) wrong++;
      if (inRegistry) registry.push(n % 12 === 5 ? `export const embedder${n} = bedrock.embedding('${use.id}');\n` : `  model${n}: '${use.id}',\n`);
      else parts.push(SHAPES[n % SHAPES.length]!(n, use));
    }
    parts.push(...registry.filter((line) => line.startsWith('export')));
    parts.push(`export const MODELS = {\n${registry.filter((line) => !line.startsWith('export')).join('')}} as const;\n`);
    writeFileSync(join(dir, `service-${String(file).padStart(4, '0')}.ts`), parts.join('\n'));
  }
  return { files, ids: files * idsPerFile, wrong, byKind };
}

/** `count` IDs the catalog does not know, made from its live IDs by typos, plus Anthropic-API names: what suggestions are ranked for. */
export function unknownIds(catalog: BedrockCatalog, count: number): string[] {
  const next = random(0x5eed);
  const live = [...Object.keys(catalog.data.models), ...Object.keys(catalog.data.profiles)].sort();
  const ids: string[] = [];
  for (let index = 0; index < count; index++) ids.push(typo(next, pick(next, live), catalog));
  return ids;
}

/**
 * A catalog `factor` times the real one that passes `validateCatalog`: every model, profile and retired entry
 * cloned `factor - 1` times under renamed providers (`anthropic` → `anthropic-c1` …), each region listing the
 * clones it lists originals of. Model names stay, as in a catalog where providers ship similar families.
 */
export function scaledCatalog(data: Catalog, factor: number): Catalog {
  const rename = (id: string, clone: number): string => {
    const geo = splitGeoPrefix(id);
    const modelId = geo ? geo.modelId : id;
    const dot = modelId.indexOf('.');
    const renamed = `${modelId.slice(0, dot)}-c${clone}${modelId.slice(dot)}`;
    return geo ? `${geo.geo}.${renamed}` : renamed;
  };
  const scaled = structuredClone(data);
  for (let clone = 1; clone < factor; clone++) {
    for (const [id, model] of Object.entries(data.models)) {
      const copy = structuredClone(model);
      if (copy.replacement) copy.replacement = rename(copy.replacement, clone);
      scaled.models[rename(id, clone)] = copy;
    }
    for (const [id, profile] of Object.entries(data.profiles)) {
      const copy = structuredClone(profile);
      const [firstModel, ...otherModels] = copy.models;
      copy.models = [rename(firstModel, clone), ...otherModels.map((modelId) => rename(modelId, clone))];
      scaled.profiles[rename(id, clone)] = copy;
    }
    for (const [id, entry] of Object.entries(data.retired)) {
      const copy = structuredClone(entry);
      if (copy.replacement) copy.replacement = rename(copy.replacement, clone);
      scaled.retired[rename(id, clone)] = copy;
    }
    for (const [region, entry] of Object.entries(data.regions)) {
      const target = scaled.regions[region]!;
      target.models = [...target.models, ...entry.models.map((id) => rename(id, clone))].sort();
      target.profiles = [...target.profiles, ...entry.profiles.map((id) => rename(id, clone))].sort();
    }
  }
  const issues = validateCatalog(scaled);
  if (issues.length > 0)
    throw new Error(
      `the ${factor}x catalog is not valid: ${issues
        .slice(0, 5)
        .map((issue) => `${issue.path}: ${issue.message}`)
        .join('; ')}`,
    );
  return scaled;
}

/** `count` model IDs for `region`, alternately good and wrong (typos, retired, wrong region, missing profile, …). */
export function drawIds(catalog: BedrockCatalog, count: number, region: string): Array<{ id: string; wrong: boolean }> {
  const next = random(0xc11);
  const draws = new Draws(catalog);
  return Array.from({ length: count }, (_, n) => {
    const use = draws.draw(next, n % 2 === 0 ? pick(next, GOOD) : pick(next, WRONG), region);
    return { id: use.id, wrong: use.wrong };
  });
}
