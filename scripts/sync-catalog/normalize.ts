// Turns one region's API answer into the catalog's vocabulary. Pure.
import type { FoundationModelSummary, InferenceProfileSummary } from '@aws-sdk/client-bedrock';
import type { Lifecycle } from '@bedrock-models/catalog';
import type { RegionAnswer } from './aws.ts';

/** A model as one region describes it. null: the answer did not say. */
export interface ObservedModel {
  provider: string;
  name: string;
  inputModalities: string[];
  outputModalities: string[];
  streaming: boolean | null;
  customizations: string[];
  inferenceTypes: string[] | null;
  lifecycle: Lifecycle | null;
}

/** A system-defined profile as one source region describes it. */
export interface ObservedProfile {
  name: string;
  models: string[];
  /** Destination regions; `*` for the region-less ARN of a global profile. */
  destinations: string[];
}

export interface RegionObservation {
  region: string;
  models: Map<string, ObservedModel>;
  profiles: Map<string, ObservedProfile>;
}

/** `2026-04-14T07:00:00.000Z` (or a Date) → `2026-04-14T07:00:00Z`. */
export function toTimestamp(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: ${String(value)}`);
  return `${date.toISOString().slice(0, 19)}Z`;
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function normalizeLifecycle(summary: FoundationModelSummary): Lifecycle | null {
  const life = summary.modelLifecycle;
  if (!life?.status) return null;
  const lifecycle: Lifecycle = { status: life.status === 'LEGACY' ? 'LEGACY' : 'ACTIVE' };
  if (life.startOfLifeTime) lifecycle.startOfLife = toTimestamp(life.startOfLifeTime);
  if (life.legacyTime) lifecycle.legacy = toTimestamp(life.legacyTime);
  if (life.publicExtendedAccessTime) lifecycle.extendedAccess = toTimestamp(life.publicExtendedAccessTime);
  if (life.endOfLifeTime) lifecycle.endOfLife = toTimestamp(life.endOfLifeTime);
  return lifecycle;
}

function normalizeModel(summary: FoundationModelSummary): ObservedModel {
  return {
    provider: summary.providerName ?? summary.modelId!.split('.')[0]!,
    name: summary.modelName ?? summary.modelId!,
    inputModalities: sortedUnique(summary.inputModalities ?? []),
    outputModalities: sortedUnique(summary.outputModalities ?? []),
    streaming: summary.responseStreamingSupported ?? null,
    customizations: sortedUnique(summary.customizationsSupported ?? []),
    // The field is optional in the API shape; when a record lacks it we know nothing, which is not "none".
    inferenceTypes: summary.inferenceTypesSupported ? sortedUnique(summary.inferenceTypesSupported) : null,
    lifecycle: normalizeLifecycle(summary),
  };
}

const FOUNDATION_MODEL_ARN = /^arn:[a-z-]+:bedrock:([a-z0-9-]*):\d*:foundation-model\/(.+)$/;

function normalizeProfile(summary: InferenceProfileSummary): ObservedProfile {
  const models: string[] = [];
  const destinations: string[] = [];
  for (const { modelArn } of summary.models ?? []) {
    const match = FOUNDATION_MODEL_ARN.exec(modelArn ?? '');
    if (!match) continue;
    models.push(match[2]!);
    // Global profiles list a region-less ARN: AWS routes those to any commercial region.
    destinations.push(match[1] === '' ? '*' : match[1]!);
  }
  return { name: summary.inferenceProfileName ?? summary.inferenceProfileId!, models: sortedUnique(models), destinations: sortedUnique(destinations) };
}

/** One region's answer in catalog terms. Application profiles are the caller's own and are left out. */
export function normalizeAnswer(answer: RegionAnswer): RegionObservation {
  const models = new Map<string, ObservedModel>();
  for (const summary of answer.models) {
    if (summary.modelId) models.set(summary.modelId, normalizeModel(summary));
  }
  const profiles = new Map<string, ObservedProfile>();
  for (const summary of answer.profiles) {
    if (summary.inferenceProfileId && summary.type !== 'APPLICATION') profiles.set(summary.inferenceProfileId, normalizeProfile(summary));
  }
  return { region: answer.region, models, profiles };
}
