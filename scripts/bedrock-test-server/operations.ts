// ListFoundationModels and ListInferenceProfiles over one region's fixtures.
import type { ListFoundationModelsBody, ListInferenceProfilesBody } from '../fixtures/wire.ts';
import { constraintViolation, validation } from './errors.ts';
import type { FixtureStore } from './fixture-store.ts';

export type Query = Readonly<Record<string, string>>;

// The modelled enum values plus the ones real responses carry (see api-model/SHAPES.md); the service's own set is unknown.
const FILTER_VALUES = {
  byCustomizationType: ['FINE_TUNING', 'CONTINUED_PRE_TRAINING', 'DISTILLATION', 'PREFERENCE_FINE_TUNING'],
  byOutputModality: ['TEXT', 'IMAGE', 'EMBEDDING', 'VIDEO', 'SPEECH'],
  byInferenceType: ['ON_DEMAND', 'PROVISIONED', 'INFERENCE_PROFILE'],
} as const;
const PROFILE_TYPES = ['SYSTEM_DEFINED', 'APPLICATION'];
const PROVIDER = /^[A-Za-z0-9- ]{1,63}$/;

function checkEnum(value: string | undefined, member: string, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw constraintViolation(value, member, `Member must satisfy enum value set: [${allowed.join(', ')}]`);
  }
}

export function listFoundationModels(store: FixtureStore, region: string, query: Query): ListFoundationModelsBody {
  const { byProvider, byCustomizationType, byOutputModality, byInferenceType } = query;
  if (byProvider !== undefined && !PROVIDER.test(byProvider)) {
    throw constraintViolation(byProvider, 'byProvider', `Member must satisfy regular expression pattern: ${PROVIDER.source.slice(1, -1)}`);
  }
  checkEnum(byCustomizationType, 'byCustomizationType', FILTER_VALUES.byCustomizationType);
  checkEnum(byOutputModality, 'byOutputModality', FILTER_VALUES.byOutputModality);
  checkEnum(byInferenceType, 'byInferenceType', FILTER_VALUES.byInferenceType);

  const has = (list: string[] | undefined, value: string | undefined): boolean => value === undefined || (list ?? []).includes(value);
  const modelSummaries = store.foundationModels(region).modelSummaries.filter(
    (model) =>
      (byProvider === undefined || model.providerName?.toLowerCase() === byProvider.toLowerCase()) &&
      has(model.customizationsSupported, byCustomizationType) &&
      has(model.outputModalities, byOutputModality) &&
      // A fixture that does not know a region's inference types cannot match this filter.
      has(model.inferenceTypesSupported, byInferenceType),
  );
  return { modelSummaries };
}

/** `maxResults`: an integer, 1–1000 (MaxResults in the API model). */
function checkMaxResults(raw: string): number {
  // Not reachable through an SDK, which only sends integers; the real wording for a non-number is not recorded.
  if (!/^-?\d+$/.test(raw)) throw validation(`Value '${raw}' at 'maxResults' failed to satisfy constraint: Member must be an integer`);
  const value = Number(raw);
  if (value < 1) throw constraintViolation(raw, 'maxResults', 'Member must have value greater than or equal to 1');
  if (value > 1000) throw constraintViolation(raw, 'maxResults', 'Member must have value less than or equal to 1000');
  return value;
}

/** `nextToken`: 1–2048 characters matching `\S*` (PaginationToken in the API model). */
function checkTokenShape(raw: string): void {
  if (raw.length < 1) throw constraintViolation(raw, 'nextToken', 'Member must have length greater than or equal to 1');
  if (raw.length > 2048) throw constraintViolation(raw, 'nextToken', 'Member must have length less than or equal to 2048');
  if (/\s/.test(raw)) throw constraintViolation(raw, 'nextToken', 'Member must satisfy regular expression pattern: \\S*');
}

interface PageToken {
  offset: number;
  /** The region and filter the token was issued for; reusing it elsewhere is a ValidationException. */
  scope: string;
}

const encodeToken = (token: PageToken): string => Buffer.from(JSON.stringify(token)).toString('base64url');

function decodeToken(raw: string, scope: string): number {
  try {
    const token = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PageToken>;
    if (token.scope === scope && Number.isInteger(token.offset) && (token.offset ?? -1) >= 0) return token.offset!;
  } catch {
    // fall through
  }
  throw validation('The provided nextToken is not valid.');
}

export function listInferenceProfiles(store: FixtureStore, region: string, query: Query, defaultPageSize: number): ListInferenceProfilesBody {
  // The query key is `type`; validation messages name the member, `typeEquals`.
  const { maxResults, nextToken, type } = query;
  checkEnum(type, 'typeEquals', PROFILE_TYPES);
  const pageSize = maxResults === undefined ? defaultPageSize : checkMaxResults(maxResults);
  if (nextToken !== undefined) checkTokenShape(nextToken);
  const scope = `${region}|${type ?? ''}`;
  const offset = nextToken === undefined ? 0 : decodeToken(nextToken, scope);

  const matching = store.inferenceProfiles(region).inferenceProfileSummaries.filter((profile) => type === undefined || profile.type === type);
  const page = matching.slice(offset, offset + pageSize);
  const end = offset + page.length;
  return end < matching.length ? { inferenceProfileSummaries: page, nextToken: encodeToken({ offset: end, scope }) } : { inferenceProfileSummaries: page };
}
