import type { Lifecycle } from './generated/catalog-types.js';

/**
 * Where a model stands on a given date.
 * - `ACTIVE`: fully supported.
 * - `LEGACY`: still callable, but new accounts cannot use it and accounts lose access after a period without use.
 * - `PAST_END_OF_LIFE`: its end-of-life date has passed; requests fail.
 * - `RETIRED`: the API no longer lists it anywhere.
 */
export type LifecycleStage = 'ACTIVE' | 'LEGACY' | 'PAST_END_OF_LIFE' | 'RETIRED';

const STAGE_ORDER: Record<LifecycleStage, number> = { ACTIVE: 0, LEGACY: 1, PAST_END_OF_LIFE: 2, RETIRED: 3 };

/** The calendar date (`YYYY-MM-DD`) of a catalog timestamp. */
export function dateOf(timestamp: string): string {
  return timestamp.slice(0, 10);
}

/** The stage of one lifecycle record on `date` (`YYYY-MM-DD`). */
export function stageOn(lifecycle: Lifecycle, date: string): Exclude<LifecycleStage, 'RETIRED'> {
  if (lifecycle.endOfLife && dateOf(lifecycle.endOfLife) <= date) return 'PAST_END_OF_LIFE';
  if (lifecycle.status === 'LEGACY' || (lifecycle.legacy && dateOf(lifecycle.legacy) <= date)) return 'LEGACY';
  return 'ACTIVE';
}

/** Orders stages from least to most advanced. */
export function compareStages(a: LifecycleStage, b: LifecycleStage): number {
  return STAGE_ORDER[a] - STAGE_ORDER[b];
}
