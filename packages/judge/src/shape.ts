import { type BedrockCatalog, GEO_PREFIXES, splitGeoPrefix } from '@bedrock-models/catalog';

/** Where a model reference sits inside a string, and what the string says around it. */
export interface ShapeMatch {
  /** The reference to judge: a model ID, profile ID or ARN (URL-decoded). */
  id: string;
  /** Its span in the string (before decoding). */
  start: number;
  end: number;
  /** The ID was URL-encoded (`%3A` for `:`): a replacement must be encoded the same way. */
  encoded: boolean;
  /** The region the string itself names (a `bedrock-runtime.<region>.amazonaws.com` host). */
  region: string | null;
  /** The string is an invoke endpoint (`/model/<id>/invoke`): the ID goes to an on-demand call. */
  onDemand: boolean;
  /**
   * How sure the shape is that this is a model ID and not an ordinary string. `strong`: an ARN, an endpoint
   * path, a `bedrock:` prefix, a geo prefix, a `:N` version or a release date: unknown IDs are reported.
   * `weak`: a known provider and family only (`anthropic.claude-foo`, an application's `anthropic.claude-3-5-sonnet-v1`
   * alias): judged when the catalog knows it, never reported as unknown.
   */
  strength: 'strong' | 'weak';
}

/** What shape detection knows about a catalog: its providers and model families (`anthropic.claude`). */
interface CatalogShape {
  providers: ReadonlySet<string>;
  families: ReadonlySet<string>;
}

const shapes = new WeakMap<BedrockCatalog, CatalogShape>();
const MIN_LENGTH = 6;
const MAX_LENGTH = 400;
const NAME = /^[a-z0-9][a-z0-9.:-]*[a-z0-9]$/;
const DOT_WORD = /\.(?!\d)/;
const VERSION_SUFFIX = /(?:-v\d+(?::\d+)?|-\d+:\d+|:\d+)(?::\d+k?)?$/;
const COLON_VERSION = /(?:-v\d+:\d+|-\d+:\d+|:\d+)(?::\d+k?)?$/;
const BARE_VERSION = /-v\d+$/;
const RELEASE_DATE = /-\d{8}(?:-|$)/;
const TOKEN = /[-.:]/;
const VERTEX_DATE = /^[a-z0-9][a-z0-9.-]*@\d{8}$/;
const ENDPOINT_HOST = /^https?:\/\/bedrock-runtime(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\/|$)/;
const ENDPOINT_PREFIXES = ['bedrock:', 'bedrock_converse:', 'bedrock/converse/', 'bedrock/'];
const APPLICATION_PROFILE_ARN = /^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:\d{12}:application-inference-profile\/[A-Za-z0-9]+$/;
const FILE_EXTENSION = /\.(?:json|jsonl|js|cjs|mjs|ts|tsx|jsx|md|yaml|yml|txt|html|css|py|png|jpg|svg|zip)$/;

/**
 * A cheap test, run before any regular expression: can this string hold a model reference at all?
 * (Every model ID, profile ID and model ARN has a dot, a lower-case start, no spaces, and a modest length.)
 */
export function mayHoldModelId(value: string): boolean {
  if (value.length < MIN_LENGTH || value.length > MAX_LENGTH) return false;
  const first = value.charCodeAt(0);
  // a-z, or `/` for `/model/<id>/invoke` paths.
  if (!((first >= 97 && first <= 122) || first === 47)) return false;
  return value.includes('.') && !value.includes(' ');
}

/**
 * Finds the model reference a string holds, by a conservative grammar that leans on the catalog's providers
 * and families: a plain ID or profile ID, a model-bearing ARN, an invoke endpoint path or URL, or a
 * `bedrock:`-prefixed ID. Null for ordinary strings (domains, file names, dotted keys, prefixes such as
 * `anthropic.claude` used for matching, IAM wildcards, non-model ARNs).
 */
