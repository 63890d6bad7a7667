import type { BedrockCatalog } from '../catalog.js';
import { splitGeoPrefix, stripContextVariant } from '../ids.js';
import { isContextVariantId } from './shared.js';
import type { JudgeOptions, ModelReference, UnknownFinding, UnknownReason } from './types.js';

const REGION_IN_ID = /^[a-z]{2}(?:-gov)?-[a-z]+-\d\//;
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
    const profiles = catalog.profilesFor(profile.modelId);
    return finding('no-such-profile', value, id, {
      modelId: profile.modelId,
      geo: profile.geo,
      suggestions: profiles.length > 0 ? [...profiles].sort().slice(0, SUGGESTIONS) : [profile.modelId],
    });
  }
  return finding(reasonFor(value), value, id, { suggestions: catalog.nearMatches(value, SUGGESTIONS).filter((match) => match !== value) });
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
  return { type: 'unknown', reason, value, id, modelId: extra.modelId ?? null, geo: extra.geo ?? null, variant: extra.variant ?? null, suggestions: extra.suggestions };
}
