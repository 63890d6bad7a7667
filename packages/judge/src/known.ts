import { type BedrockCatalog, splitGeoPrefix, stripContextVariant } from '@bedrock-models/catalog';
import { isContextVariantId, profileChoices } from './shared.js';
import type { JudgeOptions, ModelReference, UnknownFinding, UnknownReason } from './types.js';

const REGION_IN_ID = /^[a-z]{2}(?:-gov)?-[a-z]+-\d\//;
const VERSION_SUFFIX = /(?:-v\d+(?::\d+)?|-\d+:\d+|:\d+)(?::\d+k?)?$/;
const DATE_TAIL = /^-\d{8}$/;
const SUGGESTIONS = 3;

/**
 * Whether a reference names something the catalog knows (a model, a profile, a retired ID) and, in an
 * on-demand call, something such a call accepts. Account-owned ARNs (application inference profiles,
 * provisioned, custom and imported models) are opaque and never reported; `allow` accepts IDs the
 * catalog does not list yet.
 */
export function judgeKnown(catalog: BedrockCatalog, reference: ModelReference, options: JudgeOptions = {}): UnknownFinding | null {
  const resolution = catalog.resolve(reference.value);
  // Retired IDs are known: no-deprecated-model-id's business.
  if (!resolution || resolution.kind === 'opaque' || resolution.kind === 'profile' || resolution.kind === 'retired') return null;
  if (resolution.kind === 'model') {
    if (reference.onDemand !== true) return null;
    // A context variant is listed (or derived from a listed base) for Provisioned Throughput only; on-demand
    // calls fail with "The provided model doesn't support on-demand throughput" or "Model not found".
    const variant = resolution.contextVariant ?? (isContextVariantId(resolution.id) ? stripContextVariant(resolution.id).variant : null);
    if (variant === null) return null;
    const base = resolution.contextVariant === null ? stripContextVariant(resolution.id).base : resolution.id;
    const known = catalog.model(base) !== undefined;
    return finding('context-variant', reference.value, resolution.contextVariant === null ? resolution.id : `${resolution.id}:${variant}`, {
      modelId: base,
      variant,
      suggestions: known ? [base] : [],
    });
  }
  if (isAllowed(resolution.id, reference.value, options.allow)) return null;
  const { id } = resolution;
  const value = reference.value;
  const profile = splitGeoPrefix(id);
  if (profile && (catalog.model(profile.modelId) || catalog.retired(profile.modelId))) {
    // A geography whose profiles were never listed (GovCloud) may well have this one: unknown, so silent.
    if (!catalog.knowsGeo(profile.geo)) return null;
    const profiles = catalog.profilesFor(profile.modelId);
    return finding('no-such-profile', value, id, {
      modelId: profile.modelId,
      geo: profile.geo,
      suggestions: profiles.length > 0 ? [...profiles].sort().slice(0, SUGGESTIONS) : [profile.modelId],
    });
  }
  return finding(reasonFor(value), value, id, { suggestions: suggestionsFor(catalog, value, reference.regions ?? []) });
}

/**
 * The closest catalog IDs, one per model: the exact name plus its release date first (`claude-sonnet-4-5` →
 * `…-20250929-v1:0`), then by the catalog's distance. A model is proposed as its base ID, or, where the
 * call's single region offers it only through profiles, as the profile that reaches it from there.
 */
function suggestionsFor(catalog: BedrockCatalog, value: string, regions: readonly string[]): string[] {
  const query = coreOf(value.toLowerCase().replace('@', '-').replace(/%3a/g, ':').replace(/^.*\//, ''));
  const queryHasGeo = splitGeoPrefix(value) !== null;
  const byModel = new Map<string, string[]>();
  for (const id of catalog.nearMatches(value, 12)) {
    if (id === value) continue;
    const modelId = splitGeoPrefix(id)?.modelId ?? id;
    const group = byModel.get(modelId) ?? [];
    group.push(id);
    byModel.set(modelId, group);
  }
  const ranked = [...byModel].map(([modelId, ids], order) => {
    const core = coreOf(modelId);
    const bonus = core === query ? 2 : core.startsWith(`${query}-`) && DATE_TAIL.test(core.slice(query.length)) ? 1 : 0;
    return { modelId, ids, bonus, order };
  });
  ranked.sort((a, b) => b.bonus - a.bonus || a.order - b.order);
  // Only the proposals shown are looked up in the region: the work per unknown ID stays bounded.
  return ranked.slice(0, SUGGESTIONS).map(({ modelId, ids }) => proposalFor(catalog, modelId, ids[0]!, queryHasGeo, regions));
}

function proposalFor(catalog: BedrockCatalog, modelId: string, nearest: string, queryHasGeo: boolean, regions: readonly string[]): string {
  if (queryHasGeo || !catalog.model(modelId)) return nearest;
  const [region] = regions;
  if (regions.length !== 1 || region === undefined) return modelId;
  const types = catalog.inferenceTypes(modelId, region);
  if (types && types.length > 0 && !types.includes('ON_DEMAND')) return profileChoices(catalog, modelId, region)[0]?.id ?? modelId;
  return modelId;
}

// `us.anthropic.claude-3-5-haiku-20241022-v1:0` → `claude-3-5-haiku-20241022`
function coreOf(id: string): string {
  const modelId = splitGeoPrefix(id)?.modelId ?? id;
  const dot = modelId.indexOf('.');
  const name = dot > 0 && !/^\d/.test(modelId.slice(dot + 1)) ? modelId.slice(dot + 1) : modelId;
  return name.replace(VERSION_SUFFIX, '');
}

function reasonFor(value: string): UnknownReason {
  if (value.includes('@')) return 'vertex-name';
  if (REGION_IN_ID.test(value)) return 'region-in-id';
  if (value.startsWith('claude-')) return 'anthropic-api-name';
  return 'unknown';
}

function isAllowed(id: string, value: string, allow: ReadonlySet<string> | undefined): boolean {
  if (!allow || allow.size === 0) return false;
  if (allow.has(id) || allow.has(value)) return true;
  const profile = splitGeoPrefix(id);
  return profile !== null && allow.has(profile.modelId);
}

function finding(
  reason: UnknownReason,
  value: string,
  id: string,
  extra: { modelId?: string; geo?: string; variant?: string; suggestions: string[] },
): UnknownFinding {
  return {
    type: 'unknown',
    reason,
    value,
    id,
    modelId: extra.modelId ?? null,
    geo: extra.geo ?? null,
    variant: extra.variant ?? null,
    suggestions: extra.suggestions,
  };
}