export function findModelId(value: string, catalog: BedrockCatalog): ShapeMatch | null {
  if (!mayHoldModelId(value)) return null;
  if (value.startsWith('arn:')) return matchArn(value, 0, value.length, false, null, false);
  const path = value.indexOf('/model/');
  if (path >= 0) return matchEndpoint(value, path, catalog);
  for (const prefix of ENDPOINT_PREFIXES) {
    if (value.startsWith(prefix)) {
      const rest = value.slice(prefix.length);
      const match = rest.startsWith('arn:') ? matchArn(rest, prefix.length, value.length, false, null, false) : matchPlainId(rest, catalog);
      return match && { ...match, start: prefix.length, end: value.length, strength: 'strong' };
    }
  }
  return matchPlainId(value, catalog);
}

/**
 * The reference inside a string that is known to be a model argument (an SDK `modelId`, a wrapper's model
 * name): what `findModelId` finds, else the whole string when it could be an ID at all (no spaces, not
 * empty), so that Anthropic-API names, Vertex names and typos are judged too.
 */
export function modelArgument(value: string, catalog: BedrockCatalog): ShapeMatch | null {
  const found = findModelId(value, catalog);
  if (found) return { ...found, strength: 'strong' };
  if (value === '' || value.length > MAX_LENGTH || /\s/.test(value)) return null;
  // An application inference profile's ID has no dot: the call is judged where the user maps the ARN to its model.
  if (value.startsWith('arn:'))
    return APPLICATION_PROFILE_ARN.test(value)
      ? { id: value, start: 0, end: value.length, encoded: false, region: null, onDemand: false, strength: 'strong' }
      : null;
  return { id: value, start: 0, end: value.length, encoded: false, region: null, onDemand: false, strength: 'strong' };
}

/** Whether `text` (a template's static tail, after a `${geo}`) reads as `.provider.model…`. */
export function isModelIdTail(text: string, catalog: BedrockCatalog): boolean {
  if (!text.startsWith('.')) return false;
  const match = matchPlainId(text.slice(1), catalog);
  // Behind a computed geo prefix, a `-v1` tail (`.anthropic.claude-instant-v1`) is meant as an ID too.
  return match !== null && (match.strength === 'strong' || VERSION_SUFFIX.test(match.id));
}

function matchArn(value: string, start: number, end: number, encoded: boolean, region: string | null, onDemand: boolean): ShapeMatch | null {
  // Non-Bedrock ARNs, IAM wildcards and non-model resources are filtered by the catalog's ARN parser later;
  // here only the cheap part: a Bedrock ARN without wildcards.
  if (!value.includes(':bedrock:')) return null;
  if (value.includes('*')) return wildcardRegionArn(value, start, encoded);
  return { id: value, start, end, encoded, region, onDemand, strength: 'strong' };
}

// `arn:aws:bedrock:*::foundation-model/amazon.nova-pro-v1` (IAM policies): the region is any, but the model ID is
// still a model ID; it is judged alone, without region. A wildcard in the resource (`foundation-model/*`) names no model.
const WILDCARD_REGION_ARN = /^arn:aws[a-z-]*:bedrock:\*:(?:\d{12}|\*)?:(foundation-model|inference-profile)\/([^*]+)$/;

function wildcardRegionArn(value: string, start: number, encoded: boolean): ShapeMatch | null {
  const match = WILDCARD_REGION_ARN.exec(value);
  if (!match) return null;
  const id = match[2]!;
  const offset = value.length - id.length;
  return { id, start: start + offset, end: start + value.length, encoded, region: null, onDemand: false, strength: 'strong' };
}

function matchEndpoint(value: string, path: number, catalog: BedrockCatalog): ShapeMatch | null {
  let region: string | null = null;
  if (path > 0) {
    const host = ENDPOINT_HOST.exec(value);
    if (!host) return null;
    region = host[1]!;
  }
  const start = path + '/model/'.length;
  let end = start;
  while (end < value.length && value[end] !== '/' && value[end] !== '?' && value[end] !== '#') end++;
  const raw = value.slice(start, end);
  const encoded = /%3a/i.test(raw);
  const id = encoded ? raw.replace(/%3a/gi, ':').replace(/%2f/gi, '/') : raw;
  if (id.startsWith('arn:')) return matchArn(id, start, end, encoded, region, true);
  const match = matchPlainId(id, catalog);
  return match && { ...match, start, end, encoded, region, onDemand: true, strength: 'strong' };
}

