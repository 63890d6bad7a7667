import type { BedrockCatalog } from '@bedrock-models/catalog';
import { rewriteId } from './rewrite.js';
import { compact } from './shared.js';
import type { LifecycleFinding, InferenceProfileFinding, RegionFinding, UnknownFinding, UnknownReason } from './types.js';

// The words of every judgement, shared by the ESLint rules (as `meta.messages` and their data) and the
// `bedrock-models` CLI (which fills the same templates), so both report the same finding in the same words.

/** The message templates of `no-unknown-model-id`, with `{{placeholders}}`. */
export const UNKNOWN_MESSAGES = {
  unknownId: "Unknown Bedrock model ID '{{id}}': the catalog ({{catalogDate}}) has no model, inference profile or retired model of that name.{{didYouMean}}",
  anthropicApiName: "'{{id}}' is an Anthropic API model name; Bedrock calls need a Bedrock model ID.{{didYouMean}}",
  vertexName: "'{{id}}' is a Vertex AI model name (name@date); Bedrock model IDs are written differently.{{didYouMean}}",
  regionInId: "'{{id}}' puts a region in front of the model ID; give the region to the client and the model ID alone.{{didYouMean}}",
  noSuchProfile: "There is no '{{geo}}.' inference profile for '{{modelId}}'.{{available}}",
  contextVariant:
    "'{{id}}' is a Provisioned Throughput context variant ({{variant}}): on-demand calls reject it. Call '{{modelId}}', or the ARN of a provisioned model.",
  replaceWith: "Replace with '{{replacement}}'.",
} as const;

/** The message templates of `no-deprecated-model-id`. */
export const LIFECYCLE_MESSAGES = {
  legacy:
    "'{{id}}' is a LEGACY model{{where}}{{since}}: new accounts cannot use it, and AWS cuts off an account's access after a period without use.{{schedule}}{{instead}}",
  pastEndOfLife:
    "'{{id}}' reached its end of life{{where}} on {{endOfLife}}: requests fail with 'This model version has reached the end of its life'.{{instead}}",
  retired: "'{{id}}' is retired: Bedrock no longer offers it{{lastSeen}}.{{instead}}",
  endOfLifeSoon: "'{{id}}' reaches its end of life{{where}} on {{endOfLife}}, {{days}} days after {{date}}.{{instead}}",
  replaceWith: "Replace with '{{replacement}}'.",
} as const;

/** The message templates of `no-region-unavailable-model-id`. */
export const REGION_MESSAGES = {
  notOffered: "'{{id}}' is not offered in {{regions}}; it is offered in {{offeredIn}}.{{instead}}",
  withdrawn: "'{{id}}' was withdrawn from {{regions}} on {{withdrawn}}{{lastListed}}; it is still offered in {{offeredIn}}.{{instead}}",
  mantleOnly:
    "'{{id}}' is served only by the OpenAI-compatible bedrock-mantle endpoint{{mantleRegions}}; bedrock-runtime in {{regions}} rejects it.{{instead}}",
  notOnMantle: "'{{id}}' is not served by the bedrock-mantle endpoint in {{regions}}{{mantleRegions}}.{{runtime}}",
  geoMismatch:
    "'{{id}}' is an inference profile of the {{geo}}. geography and cannot be called from {{regions}}, a region of the {{regionGeo}}. geography; it is called from {{offeredIn}}.{{instead}}",
  profileNotCallable: "The inference profile '{{id}}' cannot be called from {{regions}}; it is called from {{offeredIn}}.{{instead}}",
  arnRegionMismatch: 'This ARN names {{arnRegion}}, but the call runs in {{regions}}: Bedrock rejects an ARN of another region.{{instead}}',
  replaceWith: "Replace with '{{replacement}}'.",
} as const;

/** The message templates of `require-inference-profile`. */
export const INFERENCE_PROFILE_MESSAGES = {
  requireProfile:
    "'{{id}}' cannot be invoked on demand in {{region}}: Bedrock rejects it with 'on-demand throughput isn’t supported'. Call it through an inference profile: {{profiles}}.",
  useProfile: "Use '{{profile}}' ({{routing}}).",
} as const;

/** A message as ESLint reports it: a template's ID and the data that fills its placeholders. */
export interface DescribedFinding<MessageId extends string> {
  messageId: MessageId;
  data: Record<string, string>;
}

/**
 * Fills a template's `{{placeholders}}` the way ESLint does (whitespace inside the braces ignored, unknown
 * names left as written), so text built outside ESLint is the text ESLint would show.
 */
