import type { BedrockCatalog, CapabilitiesData, CapabilitySource, ModelCapabilities, RequestFamily } from '@bedrock-models/catalog';
import { throughApplicationProfile, type ApplicationProfiles } from '../application-profiles.js';

/**
 * What the request judgements read: per-model capabilities and the native request families. Built from a
 * `CapabilitiesData` by {@link capabilityLookup}; the catalog's own typed query satisfies it too.
 */
export interface CapabilityLookup {
  /** The capabilities of a base model ID; null when the data has no entry. */
  model(modelId: string): ModelCapabilities | null;
  /** A native request family by its key; null when unknown. */
  family(name: string): RequestFamily | null;
  /** What the user's application inference profiles copy from; absent: every such ARN stays opaque. */
  applicationProfiles?: ApplicationProfiles;
}

const lookups = new WeakMap<CapabilitiesData, CapabilityLookup>();

/** A lookup over one capabilities file (one per data object, so callers may ask for it per file). */
export function capabilityLookup(data: CapabilitiesData): CapabilityLookup {
  let lookup = lookups.get(data);
  if (!lookup) {
    lookup = {
      model: (modelId) => (Object.hasOwn(data.models, modelId) ? data.models[modelId]! : null),
      family: (name) => (Object.hasOwn(data.families, name) ? data.families[name]! : null),
    };
    lookups.set(data, lookup);
  }
  return lookup;
}

const withProfiles = new WeakMap<CapabilityLookup, WeakMap<ApplicationProfiles, CapabilityLookup>>();

/** The lookup judging calls through the user's application inference profiles as calls to what they copy from. */
export function withApplicationProfiles(lookup: CapabilityLookup, profiles: ApplicationProfiles | undefined): CapabilityLookup {
  if (!profiles || profiles.size === 0) return lookup;
  let byProfiles = withProfiles.get(lookup);
  if (!byProfiles) withProfiles.set(lookup, (byProfiles = new WeakMap()));
  let wrapped = byProfiles.get(profiles);
  if (!wrapped) byProfiles.set(profiles, (wrapped = { model: lookup.model, family: lookup.family, applicationProfiles: profiles }));
  return wrapped;
}

/** The model a request goes to, with its capabilities. */
export interface ResolvedModel {
  /** The base model ID the capabilities are keyed by. */
  id: string;
  capabilities: ModelCapabilities;
}

/**
 * The model behind an ID as written: a base ID, a profile that routes to one model, a model ARN, a
 * context variant's base, an application profile the user mapped to one. Null for other application profiles,
 * unknown IDs, profiles of several models, and models the capabilities data does not describe: the request rules are
 * silent on those.
 */
export function resolveModel(catalog: BedrockCatalog, lookup: CapabilityLookup, written: string): ResolvedModel | null {
  const resolution = catalog.resolve(throughApplicationProfile(catalog, lookup.applicationProfiles, written) ?? written);
  let id: string | null = null;
  if (resolution?.kind === 'model' || resolution?.kind === 'retired') id = resolution.id;
  else if (resolution?.kind === 'profile') id = resolution.profile.models.length === 1 ? resolution.profile.models[0]! : null;
  else if (resolution?.kind === 'unknown' && resolution.arn === null) id = resolution.id;
  if (id === null) return null;
  const capabilities = lookup.model(id);
  return capabilities ? { id, capabilities } : null;
}

/** The URL that documents a field of an entry: the source naming the field most closely (itself, else its nearest parent), else one for the whole entry. */
export function sourceFor(sources: readonly CapabilitySource[], field: string): string | null {
  let best: { url: string; length: number } | null = null;
  for (const source of sources) {
    for (const path of source.fields) {
      const covers = path === '*' || path === field || field.startsWith(`${path}.`);
      const length = path === '*' ? 0 : path.length;
      if (covers && (best === null || length > best.length)) best = { url: source.url, length };
    }
  }
  return best?.url ?? null;
}
