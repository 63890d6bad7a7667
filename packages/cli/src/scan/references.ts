import { parseBedrockArn, type BedrockCatalog } from '@bedrock-models/catalog';
import { findModelId, modelArgument } from '@bedrock-models/judge';
import type { Candidate } from '../extract/index.js';

/** A model reference found in a file, where it stands, and the regions it is judged in. */
export interface FoundReference {
  /** The reference as written: a model ID, profile ID or ARN. */
  id: string;
  line: number;
  column: number;
  /** The call's regions, the file's, or `--region`; empty when none is known. */
  regions: readonly string[];
  /** Whether the regions were stated by the code (a client's region, an ARN) rather than `--region`. */
  regionsFromCode: boolean;
  onDemand: boolean;
}

/**
 * The model references one extracted candidate holds, read by the shape grammar of `@bedrock-models/judge`
 * with the same region precedence as the judgement (an ARN's region, the call's client, the file's clients,
 * then `--region`). Interpolated strings contribute the IDs their static parts state, without a region.
 * Used where every reference matters, not only those with findings: `upcoming` and `--end-of-life-within`.
 */
export function referencesIn(candidate: Candidate, catalog: BedrockCatalog, defaultRegions: readonly string[]): FoundReference[] {
  const at = { line: candidate.line, column: candidate.column };
  if (candidate.parts) {
    return candidate.parts.flatMap((part) => {
      const match = findModelId(part, catalog);
      if (!match || match.id.startsWith('arn:')) return [];
      const kind = catalog.resolve(match.id)?.kind;
      return kind === 'model' || kind === 'profile' ? [{ id: match.id, ...at, regions: [], regionsFromCode: false, onDemand: false }] : [];
    });
  }
  const match = candidate.call ? modelArgument(candidate.value, catalog) : findModelId(candidate.value, catalog);
  if (!match) return [];
  const codeRegions = match.region ? [match.region] : (candidate.call?.regions ?? []);
  let regions = codeRegions.length > 0 ? codeRegions : candidate.regions && candidate.regions.length > 0 ? candidate.regions : defaultRegions;
  if (regions.length === 0 && match.id.startsWith('arn:')) {
    const arnRegion = parseBedrockArn(match.id)?.region;
    if (arnRegion) regions = [arnRegion];
  }
  return [{ id: match.id, ...at, regions, regionsFromCode: codeRegions.length > 0, onDemand: (candidate.call?.onDemand ?? false) || match.onDemand }];
}
