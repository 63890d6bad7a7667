import { splitGeoPrefix } from './ids.js';

/** One ID the near-match search can propose, split once at index time. */
export interface NearMatchCandidate {
  id: string;
  geo: string | null;
  provider: string;
  core: string;
  version: string;
}

interface Query {
  geo: string | null;
  provider: string | null;
  core: string;
  version: string;
}

const VERSION_SUFFIX = /(-v\d+(?::\d+)?|-\d+:\d+|:\d+)$/;
const DATE_TAIL = /^-\d{8}$/;

/** Splits a catalog ID into the parts the distance weighs. */
export function toCandidate(id: string): NearMatchCandidate {
  const profile = splitGeoPrefix(id);
  const modelId = profile ? profile.modelId : id;
  const dot = modelId.indexOf('.');
  const rest = modelId.slice(dot + 1);
  const version = VERSION_SUFFIX.exec(rest)?.[1] ?? '';
  return { id, geo: profile?.geo ?? null, provider: modelId.slice(0, dot), core: rest.slice(0, rest.length - version.length), version };
}

/**
 * Reads what the user most likely meant, undoing the common confusions:
 * `bedrock:`/`bedrock/` prefixes, `region/modelId`, URL-encoded colons, Vertex-style `name@date`,
 * a context variant (`:200k`), and Anthropic-API names without provider or version.
 */
function toQuery(input: string): Query {
  let value = input.trim().toLowerCase().replace(/%3a/g, ':');
  if (value.startsWith('arn:')) value = value.slice(value.lastIndexOf('/') + 1);
  value = value.replace(/^bedrock[:/]/, '');
  if (value.includes('/')) value = value.slice(value.lastIndexOf('/') + 1);
  value = value.replace('@', '-').replace(/(:\d+):\d+k?$/, '$1');
  const profile = splitGeoPrefix(value);
  if (profile) value = profile.modelId;
  const dot = value.indexOf('.');
  const provider = dot > 0 && !/^\d/.test(value.slice(dot + 1)) ? value.slice(0, dot) : null;
  const rest = provider ? value.slice(dot + 1) : value;
  const version = VERSION_SUFFIX.exec(rest)?.[1] ?? '';
  return { geo: profile?.geo ?? null, provider, core: rest.slice(0, rest.length - version.length), version };
}

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

function coreDistance(query: string, candidate: string, limit: number): number {
  // An Anthropic-API name lacks only the release date the Bedrock ID carries: `claude-sonnet-4-5` → `claude-sonnet-4-5-20250929`.
  // Scored below any one-character edit, so `claude-sonnet-4-5` prefers its dated ID over `claude-sonnet-4-6`.
  if (candidate.startsWith(query) && DATE_TAIL.test(candidate.slice(query.length))) return 0.5;
  return boundedDistance(query, candidate, limit);
}

function score(query: Query, candidate: NearMatchCandidate, limit: number): number {
  const distance = coreDistance(query.core, candidate.core, limit);
  if (distance > limit) return Number.POSITIVE_INFINITY;
  let total = distance;
  if (query.provider !== null && query.provider !== candidate.provider) total += 2;
  if (query.geo !== candidate.geo) total += query.geo === null ? 0.5 : 1.5;
  if (query.version !== candidate.version) total += query.version === '' ? 0.25 : 0.5;
  return total;
}

/** The closest catalog IDs to `input`, best first, at most `limit`. */
export function nearMatches(input: string, candidates: readonly NearMatchCandidate[], limit = 3): string[] {
  const query = toQuery(input);
  const maxDistance = Math.max(2, Math.floor(query.core.length * 0.3));
  const scored: Array<{ id: string; score: number }> = [];
  for (const candidate of candidates) {
    if (candidate.id === input) continue;
    const value = score(query, candidate, maxDistance);
    if (Number.isFinite(value)) scored.push({ id: candidate.id, score: value });
  }
  scored.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map((entry) => entry.id);
}
