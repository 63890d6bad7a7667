import { type BedrockCatalog, parseModelId, type Resolution } from '@bedrock-models/catalog';
import type { ModelReference, ProfileChoice } from './types.js';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both `YYYY-MM-DD` or timestamps); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / DAY_MS);
}

/** The items that are not null: the replacements that could be written, the suggestions that could be built. */
export function compact<T>(items: ReadonlyArray<T | null>): T[] {
  return items.filter((item): item is T => item !== null);
}

/** Whether a catalog ID is a Provisioned Throughput context variant of another model (`amazon.nova-pro-v1:0:300k`). */
export function isContextVariantId(id: string): boolean {
  return parseModelId(id)?.contextVariant != null;
}

/** The regions a reference is judged in: an ARN's own region wins over everything else. */
export function judgedRegions(resolution: Resolution, reference: ModelReference): readonly string[] {
  const arnRegion = resolution.arn?.region;
  if (arnRegion) return [arnRegion];
  return reference.regions ?? [];
}

/** The system-defined profiles callable from `region` that reach `modelId`, as choices: in-geo first, then `global.`. */
export function profileChoices(catalog: BedrockCatalog, modelId: string, region: string): ProfileChoice[] {
  const home = catalog.data.regions[region]?.geo ?? null;
  return catalog
    .profilesReaching(modelId, region)
    .map((id) => {
      const profile = catalog.data.profiles[id]!;
      return { id, geo: profile.geo, inGeo: profile.geo !== 'global', destinations: [...(profile.sources[region] ?? [])] };
    })
    .sort((a, b) => rank(a, home) - rank(b, home));
}

// The region's own geography first (`apac.` from Tokyo), then other geographies it may call (`jp.`), then `global.`.
function rank(choice: ProfileChoice, home: string | null): number {
  if (!choice.inGeo) return 2;
  return choice.geo === home ? 0 : 1;
}

/** Sorted, de-duplicated. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
