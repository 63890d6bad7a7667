import { type BedrockCatalog, compareStages, dateOf, type LifecycleReport } from '@bedrock-models/catalog';
import { daysBetween, judgedRegions, profileChoices } from './shared.js';
import type { JudgeOptions, LifecycleFinding, LifecycleFindingStage, ModelReference } from './types.js';

/**
 * Whether a reference names a model (or a profile of one) that is LEGACY, past its end of life or retired
 * on the judging date, or ACTIVE with an end of life inside the warning window. Judged per region where
 * the call's region is known (lifecycle differs by region), else over every region, least advanced stage
 * first, so that one region's news never condemns the others.
 */
export function judgeLifecycle(catalog: BedrockCatalog, reference: ModelReference, options: JudgeOptions = {}): LifecycleFinding | null {
  const resolution = catalog.resolve(reference.value);
  if (!resolution || resolution.kind === 'opaque' || resolution.kind === 'unknown') return null;
  const date = options.date ?? catalog.date;
  const regions = judgedRegions(resolution, reference);
  let worst: LifecycleReport | null = null;
  for (const region of regions.length > 0 ? regions : [undefined]) {
    const report = catalog.lifecycle(resolution.id, region === undefined ? { date } : { date, region });
    if (report && (!worst || compareStages(report.stage, worst.stage) > 0)) worst = report;
  }
  if (!worst) return null;
  let stage: LifecycleFindingStage;
  const endOfLife = optionalDate(worst.lifecycle?.endOfLife);
  const daysToEndOfLife = endOfLife === null ? null : daysBetween(date, endOfLife);
  if (worst.stage === 'ACTIVE') {
    const window = options.warnDaysBeforeEndOfLife;
    if (window === undefined || daysToEndOfLife === null || daysToEndOfLife < 0 || daysToEndOfLife > window) return null;
    stage = 'END_OF_LIFE_SOON';
  } else {
    stage = worst.stage;
  }
  return {
    type: 'lifecycle',
    stage,
    id: resolution.id,
    region: worst.region,
    legacy: optionalDate(worst.lifecycle?.legacy),
    extendedAccess: optionalDate(worst.lifecycle?.extendedAccess),
    endOfLife,
    retired: worst.retired?.retired ?? null,
    lastSeen: worst.retired?.lastSeen ?? null,
    daysToEndOfLife,
    date,
    replacements: successorsFor(catalog, resolution.id, regions),
  };
}

/**
 * The recommended replacement of `id`; when that is a base model the (single) region of the call offers
 * only through inference profiles, the profiles that reach it there instead, so the suggestion works as is.
 */
export function successorsFor(catalog: BedrockCatalog, id: string, regions: readonly string[]): string[] {
  const replacement = catalog.replacementFor(id);
  if (!replacement || replacement === id) return [];
  const [region] = regions;
  if (regions.length === 1 && region !== undefined && catalog.model(replacement)) {
    const types = catalog.inferenceTypes(replacement, region);
    if (types && types.length > 0 && !types.includes('ON_DEMAND')) {
      const profiles = profileChoices(catalog, replacement, region).map((choice) => choice.id);
      if (profiles.length > 0) return profiles;
    }
  }
  return [replacement];
}

function optionalDate(timestamp: string | undefined): string | null {
  return timestamp === undefined ? null : dateOf(timestamp);
}
