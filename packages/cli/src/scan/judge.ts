import { parseBedrockArn, type BedrockCatalog } from '@bedrock-models/catalog';
import { describeLifecycle, describeNeedsProfile, describeRegionGroup, describeUnknown, findModelId, formatMessage, groupRegionFindings, isModelIdTail, judgeInvocation, judgeKnown, judgeLifecycle, judgeRegions, LIFECYCLE_MESSAGES, lifecycleReplacements, modelArgument, PROFILE_MESSAGES, REGION_MESSAGES, rewriteReference, UNKNOWN_MESSAGES, type DescribedFinding, type JudgementRule, type ModelReference } from '@bedrock-models/judge';
import type { Candidate } from '../extract/index.js';

/** How loud a finding is. */
export type Severity = 'error' | 'warning';

/**
 * The severity of each rule: the ESLint plugin's `recommended` config. Unknown and deprecated IDs warn (a
 * catalog a day behind a launch must not fail a build); region and inference-profile mistakes fail.
 */
export const SEVERITY: Readonly<Record<JudgementRule, Severity>> = {
  'no-unknown-model-id': 'warning',
  'no-deprecated-model-id': 'warning',
  'no-region-unavailable-model-id': 'error',
  'require-inference-profile': 'error',
};

/** The rules in the order the ESLint configs list them, which is the order findings at one place are reported in. */
export const RULES: readonly JudgementRule[] = ['no-unknown-model-id', 'no-deprecated-model-id', 'no-region-unavailable-model-id', 'require-inference-profile'];

const TEMPLATES: Readonly<Record<JudgementRule, Readonly<Record<string, string>>>> = {
  'no-unknown-model-id': UNKNOWN_MESSAGES,
  'no-deprecated-model-id': LIFECYCLE_MESSAGES,
  'no-region-unavailable-model-id': REGION_MESSAGES,
  'require-inference-profile': PROFILE_MESSAGES,
};

/** One finding at a place in a file. */
export interface Problem {
  line: number;
  column: number;
  rule: JudgementRule;
  severity: Severity;
  messageId: string;
  message: string;
  /** The reference judged, as written: a model ID, profile ID or ARN. */
  id: string;
  /** The regions it was judged in; empty when none was known. */
  regions: readonly string[];
  /** Values to write instead, best first. */
  suggestions: readonly string[];
}

/** What a check judges by. */
export interface JudgeSettings {
  catalog: BedrockCatalog;
  /** `--region`: where the code runs when the file does not say. */
  regions: readonly string[];
  /** `YYYY-MM-DD` lifecycle is judged at. */
  today: string;
  /** IDs to accept as known. */
  allow: ReadonlySet<string>;
}

/** A reference found in a string, with the facts of its use: what the ESLint plugin's `Reference` carries. */
interface Reference {
  id: string;
  strength: 'strong' | 'weak';
  onDemand: boolean;
  regions: readonly string[];
  regionSource: 'code' | 'settings' | null;
}

type Placed = Omit<Problem, 'line' | 'column'>;

/**
 * Judges the strings a file holds by the shape grammar and the four judgements of `@bedrock-models/catalog`,
 * exactly as the ESLint rules do (same gates, same messages). Results are cached per reference and context:
 * the same ID in a thousand files is judged once.
 */
export class Judge {
  private readonly cache = new Map<string, Placed[]>();

  constructor(private readonly settings: JudgeSettings) {}

