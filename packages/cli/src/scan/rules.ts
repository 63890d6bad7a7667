import { ID_RULES, type IdRuleName } from '@bedrock-models/judge';
import { RULES, SEVERITY, type Problem, type Severity } from './judge.js';

/** The CLI's own rule: a suppression comment that suppressed nothing (ESLint's unused disable directives). */
export const UNUSED_SUPPRESSION = 'unused-suppression';

/** Every rule a CLI finding may carry: the judgement's rules, then the CLI's own. */
export type CliRule = IdRuleName | typeof UNUSED_SUPPRESSION;

/** The rules in report order. */
export const CLI_RULES: readonly CliRule[] = [...RULES, UNUSED_SUPPRESSION];

/** A finding as the CLI reports it: a judgement's {@link Problem}, or one of the CLI's own rules. */
export type ReportedProblem = Omit<Problem, 'rule'> & { rule: CliRule };

/** One line on what each rule reports (SARIF's rule descriptions). */
export const CLI_RULE_DESCRIPTIONS: Readonly<Record<CliRule, string>> = {
  ...(Object.fromEntries(ID_RULES.map(({ name, description }) => [name, description])) as Record<IdRuleName, string>),
  [UNUSED_SUPPRESSION]: 'Report bedrock-models suppression comments that suppress nothing',
};

/** The default severity of each rule. */
export const CLI_SEVERITY: Readonly<Record<CliRule, Severity>> = { ...SEVERITY, [UNUSED_SUPPRESSION]: 'warning' };
