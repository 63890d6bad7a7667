import { parseBedrockArn, type BedrockCatalog } from '@bedrock-models/catalog';
import type { ApplicationProfiles } from './application-profiles.js';

/**
 * A setting (plugin) or flag (CLI) the judgement cannot use. `field` names it the way the user wrote it relative to the
 * settings object (`regions[0]`, `today`); each tool puts it in its own words (`settings['bedrock-models'].regions[0]`,
 * `--region`), so the same mistake is refused by both with the same explanation.
 */
export class SettingError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
    this.name = 'SettingError';
  }
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The areas of AWS region codes (`us-east` of `us-east-1`), to tell a typo from a region the catalog does not poll.
const AREAS = [
  'us-east',
  'us-west',
  'us-gov-east',
  'us-gov-west',
  'ca-central',
  'ca-west',
  'mx-central',
  'sa-east',
  'eu-central',
  'eu-west',
  'eu-north',
  'eu-south',
  'il-central',
  'me-central',
  'me-south',
  'af-south',
  'ap-east',
  'ap-south',
  'ap-southeast',
  'ap-northeast',
  'cn-north',
  'cn-northwest',
];

/** Whether a string is written like an AWS region code (`us-east-1`), known or not. */
export function isRegionCode(value: string): boolean {
  return REGION.test(value);
}

/**
 * Where the code runs (`regions` / `--region`): AWS region codes, de-duplicated. A typo (`us-esat-1`) would silence
 * every region judgement, so a code whose area is near a known one is refused with the likely intended value; a new
 * region of a known area (`mx-central-1`) passes.
 */
export function readRegions(value: unknown, catalog: BedrockCatalog, field = 'regions'): string[] {
  const regions = readStrings(value, field, 'AWS region codes such as ["us-east-1"]');
  const areas = new Set([...AREAS, ...Object.keys(catalog.data.regions).map(areaOf)]);
  regions.forEach((region, index) => {
    const at = `${field}[${index}]`;
    if (!REGION.test(region)) throw new SettingError(at, `must be an AWS region code such as "us-east-1", not ${JSON.stringify(region)}`);
    const area = areaOf(region);
    if (areas.has(area)) return;
    const near = [...areas].find((known) => editDistance(known, area) <= 2);
    if (near !== undefined)
      throw new SettingError(at, `is ${JSON.stringify(region)}, which is not an AWS region; did you mean "${region.replace(area, near)}"?`);
  });
  return [...new Set(regions)];
}

/** The date lifecycle is judged at (`today` / `--today`), `YYYY-MM-DD` and a real calendar day; null when not given. */
export function readToday(value: unknown, field = 'today'): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new SettingError(field, `must be a date written YYYY-MM-DD, such as "2026-03-01", not ${describe(value)}`);
  }
  return value;
}

/** IDs to accept as known (`allow` / `--allow`). */
export function readAllow(value: unknown, field = 'allow'): string[] {
  return readStrings(value, field, 'model IDs such as "mycorp.private-model-v1:0"');
}

// The trailing ID of an application inference profile ARN (`…:application-inference-profile/a1b2c3d4e5f6`).
const PROFILE_ID = /^[A-Za-z0-9]+$/;

/**
 * What application inference profiles copy from (`applicationInferenceProfiles` / `--application-profile`): an object
 * from an application inference profile ARN, or its trailing ID, to the model ID or system profile ID it copies from.
 * A target the catalog does not know would make every call through the profile go unjudged, so it is refused with the
 * nearest catalog IDs.
 */
export function readApplicationProfiles(value: unknown, catalog: BedrockCatalog, field = 'applicationInferenceProfiles'): ApplicationProfiles {
  if (value === undefined) return new Map();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SettingError(field, `must be an object from application inference profile ARNs (or their IDs) to model or profile IDs, not ${describe(value)}`);
  }
  const profiles = new Map<string, string>();
  for (const [key, target] of Object.entries(value)) {
    const at = `${field}['${key}']`;
    const arn = key.startsWith('arn:') ? parseBedrockArn(key) : null;
    if (arn ? arn.resourceType !== 'application-inference-profile' || arn.region === null : !PROFILE_ID.test(key)) {
      throw new SettingError(
        at,
        'is not an application inference profile ARN (arn:aws:bedrock:<region>:<account>:application-inference-profile/<id>) or its ID',
      );
    }
    if (typeof target !== 'string' || target === '') throw new SettingError(at, `must be a model or profile ID, not ${describe(target)}`);
    const resolution = target.startsWith('arn:') ? null : catalog.resolve(target);
    const known =
      resolution !== null &&
      (resolution.kind === 'profile' || ((resolution.kind === 'model' || resolution.kind === 'retired') && resolution.contextVariant === null));
    if (!known) {
      const near = catalog.nearMatches(target);
      const hint = near.length > 0 ? `; did you mean ${near.map((id) => `'${id}'`).join(', ')}?` : '';
      throw new SettingError(at, `is ${JSON.stringify(target)}, which is not a model or profile ID the catalog knows${hint}`);
    }
    profiles.set(key, resolution.id);
  }
  return profiles;
}

function readStrings(value: unknown, field: string, expected: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingError(field, `must be an array of ${expected}, not ${describe(value)}`);
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || item === '') throw new SettingError(`${field}[${index}]`, `must be a non-empty string, not ${describe(item)}`);
  });
  return value as string[];
}

// `us-east-1` → `us-east`
function areaOf(region: string): string {
  return region.slice(0, region.lastIndexOf('-'));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** A value as a message names it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