  /** The findings about one candidate string, in rule order, without duplicates. */
  problems(candidate: Candidate): Problem[] {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const reference of this.references(candidate)) {
      const key = `${reference.id}|${reference.strength}|${reference.onDemand}|${reference.regionSource}|${reference.regions.join(',')}`;
      let placed = this.cache.get(key);
      if (!placed) {
        placed = this.judge(reference);
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

  private references(candidate: Candidate): Reference[] {
    const { catalog } = this.settings;
    if (candidate.parts) return this.templateReferences(candidate.parts);
    const match = candidate.call ? modelArgument(candidate.value, catalog) : findModelId(candidate.value, catalog);
    if (!match) return [];
    const codeRegions = match.region ? [match.region] : (candidate.call?.regions ?? []);
    const fromCode = codeRegions.length > 0;
    let regions = fromCode ? codeRegions : candidate.regions && candidate.regions.length > 0 ? candidate.regions : this.settings.regions;
    // An ARN names the region it is used in. With no other region known, that one is judged (as a default, so
    // it can never contradict itself), as the ESLint rules do.
    if (regions.length === 0) {
      const arnRegion = match.id.startsWith('arn:') ? parseBedrockArn(match.id)?.region : null;
      if (arnRegion) regions = [arnRegion];
    }
    return [
      {
        id: match.id,
        strength: match.strength,
        onDemand: (candidate.call?.onDemand ?? false) || match.onDemand,
        regions,
        regionSource: fromCode ? 'code' : regions.length > 0 ? 'settings' : null,
      },
    ];
  }

  /**
   * A string that interpolates still states IDs in its static parts: `arn:aws:bedrock:${AWS::Region}::foundation-model/…`
   * and `${geo}.anthropic.claude-…`. The ID in such a part is judged on its own, without the region the
   * interpolation hides (the plugin's rule for template literals).
   */
  private templateReferences(parts: readonly string[]): Reference[] {
    const { catalog, regions } = this.settings;
    const references: Reference[] = [];
    parts.forEach((text, index) => {
      const isLast = index === parts.length - 1;
      let start = -1;
      for (const marker of ['foundation-model/', 'inference-profile/', '/model/']) {
        const at = text.lastIndexOf(marker);
        if (at >= 0) start = Math.max(start, at + marker.length);
      }
      let geoTail = false;
      if (start < 0 && index > 0 && isModelIdTail(text.split('/')[0]!, catalog)) {
        start = 1;
        geoTail = true;
      }
      if (start < 0) return;
      let end = start;
      while (end < text.length && text[end] !== '/' && text[end] !== '?' && text[end] !== '#') end++;
      if (end === text.length && !isLast) return;
      const id = text.slice(start, end);
      const match = findModelId(id, catalog);
      if (!match || match.id !== id || id.startsWith('arn:')) return;
      references.push({
        id,
        strength: match.strength,
        onDemand: text.includes('/model/'),
        regions: geoTail ? [] : regions,
        regionSource: geoTail || regions.length === 0 ? null : 'settings',
      });
    });
    return references;
  }

  private judge(reference: Reference): Placed[] {
    const { catalog, today, allow } = this.settings;
    const { id } = reference;
    const value: ModelReference = {
      value: id,
      regions: reference.regions,
      ...(reference.regionSource === null ? {} : { regionSource: reference.regionSource }),
      onDemand: reference.onDemand,
    };
    const placed: Placed[] = [];
    const add = (rule: JudgementRule, described: DescribedFinding<string>, suggestions: readonly string[]): void => {
      placed.push({
        rule,
        severity: SEVERITY[rule],
        messageId: described.messageId,
        message: formatMessage(TEMPLATES[rule][described.messageId]!, described.data),
        id,
        regions: reference.regions,
        suggestions,
      });
    };

    const unknown = judgeKnown(catalog, { value: id, onDemand: reference.onDemand, regions: reference.regions }, { allow });
    // A string only shaped like an ID (`anthropic.claude-foo`) may be anything else: unknown ones are not reported.
    if (unknown && !(reference.strength === 'weak' && unknown.reason === 'unknown')) {
      add('no-unknown-model-id', describeUnknown(unknown, catalog.date), present(unknown.suggestions.map((suggestion) => rewriteReference(id, suggestion))));
    }
    const lifecycle = judgeLifecycle(catalog, value, { date: today });
    if (lifecycle) {
      const replacements = lifecycleReplacements(catalog, id, lifecycle);
      add('no-deprecated-model-id', describeLifecycle(lifecycle, replacements), replacements);
    }
    // Without a region, the region judgements stay silent.
    if (reference.regionSource === null) return placed;
    for (const group of groupRegionFindings(judgeRegions(catalog, value))) add('no-region-unavailable-model-id', describeRegionGroup(group), group.suggestions);
    for (const finding of judgeInvocation(catalog, value)) {
      add('require-inference-profile', describeNeedsProfile(finding), finding.profiles.map((profile) => rewriteReference(id, profile.id) ?? profile.id));
    }
    return placed;
  }
}

function present<T>(items: ReadonlyArray<T | null>): T[] {
  return items.filter((item): item is T => item !== null);
}
