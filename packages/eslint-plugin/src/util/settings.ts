import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { bundledCatalog } from '../meta.js';
import { assertValidCatalog, BedrockCatalog, CatalogValidationError, type Catalog } from '@bedrock-models/catalog';

/** `settings['bedrock-models']` as the user writes it in `eslint.config.js`. */
export interface BedrockModelsSettings {
  /** Where the code runs when a call site does not say (`['us-east-1']`). */
  regions?: string[];
  /** A path to a catalog JSON (relative to ESLint's working directory), or the parsed catalog itself. */
  catalog?: string | Catalog;
  /** `YYYY-MM-DD` to judge lifecycle at; default: the catalog's own date. */
  today?: string;
  /** IDs to accept as known although the catalog does not list them. */
  allow?: string[];
  /** The capabilities data the request rules judge by (`@bedrock-models/catalog/capabilities.json`), as the parsed object, or null for none; read by `capabilities.ts`. */
  capabilities?: object | null;
}

/** The settings every rule reads, validated and resolved once per settings object. */
export interface ResolvedSettings {
  catalog: BedrockCatalog;
  regions: readonly string[];
  today: string;
  allow: ReadonlySet<string>;
}

/** The key under `settings` that this plugin reads. */
export const SETTINGS_KEY = 'bedrock-models';
const KNOWN_KEYS = ['regions', 'catalog', 'today', 'allow', 'capabilities'];
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// The areas of AWS region codes (`us-east` of `us-east-1`), to tell a typo from a region the catalog does not poll.
const AREAS = ['us-east', 'us-west', 'us-gov-east', 'us-gov-west', 'ca-central', 'ca-west', 'mx-central', 'sa-east', 'eu-central', 'eu-west', 'eu-north', 'eu-south', 'il-central', 'me-central', 'me-south', 'af-south', 'ap-east', 'ap-south', 'ap-southeast', 'ap-northeast', 'cn-north', 'cn-northwest'];

/** A setting the plugin cannot use. Thrown at lint start, before any rule looks at code. */
export class SettingsError extends Error {
  constructor(setting: string, problem: string) {
    super(`@bedrock-models/eslint-plugin: settings['${SETTINGS_KEY}']${setting} ${problem}`);
    this.name = 'SettingsError';
  }
}

const resolvedBySettings = new WeakMap<object, ResolvedSettings>();
const catalogsByPath = new Map<string, Catalog>();
const validatedCatalogs = new WeakSet<object>();
let defaults: ResolvedSettings | undefined;

/**
 * The plugin's settings for a lint run: validated and resolved the first time a settings object is seen,
 * then served from a cache, so the catalog index is built once per process however many files are linted.
 */
export function getSettings(context: { settings: Record<string, unknown>; cwd: string }): ResolvedSettings {
  const raw = context.settings[SETTINGS_KEY];
  if (raw === undefined) return (defaults ??= resolveSettings({}, context.cwd));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsError('', `must be an object, not ${describe(raw)}`);
  let resolved = resolvedBySettings.get(raw);
  if (!resolved) {
    resolved = resolveSettings(raw as Record<string, unknown>, context.cwd);
    resolvedBySettings.set(raw, resolved);
  }
  return resolved;
}

function resolveSettings(raw: Record<string, unknown>, cwd: string): ResolvedSettings {
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) {
      const hint = key === 'region' ? ` (did you mean 'regions'?)` : '';
      throw new SettingsError(`.${key}`, `is not a setting of this plugin${hint}; the settings are ${KNOWN_KEYS.map((name) => `'${name}'`).join(', ')}`);
    }
  }
  const catalog = loadCatalog(raw.catalog, cwd);
  return {
    catalog,
    regions: readRegions(raw.regions, catalog),
    today: readToday(raw.today) ?? catalog.date,
    allow: new Set(readStrings(raw.allow, '.allow', 'model IDs such as "mycorp.private-model-v1:0"')),
  };
}

function readRegions(value: unknown, catalog: BedrockCatalog): string[] {
  const regions = readStrings(value, '.regions', 'AWS region codes such as ["us-east-1"]');
  const areas = new Set([...AREAS, ...Object.keys(catalog.data.regions).map(areaOf)]);
  regions.forEach((region, index) => {
    if (!REGION.test(region)) throw new SettingsError(`.regions[${index}]`, `must be an AWS region code such as "us-east-1", not ${JSON.stringify(region)}`);
    // A typo (`us-esat-1`) would silence every region check; a new region (`mx-central-1`) must still pass.
    const area = areaOf(region);
    if (areas.has(area)) return;
    const near = [...areas].find((known) => editDistance(known, area) <= 2);
    if (near !== undefined) throw new SettingsError(`.regions[${index}]`, `is ${JSON.stringify(region)}, which is not an AWS region; did you mean "${region.replace(area, near)}"?`);
  });
  return [...new Set(regions)];
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

function readToday(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
    throw new SettingsError('.today', `must be a date written YYYY-MM-DD, such as "2026-03-01", not ${describe(value)}`);
  }
  return value;
}

function readStrings(value: unknown, setting: string, expected: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SettingsError(setting, `must be an array of ${expected}, not ${describe(value)}`);
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string' || item === '') throw new SettingsError(`${setting}[${index}]`, `must be a non-empty string, not ${describe(item)}`);
  });
  return value as string[];
}

function loadCatalog(value: unknown, cwd: string): BedrockCatalog {
  if (value === undefined) return BedrockCatalog.of(bundledCatalog);
  if (typeof value === 'string') return BedrockCatalog.of(readCatalogFile(value, cwd));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SettingsError('.catalog', `must be a path to a catalog JSON file or the parsed catalog object, not ${describe(value)}`);
  }
  if (!validatedCatalogs.has(value)) {
    validate(value, `settings['${SETTINGS_KEY}'].catalog`);
    validatedCatalogs.add(value);
  }
  return BedrockCatalog.of(value as Catalog);
}

// Read once per path and process: an editor's long-lived ESLint keeps serving the first read.
function readCatalogFile(path: string, cwd: string): Catalog {
  const file = isAbsolute(path) ? path : resolve(cwd, path);
  const cached = catalogsByPath.get(file);
  if (cached) return cached;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SettingsError('.catalog', `names ${file}, which cannot be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SettingsError('.catalog', `names ${file}, which is not valid JSON: ${(error as Error).message}`);
  }
  validate(data, `settings['${SETTINGS_KEY}'].catalog: ${file}`);
  catalogsByPath.set(file, data);
  return data;
}

function validate(value: unknown, where: string): asserts value is Catalog {
  try {
    assertValidCatalog(value, where);
  } catch (error) {
    if (error instanceof CatalogValidationError) throw new SettingsError('.catalog', `is not a valid catalog.\n${error.message}`);
    throw error;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
