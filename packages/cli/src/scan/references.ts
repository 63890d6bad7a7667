import { parseBedrockArn, type BedrockCatalog } from '@bedrock-models/catalog';
import { findModelId, idsInTemplateParts, modelArgument } from '@bedrock-models/judge';
import type { Candidate } from '../extract/index.js';

/** A model reference found in a file, where it stands, and the regions its lifecycle is judged in. */
export interface FoundReference {
  /** The reference as written: a model ID, profile ID or ARN. */
  id: string;
  line: number;
  column: number;
  /** The call's regions, the file's, or `--region`; empty when none is known. */
  regions: readonly string[];
}

/**
 * Every model reference one extracted candidate holds, read by the shape grammar of `@bedrock-models/judge`,
 * with the regions its lifecycle is judged in: an ARN's region, a region key or the call's client, the
 * file's clients, then `--region`. Interpolated strings contribute the IDs their static parts state, without
 * a region. `upcoming` lists these, whether or not a rule reports them.
 */
export function referencesIn(candidate: Candidate, catalog: BedrockCatalog, defaultRegions: readonly string[]): FoundReference[] {
  const at = { line: candidate.line, column: candidate.column };
  if (candidate.parts) return idsInTemplateParts(candidate.parts, catalog).map(({ match }) => ({ id: match.id, ...at, regions: [] }));
  const match = candidate.call ? modelArgument(candidate.value, catalog) : findModelId(candidate.value, catalog);
  if (!match) return [];
  let regions: readonly string[] = match.region ? [match.region] : candidate.call && candidate.call.regions.length > 0 ? candidate.call.regions : candidate.regions && candidate.regions.length > 0 ? candidate.regions : defaultRegions;
  if (regions.length === 0 && match.id.startsWith('arn:')) {
    const arnRegion = parseBedrockArn(match.id)?.region;
    if (arnRegion) regions = [arnRegion];
  }
  return [{ id: match.id, ...at, regions }];
}
