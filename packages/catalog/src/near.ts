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

// Two rows of the distance table, reused by every call: the search runs once per unknown ID over every
// candidate name, and allocating rows per candidate cost more than the distance itself.
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning `limit + 1`) once it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      let value = previous[j - 1]! + cost;
      if (previous[j]! + 1 < value) value = previous[j]! + 1;
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1;
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

// An Anthropic-API name lacks only the release date the Bedrock ID carries: `claude-sonnet-4-5` → `claude-sonnet-4-5-20250929`.
// Scored below any one-character edit, so `claude-sonnet-4-5` prefers its dated ID over `claude-sonnet-4-6`.
const DATED_NAME_DISTANCE = 0.5;
function isDatedName(query: string, candidate: string): boolean {
  return candidate.startsWith(query) && DATE_TAIL.test(candidate.slice(query.length));
}

// Everything but the name: provider, geo prefix and version suffix, on top of the names' distance.
function score(query: Query, candidate: NearMatchCandidate, distance: number): number {
  let total = distance;
  if (query.provider !== null && query.provider !== candidate.provider) total += 2;
  if (query.geo !== candidate.geo) total += query.geo === null ? 0.5 : 1.5;
  if (query.version !== candidate.version) total += query.version === '' ? 0.25 : 0.5;
  return total;
}

/**
 * The candidates grouped by name (`core`), the names grouped by length. A name's distance is computed once
 * however many IDs share it (a model and its `us.`/`eu.`/`global.` profiles), and only for names whose length
 * can be within the distance limit, or exactly a release date longer: the search costs what the names near the
 * query's length cost, not what the whole catalog does.
 */
export class NearMatchIndex {
  private readonly byCore = new Map<string, NearMatchCandidate[]>();
  private readonly coresByLength = new Map<number, string[]>();

  constructor(candidates: readonly NearMatchCandidate[]) {
    for (const candidate of candidates) {
      const group = this.byCore.get(candidate.core);
      if (group) {
        group.push(candidate);
        continue;
      }
      this.byCore.set(candidate.core, [candidate]);
      const cores = this.coresByLength.get(candidate.core.length);
      if (cores) cores.push(candidate.core);
      else this.coresByLength.set(candidate.core.length, [candidate.core]);
    }
  }

  /** The candidates whose name is within `limit` of `core`, each with that distance. */
  *near(core: string, limit: number): Generator<[NearMatchCandidate[], number]> {
    const lengths = new Set<number>();
    for (let length = Math.max(0, core.length - limit); length <= core.length + limit; length++) lengths.add(length);
    lengths.add(core.length + DATE_TAIL_LENGTH);
    const letters = new LetterCounts(core);
    for (const length of lengths) {
      for (const candidateCore of this.coresByLength.get(length) ?? []) {
        // The letters two names do not share bound their distance from below, for the price of one pass:
        // most names of the catalog are ruled out here without a distance table.
        const distance = isDatedName(core, candidateCore)
          ? DATED_NAME_DISTANCE
          : letters.unsharedWith(candidateCore) > limit
            ? limit + 1
            : boundedDistance(core, candidateCore, limit);
        if (distance <= limit) yield [this.byCore.get(candidateCore)!, distance];
      }
    }
  }
}

/** A name's letter counts, to bound its edit distance to another name from below (the "bag distance"). */
class LetterCounts {
  private readonly counts = new Int32Array(LETTER_BUCKETS);
  private readonly scratch = new Int32Array(LETTER_BUCKETS);
  private readonly length: number;

  constructor(name: string) {
    this.length = name.length;
    for (let index = 0; index < name.length; index++) this.counts[bucket(name, index)]!++;
  }

  /** How many letters of the longer name the other cannot match: no edit script is shorter. */
  unsharedWith(other: string): number {
    const available = this.scratch;
    available.set(this.counts);
    let shared = 0;
    for (let index = 0; index < other.length; index++) {
      const letter = bucket(other, index);
      if (available[letter]! > 0) {
        available[letter]!--;
        shared++;
      }
    }
    return Math.max(this.length, other.length) - shared;
  }
}

// IDs are ASCII; anything else shares the last bucket, which can only lower the bound, never break it.
const LETTER_BUCKETS = 128;
function bucket(name: string, index: number): number {
  const code = name.charCodeAt(index);
  return code < LETTER_BUCKETS ? code : LETTER_BUCKETS - 1;
}

const DATE_TAIL_LENGTH = '-20250929'.length;

/** The closest catalog IDs to `input`, best first, at most `limit`. */
export function nearMatches(input: string, candidates: NearMatchIndex | readonly NearMatchCandidate[], limit = 3): string[] {
  const index = candidates instanceof NearMatchIndex ? candidates : new NearMatchIndex(candidates);
  const query = toQuery(input);
  const maxDistance = Math.max(2, Math.floor(query.core.length * 0.3));
  // The best `limit` so far, in order: a catalog with many IDs near the query costs insertions, not a sort of all of them.
  const best: Array<{ id: string; score: number }> = [];
  if (limit < 1) return [];
  for (const [group, distance] of index.near(query.core, maxDistance)) {
    for (const candidate of group) {
      if (candidate.id === input) continue;
      const entry = { id: candidate.id, score: score(query, candidate, distance) };
      if (best.length === limit && !ranksBefore(entry, best[limit - 1]!)) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(entry, best[at - 1]!)) at--;
      best.splice(at, 0, entry);
      if (best.length > limit) best.pop();
    }
  }
  return best.map((entry) => entry.id);
}

function ranksBefore(a: { id: string; score: number }, b: { id: string; score: number }): boolean {
  return a.score < b.score || (a.score === b.score && a.id < b.id);
}
