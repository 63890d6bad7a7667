import type { Candidate } from '../extract/index.js';
import type { CandidateJudge, FileKind } from './judge.js';

/** A model reference found in a file, where it stands, and the regions its lifecycle is judged in. */
export interface FoundReference {
  /** The reference as written: a model ID, profile ID or ARN. */
  id: string;
  line: number;
  column: number;
  /** The regions the judgement would judge it in (a call's or construct's region, `--region` at a call, an ARN's own); empty when none. */
  regions: readonly string[];
}

/**
 * Every model reference one extracted candidate holds, as the judgement sees it (the same occurrences and the same
 * gate as `check`), with the regions its lifecycle is judged in. `upcoming` lists these, whether or not a rule
 * reports them.
 */
export function referencesIn(candidate: Candidate, file: FileKind, judge: CandidateJudge): FoundReference[] {
  return judge
    .occurrences(candidate, file)
    .map((occurrence) => ({ id: occurrence.id, line: candidate.line, column: candidate.column, regions: judge.regionsOf(occurrence) }));
}
