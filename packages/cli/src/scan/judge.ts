import {
  ID_RULES,
  idsInTemplateParts,
  isRegionCode,
  judgedRegions,
  judgeOccurrence,
  modelArgument,
  findModelId,
  type IdRuleName,
  type IdRuleOptions,
  type JudgeContext,
  RULE_RECORDS,
  type Occurrence,
  type RuleName,
  type Site,
} from '@bedrock-models/judge';
import type { Candidate } from '../extract/index.js';
import { isModelKey } from '../extract/pairs.js';

/** How loud a finding is. */
export type Severity = 'error' | 'warning';

/** The severity of each rule: its record's `recommended` level, as the ESLint plugin's `recommended` config has it. */
export const SEVERITY: Readonly<Record<RuleName, Severity>> = Object.fromEntries(
  RULE_RECORDS.map((rule) => [rule.name, rule.recommended === 'error' ? 'error' : 'warning']),
) as Record<RuleName, Severity>;

/** The rules in the order the ESLint configs list them, which is the order findings at one place are reported in. */
export const RULES: readonly RuleName[] = RULE_RECORDS.map((rule) => rule.name as RuleName);

const ID_RULE_NAMES: readonly IdRuleName[] = ID_RULES.map((rule) => rule.name);

/** One finding at a place in a file. */
export interface Problem {
  line: number;
  column: number;
  rule: RuleName;
  severity: Severity;
  messageId: string;
  message: string;
  /** The reference judged, as written: a model ID, profile ID or ARN. */
  id: string;
  /** The regions it was judged in; empty when none applied. */
  regions: readonly string[];
  /** Values to write instead, best first. */
  suggestions: readonly string[];
}

/** What a check judges by: the shared judgement's context, and the options of its rules. */
export interface JudgeSettings extends JudgeContext {
  options?: IdRuleOptions;
}

/** How one file is read: whether it is another tool's output, and whether its language shows calls. */
export interface FileKind {
  generated: boolean;
  /** A configuration format (JSON, YAML, TOML, Terraform, `.env`): no calls to see, so a model key stands for one. */
  configuration: boolean;
}

type Placed = Omit<Problem, 'line' | 'column'>;

// How many keys up a region-code key still names a value's region (`{"eu-west-1": {"chat": {"modelId": …}}}`).
const REGION_KEY_DEPTH = 3;

/**
 * Turns the candidates of a file into occurrences and judges them through the shared judgement, as the ESLint rules
 * do. Judgements are cached per occurrence: the same ID in a thousand files is judged once.
 */
export class CandidateJudge {
  private readonly cache = new Map<string, Placed[]>();

  constructor(private readonly settings: JudgeSettings) {}

  /** The findings about one candidate string, in rule order, without duplicates. */
  problems(candidate: Candidate, file: FileKind): Problem[] {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const occurrence of this.occurrences(candidate, file)) {
      const key = JSON.stringify(occurrence);
      let placed = this.cache.get(key);
      if (!placed) {
        placed = this.judge(occurrence);
        this.cache.set(key, placed);
      }
      for (const problem of placed) {
        const dedupe = `${problem.rule}|${problem.message}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        problems.push({ line: candidate.line, column: candidate.column, ...problem });
      }
    }
    return problems.sort((a, b) => RULES.indexOf(a.rule) - RULES.indexOf(b.rule));
  }

  /** The occurrences a candidate holds, as the judgement sees them (`upcoming` lists these too). */
  occurrences(candidate: Candidate, file: FileKind): Occurrence[] {
    const { catalog } = this.settings;
    const base = { regionUnknowable: false, dynamicGeo: false, typed: false, generated: file.generated, endpoint: null };
    if (candidate.parts) {
      return idsInTemplateParts(candidate.parts, catalog).map(({ match, geoTail, invokePath }) => ({
        ...base,
        id: match.id,
        strength: match.strength,
        site: invokePath ? 'call' : 'elsewhere',
        onDemand: invokePath,
        regions: [],
        regionUnknowable: geoTail,
        dynamicGeo: geoTail,
      }));
    }
    const match = candidate.call ? modelArgument(candidate.value, catalog) : findModelId(candidate.value, catalog);
    if (!match) return [];
    const regionKey = regionKeyOf(candidate.keys);
    let site: Site = 'elsewhere';
    let regions: readonly string[] = [];
    if (match.region) [site, regions] = ['region-construct', [match.region]];
    else if (candidate.call) [site, regions] = ['call', candidate.call.regions.length > 0 ? candidate.call.regions : (candidate.regions ?? [])];
    else if (candidate.beside && candidate.beside.length > 0) [site, regions] = ['region-construct', candidate.beside];
    else if (regionKey) [site, regions] = ['region-construct', [regionKey]];
    else if (file.configuration && isModelKey(candidate.keys?.[0]) && candidate.listed !== true) site = 'call';
    return [
      {
        ...base,
        id: match.id,
        strength: match.strength,
        site,
        onDemand: (candidate.call?.onDemand ?? false) || match.onDemand,
        ...(candidate.call?.sdkOperation ? { sdkOperation: true } : {}),
        regions,
        regionUnknowable: candidate.regionUnknowable === true && match.region === null,
      },
    ];
  }

  /** The regions an occurrence's lifecycle is judged in: the gate of the region rules. */
  regionsOf(occurrence: Occurrence): readonly string[] {
    return judgedRegions(occurrence, this.settings)?.regions ?? [];
  }

  private judge(occurrence: Occurrence): Placed[] {
    return judgeOccurrence(occurrence, this.settings, ID_RULE_NAMES, this.settings.options).map((finding) => ({
      rule: finding.rule,
      severity: SEVERITY[finding.rule],
      messageId: finding.messageId,
      message: finding.message,
      id: occurrence.id,
      regions: finding.regions,
      suggestions: finding.suggestions.map((suggestion) => suggestion.id),
    }));
  }
}

function regionKeyOf(keys: readonly string[] | undefined): string | null {
  return keys?.slice(0, REGION_KEY_DEPTH).find((key) => isRegionCode(key)) ?? null;
}