function matchPlainId(written: string, catalog: BedrockCatalog): ShapeMatch | null {
  // `anthropic.claude-haiku-4-5@20251001`: a Vertex AI name with a Bedrock provider, read as its dated form.
  const vertex = VERTEX_DATE.test(written);
  const value = vertex ? written.replace('@', '-') : written;
  if (!NAME.test(value)) return null;
  const profile = splitGeoPrefix(value);
  const modelId = profile ? profile.modelId : value;
  const dot = modelId.indexOf('.');
  if (dot <= 0) return null;
  const { providers, families } = shapeOf(catalog);
  const provider = modelId.slice(0, dot);
  if (!providers.has(provider)) return null;
  const rest = modelId.slice(dot + 1);
  // Real IDs only have dots before digits (`deepseek.v3.2`, `minimax.minimax-m2.1`); `amazon.config.json` does not.
  if (DOT_WORD.test(rest) || FILE_EXTENSION.test(value)) return null;
  const token = rest.split(TOKEN)[0]!;
  // A bare family (`anthropic.claude`) is a prefix used for matching, not an ID.
  if (token.length === rest.length) return null;
  const knownFamily = families.has(`${provider}.${family(token)}`);
  const dated = RELEASE_DATE.test(rest);
  const versioned = dated || COLON_VERSION.test(rest);
  if (!knownFamily && !versioned) return null;
  // A bare `-v1` is how applications name their own enum values and aliases (`anthropic.claude-3-5-sonnet-v1`): strong
  // only as a catalog ID missing its `:0` (`cohere.embed-v4`, `amazon.nova-pro-v1`), a typo of a real ID.
  const strong = versioned || profile !== null || (BARE_VERSION.test(rest) && isCatalogId(catalog, `${modelId}:0`));
  return { id: written, start: 0, end: written.length, encoded: false, region: null, onDemand: false, strength: strong ? 'strong' : 'weak' };
}

/**
 * Whether an ID, found outside any call, is too weakly shaped to be called unknown although it has a version: a bare
 * family with a version and no model name (`anthropic.claude:1`, a prompt router's default model, not a model ID).
 */
export function isWeakOutsideCall(id: string): boolean {
  if (id.startsWith('arn:') || splitGeoPrefix(id) !== null) return false;
  return /^[a-z0-9]+\.[a-z0-9]+:\d+$/.test(id);
}

function isCatalogId(catalog: BedrockCatalog, id: string): boolean {
  return Object.hasOwn(catalog.data.models, id) || Object.hasOwn(catalog.data.retired, id);
}

// `llama3` and `llama4` are one family; so are `sd3` and `sd3-5`.
function family(token: string): string {
  return token.replace(/[\d.]+$/, '');
}

function shapeOf(catalog: BedrockCatalog): CatalogShape {
  let shape = shapes.get(catalog);
  if (!shape) {
    const families = new Set<string>();
    const { models, retired, profiles } = catalog.data;
    for (const id of [...Object.keys(models), ...Object.keys(retired), ...Object.values(profiles).flatMap((profile) => profile.models)]) {
      const modelId = splitGeoPrefix(id)?.modelId ?? id;
      const dot = modelId.indexOf('.');
      if (dot > 0) families.add(`${modelId.slice(0, dot)}.${family(modelId.slice(dot + 1).split(TOKEN)[0]!)}`);
    }
    // Geo prefixes are never providers, even if a catalog were to list one.
    const providers = new Set([...catalog.providers].filter((provider) => !(GEO_PREFIXES as readonly string[]).includes(provider)));
    shape = { providers, families };
    shapes.set(catalog, shape);
  }
  return shape;
}
