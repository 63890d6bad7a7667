import type { BedrockCatalog, Resolution } from '@bedrock-models/catalog';
import { isContextVariantId, profileChoices } from './shared.js';
import { rewriteArnRegion, rewriteId } from './rewrite.js';
import type { ModelReference, RegionFinding } from './types.js';

/**
 * Whether a reference is usable in the regions its call runs in: the model or profile offered there, the
 * profile callable from there (its geo and source regions), and an ARN naming the client's own region.
 * Silent for regions the catalog did not poll and for models whose per-region listing it does not have.
 */
export function judgeRegions(catalog: BedrockCatalog, reference: ModelReference): RegionFinding[] {
  const resolution = catalog.resolve(reference.value);
  if (!resolution || resolution.kind === 'unknown' || resolution.kind === 'retired') return [];
  const regions = reference.regions ?? [];
  const arnRegion = resolution.arn?.region ?? null;
  if (arnRegion !== null) {
    const findings: RegionFinding[] = [];
    // An ARN is usable only from its own region; a region from settings is a default, not a contradiction.
    if (reference.regionSource === 'code') {
      for (const region of regions) {
        if (region !== arnRegion) findings.push(mismatch(catalog, resolution, reference.value, region, arnRegion));
      }
    }
    // An IAM policy grants a cross-region profile's model in every region the profile routes to (AWS requires it), listed
    // there or not: only an on-demand call needs the model offered in the ARN's region.
    if (resolution.kind !== 'opaque') {
      const granted =
        reference.onDemand !== true && resolution.arn?.resourceType === 'foundation-model' && isProfileDestination(catalog, resolution.id, arnRegion);
      if (!granted)
        findings.push(...availability(catalog, resolution, reference.value, arnRegion, reference.onDemand === true, reference.endpointJudged === true));
    }
    return findings;
  }
  if (resolution.kind === 'opaque') return [];
  if (reference.endpoint === 'bedrock-mantle') return regions.flatMap((region) => mantleAvailability(catalog, resolution, region));
  return regions.flatMap((region) =>
    availability(catalog, resolution, reference.value, region, reference.onDemand === true, reference.endpointJudged === true),
  );
}

/**
 * A bedrock-mantle call (`bedrockMantle('…')`, an OpenAI client at `bedrock-mantle.<region>.api.aws`) to a model that
 * endpoint does not serve in the region, where the catalog knows what mantle serves there. Profiles are a
 * bedrock-runtime concept: not judged here.
 */
function mantleAvailability(catalog: BedrockCatalog, resolution: Judged, region: string): RegionFinding[] {
  if (resolution.kind !== 'model' || catalog.availability(resolution.id, region, { endpoint: 'bedrock-mantle' }).status !== 'absent') return [];
  return [
    {
      type: 'region',
      reason: 'not-on-mantle',
      id: resolution.id,
      kind: 'model',
      region,
      regionGeo: catalog.data.regions[region]?.geo ?? null,
      geo: null,
      arnRegion: null,
      offeredIn: catalog.regionsOffering(resolution.id),
      profiles: [],
      suggestions: [],
      mantleRegions: [...(resolution.model.mantle?.regions ?? [])],
    },
  ];
}

type Judged = Extract<Resolution, { kind: 'model' | 'profile' }>;

// Whether a system-defined profile of the model routes requests to `region` from any of its source regions.
function isProfileDestination(catalog: BedrockCatalog, modelId: string, region: string): boolean {
  return Object.values(catalog.data.profiles).some(
    (profile) =>
      profile.models.includes(modelId) && Object.values(profile.sources).some((destinations) => destinations.includes(region) || destinations.includes('*')),
  );
}

