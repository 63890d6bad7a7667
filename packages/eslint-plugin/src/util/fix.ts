import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { StaticString, StringPart } from './resolve.js';

/** One text edit in the file. */
export interface Edit {
  range: [number, number];
  text: string;
}

/**
 * The smallest edit that turns `string` into `next`, made inside the one string literal or template element
 * that holds the changed characters (an ARN keeps everything but its ID; a template keeps its `${…}`
 * parts). The user's quotes stay; a literal with escapes is rewritten whole in its own quote style. Null
 * when the change would have to touch an expression, another file, or several literals.
 */
export function editFor(sourceCode: Readonly<TSESLint.SourceCode>, string: StaticString, next: string): Edit | null {
  if (string.typed || next === string.value) return null;
  const old = string.value;
  let prefix = 0;
  while (prefix < old.length && prefix < next.length && old[prefix] === next[prefix]) prefix++;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < next.length - prefix && old[old.length - 1 - suffix] === next[next.length - 1 - suffix]) suffix++;
  const start = prefix;
  const end = old.length - suffix;
  const replacement = next.slice(prefix, next.length - suffix);

  let position = 0;
  for (const part of string.parts) {
    const partStart = position;
    const partEnd = position + part.text.length;
    position = partEnd;
    if (start < partStart || end > partEnd) continue;
    // An insertion at the boundary of two parts belongs to the first editable one.
    const edit = editInPart(sourceCode, part, start - partStart, end - partStart, replacement);
    if (edit) return edit;
  }
  return wholeLiteral(sourceCode, string, next);
}

function editInPart(sourceCode: Readonly<TSESLint.SourceCode>, part: StringPart, from: number, to: number, replacement: string): Edit | null {
  const { node } = part;
  if (!node) return null;
  const rawStart = rawStartOf(sourceCode, node);
  const raw = rawOf(sourceCode, node);
  const cooked = node.type === 'Literal' ? node.value : node.value.cooked;
  // With escapes in the literal, source offsets differ from value offsets: no fine-grained edit.
  if (raw !== cooked) return null;
  const escaped = node.type === 'Literal' ? escapeForQuote(replacement, sourceCode.text[node.range[0]]!) : escapeForTemplate(replacement);
  const offset = rawStart + part.offset;
  return { range: [offset + from, offset + to], text: escaped };
}

// No fine-grained edit was possible: a value that is exactly one string literal is rewritten whole, in its quote style.
function wholeLiteral(sourceCode: Readonly<TSESLint.SourceCode>, string: StaticString, next: string): Edit | null {
  const [first] = string.parts;
  if (string.parts.length !== 1 || !first?.node || first.node.type !== 'Literal' || first.text !== first.node.value) return null;
  const quote = sourceCode.text[first.node.range[0]]!;
  return { range: first.node.range, text: `${quote}${escapeForQuote(next, quote)}${quote}` };
}

function rawStartOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.StringLiteral | TSESTree.TemplateElement): number {
  // Literals start with their quote; template elements with the backtick or the `}` closing the previous `${`.
  const first = sourceCode.text[node.range[0]];
  return first === '"' || first === "'" || first === '`' || first === '}' ? node.range[0] + 1 : node.range[0];
}

function rawOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.StringLiteral | TSESTree.TemplateElement): string {
  if (node.type === 'Literal') return sourceCode.text.slice(node.range[0] + 1, node.range[1] - 1);
  return node.value.raw;
}

function escapeForQuote(text: string, quote: string): string {
  return text.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`).replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

function escapeForTemplate(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}
