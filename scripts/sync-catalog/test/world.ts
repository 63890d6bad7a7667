// A world for the local Bedrock test server made from a catalog: what each region's ListFoundationModels and
// ListInferenceProfiles would answer for the catalog to stay as it is. Tests then change that world (a model
// added, one gone, a lifecycle change) and check what a sync makes of it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog, Lifecycle } from '@bedrock-models/catalog';

export interface ModelSummary {
  modelArn: string;
  modelId: string;
  modelName: string;
  providerName: string;
  inputModalities: string[];
  outputModalities: string[];
  responseStreamingSupported?: boolean;
  customizationsSupported: string[];
  inferenceTypesSupported?: string[];
  modelLifecycle?: { status: string; startOfLifeTime?: string; legacyTime?: string; publicExtendedAccessTime?: string; endOfLifeTime?: string };
}

export interface ProfileSummary {
  inferenceProfileId: string;
  inferenceProfileName: string;
  inferenceProfileArn: string;
  models: Array<{ modelArn: string }>;
  status: 'ACTIVE';
  type: 'SYSTEM_DEFINED';
}

/** Region → the two answers, as the test server's fixture files hold them. */
export type World = Map<string, { models: ModelSummary[]; profiles: ProfileSummary[] }>;

/** The API's lifecycle record for one of the catalog's. */
export function apiLifecycle(lifecycle: Lifecycle): NonNullable<ModelSummary['modelLifecycle']> {
  return {
    status: lifecycle.status,
    ...(lifecycle.startOfLife ? { startOfLifeTime: lifecycle.startOfLife } : {}),
    ...(lifecycle.legacy ? { legacyTime: lifecycle.legacy } : {}),
    ...(lifecycle.extendedAccess ? { publicExtendedAccessTime: lifecycle.extendedAccess } : {}),
    ...(lifecycle.endOfLife ? { endOfLifeTime: lifecycle.endOfLife } : {}),
  };
}

/** What every region of `catalog` answers, by the inverse of normalize.ts. */
export function worldOf(catalog: Catalog): World {
  const world: World = new Map();
  for (const [region, entry] of Object.entries(catalog.regions)) {
    // A model retired because its end of life passed at the catalog's date is still listed where the API last listed it.
    const models = entry.models.map((id): ModelSummary => {
      const model = (catalog.models[id] ?? catalog.retired[id]?.observed) as Catalog['models'][string];
      const regional = model.regions[region]!;
      return {
        modelArn: `arn:aws:bedrock:${region}::foundation-model/${id}`,
        modelId: id,
        modelName: model.name,
        providerName: model.provider,
        inputModalities: model.inputModalities,
        outputModalities: model.outputModalities,
        ...(model.streaming === null ? {} : { responseStreamingSupported: model.streaming }),
        customizationsSupported: model.customizations,
        ...(regional.inferenceTypes ? { inferenceTypesSupported: regional.inferenceTypes } : {}),
        ...(regional.lifecycle ? { modelLifecycle: apiLifecycle(regional.lifecycle) } : {}),
      };
    });
    const profiles = entry.profiles.map((id): ProfileSummary => {
      const profile = (catalog.profiles[id] ?? catalog.retired[id]?.observed) as Catalog['profiles'][string];
      const destinations = profile.sources[region] ?? [];
      return {
        inferenceProfileId: id,
        inferenceProfileName: profile.name,
        inferenceProfileArn: `arn:aws:bedrock:${region}:123456789012:inference-profile/${id}`,
        // Each model in each destination region; a global profile's `*` is the region-less ARN.
        models: profile.models.flatMap((model) =>
          destinations.map((destination) => ({ modelArn: `arn:aws:bedrock:${destination === '*' ? '' : destination}::foundation-model/${model}` })),
        ),
        status: 'ACTIVE',
        type: 'SYSTEM_DEFINED',
      };
    });
    world.set(region, { models, profiles });
  }
  return world;
}

/** Writes `world` as the test server's fixture folder: `<region>/foundation-models.json` and `inference-profiles.json`. */
export function writeWorld(world: World, directory: string): string {
  for (const [region, answers] of world) {
    mkdirSync(join(directory, region), { recursive: true });
    writeFileSync(join(directory, region, 'foundation-models.json'), `${JSON.stringify({ modelSummaries: answers.models }, null, 2)}\n`);
    writeFileSync(join(directory, region, 'inference-profiles.json'), `${JSON.stringify({ inferenceProfileSummaries: answers.profiles }, null, 2)}\n`);
  }
  return directory;
}