function availability(catalog: BedrockCatalog, resolution: Judged, value: string, region: string, onDemand: boolean, endpointJudged = false): RegionFinding[] {
  // no-unsupported-model-operation reports that bedrock-runtime serves the model nowhere: the region adds nothing to it.
  if (endpointJudged) return [];
  if (resolution.kind === 'model' && (resolution.contextVariant !== null || isContextVariantId(resolution.id))) return [];
  if (onDemand && resolution.kind === 'model') {
    const mantleOnly = judgeMantleOnly(catalog, resolution, value, region);
    // Where no-unsupported-model-operation reports the call (`endpointJudged`), the fact is its own.
    if (mantleOnly) return [mantleOnly];
  }
  const status = catalog.availability(resolution.id, region).status;
  if (status !== 'absent') return [];
  const regionGeo = catalog.data.regions[region]?.geo ?? null;
  const offeredIn = catalog.regionsOffering(resolution.id);
  if (resolution.kind === 'model') {
    const profiles = profileChoices(catalog, resolution.id, region);
    const suggestions = profiles.map((choice) => rewriteId(value, choice.id)).filter((item): item is string => item !== null);
    const base = {
      type: 'region',
      id: resolution.id,
      kind: 'model',
      region,
      regionGeo,
      geo: null,
      arnRegion: resolution.arn?.region ?? null,
      offeredIn,
      profiles,
    } as const;
    // The history says the region listed it once: say when it left, and what replaces it where it can be called.
    const withdrawal = catalog.withdrawal(resolution.id, region);
    if (withdrawal) {
      const replacements =
        withdrawal.replacement === null
          ? []
          : usableIn(catalog, withdrawal.replacement, region)
              .map((id) => rewriteId(value, id))
              .filter((item): item is string => item !== null);
      const withdrawnSuggestions = [...suggestions, ...replacements.filter((id) => !suggestions.includes(id))];
      return [
        { ...base, reason: 'withdrawn', suggestions: withdrawnSuggestions, withdrawal: { withdrawn: withdrawal.withdrawn, lastListed: withdrawal.lastListed } },
      ];
    }
    return [{ ...base, reason: 'not-offered', suggestions }];
  }
  const { profile } = resolution;
  const [modelId] = profile.models;
  const profiles = profile.models.length === 1 && modelId !== undefined ? profileChoices(catalog, modelId, region) : [];
  const alternatives = profiles.map((choice) => choice.id);
  // Where no profile of the model is callable, the model itself may be invoked directly there.
  if (alternatives.length === 0 && modelId !== undefined && profile.models.length === 1 && catalog.inferenceTypes(modelId, region)?.includes('ON_DEMAND')) {
    alternatives.push(modelId);
  }
  const suggestions = alternatives.map((id) => rewriteId(value, id)).filter((item): item is string => item !== null);
  return [
    {
      type: 'region',
      reason: 'profile-not-callable',
      id: resolution.id,
      kind: 'profile',
      region,
      regionGeo,
      geo: profile.geo,
      arnRegion: resolution.arn?.region ?? null,
      offeredIn,
      profiles,
      suggestions,
    },
  ];
}

/** How to call `id` from `region`: itself where it is offered on demand (or how is unknown), else the profiles reaching it there. */
function usableIn(catalog: BedrockCatalog, id: string, region: string): string[] {
  const availability = catalog.availability(id, region);
  if (availability.status !== 'offered') return [];
  if (catalog.profile(id) || availability.inferenceTypes === null || availability.inferenceTypes.includes('ON_DEMAND')) return [id];
  return profileChoices(catalog, id, region).map((choice) => choice.id);
}

/**
 * An on-demand bedrock-runtime call to a name only bedrock-mantle serves (a mantle-only model, or the mantle name
 * of a runtime model, such as `openai.gpt-oss-20b` for `openai.gpt-oss-20b-1:0`), in a region the catalog polled:
 * bedrock-runtime rejects it. Suggests the runtime ID where the region offers it on demand, else its profiles.
 */
export function judgeMantleOnly(
  catalog: BedrockCatalog,
  resolution: Extract<Resolution, { kind: 'model' }>,
  value: string,
  region: string,
): RegionFinding | null {
  const { model } = resolution;
  if (!model.endpoints || model.endpoints.includes('bedrock-runtime') || !catalog.knowsRegion(region)) return null;
  const runtime = model.runtimeModel;
  const alternatives = runtime === undefined ? [] : usableIn(catalog, runtime, region);
  const profiles = runtime === undefined || alternatives.length === 0 ? [] : profileChoices(catalog, runtime, region);
  return {
    type: 'region',
    reason: 'mantle-only',
    id: resolution.id,
    kind: 'model',
    region,
    regionGeo: catalog.data.regions[region]?.geo ?? null,
    geo: null,
    arnRegion: resolution.arn?.region ?? null,
    offeredIn: [],
    profiles,
    suggestions: alternatives.map((id) => rewriteId(value, id)).filter((item): item is string => item !== null),
    mantleRegions: [...(model.mantle?.regions ?? [])],
  };
}

function mismatch(
  catalog: BedrockCatalog,
  resolution: Exclude<Resolution, { kind: 'unknown' | 'retired' }>,
  value: string,
  region: string,
  arnRegion: string,
): RegionFinding {
  const id = resolution.kind === 'opaque' ? value : resolution.id;
  const usable = resolution.kind !== 'opaque' && catalog.availability(resolution.id, region).status === 'offered';
  const rewritten = usable ? rewriteArnRegion(value, region) : null;
  return {
    type: 'region',
    reason: 'arn-region-mismatch',
    id,
    kind: resolution.kind,
    region,
    regionGeo: catalog.data.regions[region]?.geo ?? null,
    geo: resolution.kind === 'profile' ? resolution.profile.geo : null,
    arnRegion,
    offeredIn: resolution.kind === 'opaque' ? [] : catalog.regionsOffering(resolution.id),
    profiles: [],
    suggestions: rewritten === null ? [] : [rewritten],
  };
}
