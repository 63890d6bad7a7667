import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { bundledIndex } from '../meta.js';
import { assertValidCatalog, BedrockCatalog, CatalogValidationError, type Catalog } from '@bedrock-models/catalog';
import { describeValue as describe, readAllow, readApplicationProfiles, readRegions, readToday, SettingError, type JudgeContext } from '@bedrock-models/judge';

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
  /** Application inference profile ARNs (or their IDs) to the model or system profile ID each copies from. */
  applicationInferenceProfiles?: Record<string, string>;
}

/** The settings every rule reads, validated and resolved once per settings object: what the shared judgement judges by. */
export type ResolvedSettings = JudgeContext;

/** The key under `settings` that this plugin reads. */
export const SETTINGS_KEY = 'bedrock-models';
const KNOWN_KEYS = ['regions', 'catalog', 'today', 'allow', 'capabilities', 'applicationInferenceProfiles'];

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
// The settings object of the previous call: every file of a run usually has the same one.
let lastRaw: object | undefined;
let lastResolved: ResolvedSettings | undefined;

/**
 * The plugin's settings for a lint run: validated and resolved the first time a settings object is seen,
 * then served from a cache, so the catalog index is built once per process however many files are linted.
 */
export function getSettings(context: { settings: Record<string, unknown>; cwd: string }): ResolvedSettings {
  const raw = context.settings[SETTINGS_KEY];
  if (raw === undefined) return (defaults ??= resolveSettings({}, context.cwd));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new SettingsError('', `must be an object, not ${describe(raw)}`);
  if (raw === lastRaw) return lastResolved!;
  let resolved = resolvedBySettings.get(raw);
  if (!resolved) {
    resolved = resolveSettings(raw as Record<string, unknown>, context.cwd);
    resolvedBySettings.set(raw, resolved);
  }
  lastRaw = raw;
  lastResolved = resolved;
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
  try {
    return {
      catalog,
      regions: readRegions(raw.regions, catalog),
      today: readToday(raw.today) ?? catalog.date,
      allow: new Set(readAllow(raw.allow)),
      applicationProfiles: readApplicationProfiles(raw.applicationInferenceProfiles, catalog),
    };
  } catch (error) {
    if (error instanceof SettingError) throw new SettingsError(`.${error.field}`, error.problem);
    throw error;
  }
}

function loadCatalog(value: unknown, cwd: string): BedrockCatalog {
  if (value === undefined) return bundledIndex();
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