export function formatMessage(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => {
    const key = name.trim();
    return Object.hasOwn(data, key) ? data[key]! : whole;
  });
}

/** `a`, `a and b`, `a, b and c`; lists longer than `max` end with `and N more`. */
export function formatList(items: readonly string[], max = 6): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function quotedAlternatives(items: readonly string[]): string {
  const quoted = items.map((item) => `'${item}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}

/** Where a profile sends requests from the caller's region, in words. */
export function routing(destinations: readonly string[]): string {
  return destinations.includes('*') ? 'routes to any commercial region' : `routes within ${formatList(destinations, 8)}`;
}

// --- no-unknown-model-id ---

const UNKNOWN_MESSAGE_OF: Record<UnknownReason, Exclude<keyof typeof UNKNOWN_MESSAGES, 'replaceWith'>> = {
  unknown: 'unknownId',
  'anthropic-api-name': 'anthropicApiName',
  'vertex-name': 'vertexName',
  'region-in-id': 'regionInId',
  'no-such-profile': 'noSuchProfile',
  'context-variant': 'contextVariant',
};

// " Did you mean 'a' or 'b'?" for the message; empty without candidates.
function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? ` Did you mean ${quotedAlternatives(suggestions)}?` : '';
}

/** The message of an unknown-ID finding; `catalogDate` is the catalog's own date (`BedrockCatalog.date`). */
export function describeUnknown(finding: UnknownFinding, catalogDate: string): DescribedFinding<Exclude<keyof typeof UNKNOWN_MESSAGES, 'replaceWith'>> {
  const messageId = UNKNOWN_MESSAGE_OF[finding.reason];
  switch (finding.reason) {
    case 'no-such-profile':
      return {
        messageId,
        data: {
          id: finding.value,
          geo: finding.geo ?? '',
          modelId: finding.modelId ?? '',
          available: finding.suggestions[0] === finding.modelId ? ' Call the model ID itself.' : ` Its profiles: ${quotedAlternatives(finding.suggestions)}.`,
        },
      };
    case 'context-variant':
      return { messageId, data: { id: finding.value, variant: finding.variant ?? '', modelId: finding.modelId ?? '' } };
    default:
      return { messageId, data: { id: finding.value, catalogDate, didYouMean: didYouMean(finding.suggestions) } };
  }
}

// --- no-deprecated-model-id ---

// " in us-east-1" when the record judged is one region's.
function where(finding: LifecycleFinding): string {
  return finding.region === null ? '' : ` in ${finding.region}`;
}

// " Use 'a' instead." / " Use 'a' or 'b' instead."
function instead(replacements: readonly string[]): string {
  return replacements.length > 0 ? ` Use ${quotedAlternatives(replacements)} instead.` : '';
}

// The dates still ahead of a LEGACY model: public extended access (higher prices), end of life.
function schedule(finding: LifecycleFinding): string {
  const parts: string[] = [];
  if (finding.extendedAccess !== null && finding.extendedAccess > finding.date)
    parts.push(`extended access (possibly at higher prices) from ${finding.extendedAccess}`);
  else if (finding.extendedAccess !== null) parts.push(`in extended access (possibly at higher prices) since ${finding.extendedAccess}`);
  if (finding.endOfLife !== null) parts.push(`end of life ${finding.endOfLife} (${finding.daysToEndOfLife} days after ${finding.date})`);
  return parts.length > 0 ? ` ${capitalize(parts.join('; '))}.` : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The values to move to from a lifecycle finding, written in the form of `value` (an ARN stays an ARN). A
 * foundation-model ARN cannot become a profile ARN (no account): it keeps naming the replacement model.
 */
export function lifecycleReplacements(catalog: BedrockCatalog, value: string, finding: LifecycleFinding): string[] {
  let replacements = compact(finding.replacements.map((id) => rewriteId(value, id)));
  const model = catalog.replacementFor(finding.id);
  if (replacements.length === 0 && model !== null) replacements = compact([rewriteId(value, model)]);
  return replacements;
}

/** The message of a lifecycle finding, naming `replacements` (see {@link lifecycleReplacements}). */
export function describeLifecycle(
  finding: LifecycleFinding,
  replacements: readonly string[],
): DescribedFinding<Exclude<keyof typeof LIFECYCLE_MESSAGES, 'replaceWith'>> {
  const base = { id: finding.id, where: where(finding), instead: instead(replacements) };
  switch (finding.stage) {
    case 'LEGACY':
      return { messageId: 'legacy', data: { ...base, since: finding.legacy === null ? '' : ` since ${finding.legacy}`, schedule: schedule(finding) } };
    case 'PAST_END_OF_LIFE':
      return { messageId: 'pastEndOfLife', data: { ...base, endOfLife: finding.endOfLife ?? '' } };
    case 'RETIRED':
      return { messageId: 'retired', data: { ...base, lastSeen: finding.lastSeen === null ? '' : ` (last listed ${finding.lastSeen})` } };
    case 'END_OF_LIFE_SOON':
      return {
        messageId: 'endOfLifeSoon',
        data: { ...base, endOfLife: finding.endOfLife ?? '', days: String(finding.daysToEndOfLife ?? ''), date: finding.date },
      };
  }
}

// --- no-region-unavailable-model-id ---

/** The region findings about one ID for one reason, over every region where they hold. */
export interface RegionFindingGroup {
  first: RegionFinding;
  regions: string[];
  /** Suggestions valid in every one of those regions. */
  suggestions: string[];
}

/** One group per ID and reason, naming every region where it holds (a run may judge several regions). */
export function groupRegionFindings(findings: readonly RegionFinding[]): RegionFindingGroup[] {
  const groups = new Map<string, RegionFindingGroup>();
  for (const finding of findings) {
    const key = `${finding.reason}|${finding.id}|${finding.arnRegion ?? ''}|${finding.withdrawal?.withdrawn ?? ''}`;
    const existing = groups.get(key);
    if (existing) {
      existing.regions.push(finding.region);
      existing.suggestions = existing.suggestions.filter((suggestion) => finding.suggestions.includes(suggestion));
    } else {
      groups.set(key, { first: finding, regions: [finding.region], suggestions: [...finding.suggestions] });
    }
  }
  return [...groups.values()];
}

/** The message of a group of region findings. */
export function describeRegionGroup({
  first,
  regions,
  suggestions,
}: RegionFindingGroup): DescribedFinding<Exclude<keyof typeof REGION_MESSAGES, 'replaceWith'>> {
  const base = { id: first.id, regions: formatList(regions), instead: instead(suggestions) };
  switch (first.reason) {
    case 'arn-region-mismatch':
      return { messageId: 'arnRegionMismatch', data: { ...base, arnRegion: first.arnRegion ?? '' } };
    case 'not-offered':
      return {
        messageId: 'notOffered',
        data: { ...base, offeredIn: first.offeredIn.length > 0 ? formatList(first.offeredIn) : 'no region the catalog knows' },
      };
    case 'withdrawn': {
      const lastListed = first.withdrawal?.lastListed;
      return {
        messageId: 'withdrawn',
        data: {
          ...base,
          withdrawn: first.withdrawal?.withdrawn ?? '',
          lastListed: lastListed ? ` (last listed there ${lastListed})` : '',
          offeredIn: formatList(first.offeredIn),
        },
      };
    }
    case 'mantle-only': {
      const mantle = first.mantleRegions ?? [];
      return { messageId: 'mantleOnly', data: { ...base, mantleRegions: mantle.length > 0 ? ` (in ${formatList(mantle)})` : '' } };
    }
    case 'not-on-mantle': {
      const mantle = first.mantleRegions ?? [];
      return {
        messageId: 'notOnMantle',
        data: {
          id: first.id,
          regions: formatList(regions),
          mantleRegions: mantle.length > 0 ? ` (it serves it in ${formatList(mantle)})` : '',
          runtime: first.offeredIn.length > 0 ? ` bedrock-runtime offers it in ${formatList(first.offeredIn)}.` : '',
        },
      };
    }
    case 'profile-not-callable': {
      const geoMismatch = first.geo !== 'global' && first.regionGeo !== null && first.geo !== first.regionGeo && regions.length === 1;
      return {
        messageId: geoMismatch ? 'geoMismatch' : 'profileNotCallable',
        data: { ...base, geo: first.geo ?? '', regionGeo: first.regionGeo ?? '', offeredIn: formatList(first.offeredIn) },
      };
    }
  }
}

// --- require-inference-profile ---

/** The message of an inference-profile finding. */
export function describeInferenceProfile(finding: InferenceProfileFinding): DescribedFinding<'requireProfile'> {
  return {
    messageId: 'requireProfile',
    data: { id: finding.id, region: finding.region, profiles: quotedAlternatives(finding.profiles.map((profile) => profile.id)) },
  };
}
