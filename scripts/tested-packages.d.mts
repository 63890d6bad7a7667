export type Tier = 'unit' | 'integration' | 'sweep';

export declare const TIERS: readonly Tier[];

/** Every `test:<tier>` script of every workspace package, with its report's path; all relative to `root`, sorted. */
export function testedTiers(root: string): Array<{ folder: string; tier: Tier; report: string }>;

/** Workspace folders whose package has a plain `test` script, which `pnpm test` (tiers only) never runs. */
export function untieredFolders(root: string): string[];
