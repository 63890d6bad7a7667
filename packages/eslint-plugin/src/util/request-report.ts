import type { RequestEdit, RequestFinding } from '@bedrock-models/judge';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Context<MessageIds extends string> = Readonly<TSESLint.RuleContext<MessageIds, readonly unknown[]>>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Reports request findings on their nodes, with each suggestion's edit made in the user's own formatting. */
export function requestReporter<MessageIds extends string>(context: Context<MessageIds>): (finding: RequestFinding<TSESTree.Node>) => void {
  const { sourceCode } = context;
  // A request reached through a const used by two calls is reported once per place and fact.
  let seen: Set<string> | undefined;
  return (finding) => {
    const key = `${finding.location.range.join(':')}|${finding.messageId}|${JSON.stringify(finding.data)}`;
    seen ??= new Set();
    if (seen.has(key)) return;
    seen.add(key);
    context.report({
      node: finding.location,
      messageId: finding.messageId as MessageIds,
      data: finding.data,
      suggest: finding.suggestions.map((suggestion) => ({
        messageId: suggestion.messageId as MessageIds,
        data: suggestion.data,
        fix: (fixer: TSESLint.RuleFixer) => editFix(sourceCode, fixer, suggestion.edit),
      })),
    });
  };
}

function editFix(sourceCode: Readonly<TSESLint.SourceCode>, fixer: TSESLint.RuleFixer, edit: RequestEdit<TSESTree.Node>): TSESLint.RuleFix {
  switch (edit.kind) {
    case 'replace-value':
      return fixer.replaceText(edit.location, literal(edit.value, quoteOf(sourceCode, edit.location)));
    case 'rename-key': {
      const quote = quoteOf(sourceCode, edit.location);
      const key = edit.location.type === 'Identifier' && IDENTIFIER.test(edit.key) ? edit.key : literal(edit.key, quote);
      return fixer.replaceText(edit.location, key);
    }
    case 'remove-entry':
      return fixer.removeRange(removalRange(sourceCode, edit.location));
    case 'insert-entry':
      return insertEntry(sourceCode, fixer, edit.location, edit.key, edit.value);
  }
}

// An entry and the comma that separates it: the one after it, or the one before it when it is the last.
function removalRange(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): [number, number] {
  const after = sourceCode.getTokenAfter(node);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const closes = next === null || next.value === '}' || next.value === ']';
    if (!closes) return [node.range[0], next.range[0]];
  }
  const before = sourceCode.getTokenBefore(node);
  if (before?.value === ',') return [before.range[0], after?.value === ',' ? after.range[1] : node.range[1]];
  return [node.range[0], after?.value === ',' ? after.range[1] : node.range[1]];
}

// `{ max_tokens: 512 }` → `{ anthropic_version: 'bedrock-2023-05-31', max_tokens: 512 }`; on its own line where the entries are.
function insertEntry(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  object: TSESTree.Node,
  key: string,
  value: string | number,
): TSESLint.RuleFix {
  const text = `${IDENTIFIER.test(key) ? key : literal(key, "'")}: ${literal(value, quoteIn(sourceCode, object))}`;
  const first = object.type === 'ObjectExpression' ? object.properties[0] : undefined;
  if (!first) return fixer.replaceText(object, `{ ${text} }`);
  const open = sourceCode.getFirstToken(object)!;
  if (open.loc.end.line === first.loc.start.line) return fixer.insertTextBefore(first, `${text}, `);
  return fixer.insertTextBefore(first, `${text},\n${' '.repeat(first.loc.start.column)}`);
}

function literal(value: string | number, quote: string): string {
  if (typeof value === 'number') return String(value);
  const escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`).replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\t', '\\t');
  return `${quote}${escaped}${quote}`;
}

// The quote the node is written with, else the file's first string literal's, else a single quote.
function quoteOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const first = sourceCode.getText(node)[0];
  return first === '"' || first === "'" ? first : quoteIn(sourceCode, node);
}

function quoteIn(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const token = sourceCode.getTokens(node).find((item) => item.type === 'String');
  return token?.value[0] === '"' ? '"' : "'";
}
