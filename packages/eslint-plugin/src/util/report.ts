import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Reference } from './references.js';
import { replaceId } from './references.js';

type Context<MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>;

/** A suggestion to replace the reference's ID, or nothing when the string cannot be edited in place. */
export function replaceSuggestion<MessageIds extends string>(
  context: Context<MessageIds>,
  reference: Reference,
  replacement: string,
  messageId: MessageIds,
  data: Record<string, string>,
): TSESLint.SuggestionReportDescriptor<MessageIds> | null {
  const edit = replaceId(context.sourceCode, reference, replacement);
  return edit ? { messageId, data, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) } : null;
}

/**
 * Reports once per node, message and data: a string reached by several calls (a const used twice) is
 * reported once per distinct fact.
 */
export function reporter<MessageIds extends string>(context: Context<MessageIds>): (descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }) => void {
  const seen = new Set<string>();
  return (descriptor) => {
    const key = `${descriptor.node.range.join(':')}|${descriptor.messageId}|${JSON.stringify(descriptor.data ?? {})}`;
    if (seen.has(key)) return;
    seen.add(key);
    context.report(descriptor);
  };
}

/** Suggestions without the ones that could not be built. */
export function present<T>(items: ReadonlyArray<T | null>): T[] {
  return items.filter((item): item is T => item !== null);
}
