import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One likely cause of a runtime error, how to tell it from the others, and the rule that catches it. */
export interface ErrorCause {
  cause: string;
  tell: string;
  /** The bedrock-models rule (ESLint rule name, CLI rule ID) that reports it before run time; null when no static check can. */
  rule: string | null;
  /** When the message names a key (`extraneous key [cachePoint]`): the keys that make this cause the likely one. */
  keys?: string[];
}

/** A public report an entry rests on. */
export interface ErrorSource {
  url: string;
  /** `YYYY-MM-DD` of the report, or the day it was read when it carries none. */
  date: string;
}

/** A runtime error message Bedrock returns, and its likely causes, most likely first. */
export interface KnownError {
  id: string;
  /** The exception class (`ValidationException`); null when the reports do not show it. */
  exception: string | null;
  httpStatus: number | null;
  /** The message as Bedrock sends it; `{modelId}`, `{key}`, `{value}`, `{n}` mark the parts it fills in, `…` text not quoted in the reports. */
  message: string;
  /** Fragments that identify the message, with the same placeholders. */
  patterns: string[];
  causes: ErrorCause[];
  sources: ErrorSource[];
}

/** `@bedrock-models/catalog/errors.json`. */
export interface ErrorsData {
  $comment?: string;
  errors: KnownError[];
}

/** A known error found in a text. */
export interface ErrorMatch {
  error: KnownError;
  /** The pattern that matched (the most specific of the entry's patterns found). */
  pattern: string;
  /** The parts the placeholders matched, lower-cased: `{ key: 'cachepoint' }`. */
  captured: Record<string, string>;
  /** The entry's causes, reordered for what the message names (a `keys` cause first when its key matched, last when another did). */
  causes: ErrorCause[];
}

let bundled: ErrorsData | undefined;

/**
 * The error data shipped in this package, read on first use: `dist/errors.json` when running from the
 * published build (written compact by the build), `data/errors.json` when running from the sources.
 */
export function getErrorsData(): ErrorsData {
  if (bundled) return bundled;
  const here = dirname(fileURLToPath(import.meta.url));
  const file = [join(here, '..', 'errors.json'), join(here, '..', 'data', 'errors.json')].find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`@bedrock-models/catalog: errors.json not found beside ${here}`);
  bundled = JSON.parse(readFileSync(file, 'utf8')) as ErrorsData;
  return bundled;
}

/**
 * A message reduced to what identifies it: Unicode-normalised, lower case, curly quotes and apostrophes
 * straightened then dropped, `n't` read as ` not` (`doesn't` = `does not`), whitespace collapsed. Real error
 * texts arrive wrapped (`ValidationException: …`, `An error occurred (…) when calling the Converse operation: …`,
 * inside JSON) and quoted in many ways; matching looks for fragments, so wrappers do not matter.
 */
export function normalizeErrorText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/n't\b/g, ' not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\\?["']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const PLACEHOLDERS: Readonly<Record<string, string>> = { modelid: '(\\S+?)', key: '([^\\]\\s]+)', value: '(.+?)', n: '(\\d+)' };
const compiled = new Map<string, { regex: RegExp; names: string[] }>();

// A pattern as a regular expression over normalised text: literal parts escaped, placeholders capturing.
function compile(pattern: string): { regex: RegExp; names: string[] } {
  let entry = compiled.get(pattern);
  if (entry) return entry;
  const names: string[] = [];
  const source = normalizeErrorText(pattern)
    .split(/(\{[a-z]+\})/)
    .map((part) => {
      const name = /^\{([a-z]+)\}$/.exec(part)?.[1];
      if (name && Object.hasOwn(PLACEHOLDERS, name)) {
        names.push(name === 'modelid' ? 'modelId' : name);
        return PLACEHOLDERS[name];
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  entry = { regex: new RegExp(source), names };
  compiled.set(pattern, entry);
  return entry;
}

/**
 * The known errors whose patterns occur in `text`, most specific first (the longest pattern matched), so
 * "doesn't support tool use in streaming mode" ranks above "doesn't support tool use". Empty when none does.
 */
export function matchError(text: string, errors: readonly KnownError[] = getErrorsData().errors): ErrorMatch[] {
  const normal = normalizeErrorText(text);
  const matches: Array<ErrorMatch & { length: number }> = [];
  for (const error of errors) {
    let best: (ErrorMatch & { length: number }) | null = null;
    for (const pattern of error.patterns) {
      const { regex, names } = compile(pattern);
      const found = regex.exec(normal);
      if (!found) continue;
      const length = normalizeErrorText(pattern).length;
      if (best && best.length >= length) continue;
      const captured = Object.fromEntries(names.map((name, index) => [name, found[index + 1] ?? '']));
      best = { error, pattern, captured, causes: orderCauses(error.causes, captured.key), length };
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.length - a.length).map(({ length: _length, ...match }) => match);
}

// Causes tied to keys: first when the message names one of their keys, after the others when it names another.
function orderCauses(causes: readonly ErrorCause[], key: string | undefined): ErrorCause[] {
  if (key === undefined) return [...causes];
  const rank = (cause: ErrorCause): number => (cause.keys === undefined ? 1 : cause.keys.some((candidate) => candidate.toLowerCase() === key) ? 0 : 2);
  return [...causes].sort((a, b) => rank(a) - rank(b));
}

const STOPWORDS = new Set([
  'the',
  'this',
  'that',
  'with',
  'for',
  'and',
  'not',
  'you',
  'your',
  'are',
  'was',
  'model',
  'models',
  'does',
  'support',
  'supported',
  'error',
  'exception',
  'please',
]);

function words(text: string): Set<string> {
  return new Set(
    normalizeErrorText(text)
      .split(/[^a-z0-9_]+/)
      .filter((word) => word.length >= 3 && !STOPWORDS.has(word)),
  );
}

/**
 * For a text no pattern matches: up to `limit` known errors that share the most distinctive words with it
 * (at least two, and at least 40 % of the entry's own), best first. Empty when nothing is close.
 */
export function nearestErrors(text: string, limit = 3, errors: readonly KnownError[] = getErrorsData().errors): KnownError[] {
  const given = words(text);
  return errors
    .map((error) => {
      const own = words(`${error.message} ${error.patterns.join(' ')}`);
      const shared = [...own].filter((word) => given.has(word)).length;
      return { error, shared, share: own.size === 0 ? 0 : shared / own.size };
    })
    .filter((entry) => entry.shared >= 2 && entry.share >= 0.4)
    .sort((a, b) => b.share - a.share || b.shared - a.shared)
    .slice(0, limit)
    .map((entry) => entry.error);
}
