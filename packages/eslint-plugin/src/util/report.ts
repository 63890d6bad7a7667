import { compact, judgeOccurrence, type CapabilityLookup, type IdRuleName, type IdRuleOptions, type JudgeContext } from '@bedrock-models/judge';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getCapabilities } from './capabilities.js';
import { occurrenceListeners, replaceId, type FoundOccurrence } from './occurrences.js';

type Context<MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>;

/**
 * The listeners of a rule that judges model IDs: every occurrence in the file goes through the shared judgement for
 * this rule, and each finding is reported on the string that holds the ID, with its suggestions (and its fix, where
 * an option opts in) written back into that string.
 */
export function judgeOccurrencesListeners<MessageIds extends string>(
  context: Context<MessageIds>,
  rule: IdRuleName,
  options: IdRuleOptions = {},
): TSESLint.RuleListener {
  const report = reporter(context);
  // The region rule leaves to no-unsupported-model-operation the calls that rule reports (it reads the capabilities to know which).
  let withCapabilities: JudgeContext | null = null;
  return occurrenceListeners(context as Context<string>, (found, settings) => {
    if (rule === 'no-region-unavailable-model-id' && found.occurrence.sdkOperation) withCapabilities ??= { ...settings, capabilities: capabilitiesOf(context) };
    for (const finding of judgeOccurrence(found.occurrence, withCapabilities ?? settings, [rule], options)) {
      const edit = finding.fix === null ? null : replaceId(context.sourceCode, found, finding.fix);
      report({
        node: found.node,
        messageId: finding.messageId as MessageIds,
        data: finding.data,
        ...(edit ? { fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(edit.range, edit.text) } : {}),
        suggest: compact(
          finding.suggestions.map((suggestion) => suggestionFor(context, found, suggestion.id, suggestion.messageId as MessageIds, suggestion.data)),
        ),
      });
    }
  });
}

/** A suggestion to replace the occurrence's ID, or nothing when the string cannot be edited in place. */
function suggestionFor<MessageIds extends string>(
  context: Context<MessageIds>,
  found: FoundOccurrence,
  replacement: string,
  messageId: MessageIds,
  data: Record<string, string>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  const edit = replaceId(context.sourceCode, found, replacement);
  return edit ? { messageId, data, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) } : null;
}

/**
 * Reports once per node, message and data: a string reached by several calls (a const used twice) is reported once
 * per distinct fact.
 */
function reporter<MessageIds extends string>(
  context: Context<MessageIds>,
): (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }) => void {
  // Made on the first report: most files report nothing.
  let seen: Set<string> | undefined;
  return (descriptor) => {
    const key = `${descriptor.node.range.join(':')}|${descriptor.messageId}|${JSON.stringify(descriptor.data ?? {})}`;
    seen ??= new Set();
    if (seen.has(key)) return;
    seen.add(key);
    context.report(descriptor);
  };
}

// The request rules' capabilities; settings they reject leave the region rule as it was (the request rules report them).
function capabilitiesOf(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): CapabilityLookup | null {
  try {
    return getCapabilities(context.settings);
  } catch {
    return null;
  }
}
