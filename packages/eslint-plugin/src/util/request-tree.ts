import type { RequestEntry, RequestValue } from '@bedrock-models/judge';
import type { TSESTree } from '@typescript-eslint/utils';
import { isCalleeNamed, unwrap, type Resolver } from './resolve.js';
import { keyOf } from './call-shapes.js';

/** A request tree whose locations are AST nodes. */
export type NodeValue = RequestValue<TSESTree.Node>;

const MAX_DEPTH = 12;

/**
 * The request tree an expression statically is: object and array literals (also through `const` bindings and
 * spreads of known objects), literal values, and `unknown` for everything else. Locations are the nodes the
 * values are written at, so a finding lands on the property the user wrote.
 */
export function requestValue(node: TSESTree.Node, resolver: Resolver, depth = 0): NodeValue {
  const inner = unwrap(node);
  if (depth > MAX_DEPTH) return { kind: 'unknown', location: node };
  switch (inner.type) {
    case 'ObjectExpression':
      return objectValue(inner, resolver, depth);
    case 'ArrayExpression': {
      const items: NodeValue[] = [];
      let complete = true;
      for (const element of inner.elements) {
        if (element === null) continue;
        if (element.type === 'SpreadElement') complete = false;
        else items.push(requestValue(element, resolver, depth + 1));
      }
      return { kind: 'array', items, complete, location: inner };
    }
    case 'Literal':
      if (typeof inner.value === 'string' || typeof inner.value === 'number' || typeof inner.value === 'boolean' || inner.value === null)
        return { kind: 'literal', value: inner.value, location: inner };
      return { kind: 'unknown', location: inner };
    case 'TemplateLiteral':
      return inner.expressions.length === 0
        ? { kind: 'literal', value: inner.quasis[0]!.value.cooked ?? '', location: inner }
        : { kind: 'unknown', location: inner, templateParts: inner.quasis.map((quasi) => quasi.value.cooked ?? '') };
    case 'UnaryExpression':
      if (inner.operator === '-' && inner.argument.type === 'Literal' && typeof inner.argument.value === 'number')
        return { kind: 'literal', value: -inner.argument.value, location: inner };
      return { kind: 'unknown', location: inner };
    case 'Identifier': {
      // `undefined` (the global, not a local of that name): the SDK sends nothing for the key.
      if (inner.name === 'undefined' && (resolver.variable(inner)?.defs.length ?? 0) === 0) return { kind: 'literal', value: null, location: inner };
      const [value, ...others] = resolver.bindingValues(inner);
      if (!value || others.length > 0) return { kind: 'unknown', location: inner };
      return atUse(requestValue(value, resolver, depth + 1), inner);
    }
    case 'MemberExpression': {
      const value = resolver.member(inner);
      return value ? atUse(requestValue(value, resolver, depth + 1), inner) : { kind: 'unknown', location: inner };
    }
    case 'CallExpression':
    case 'AwaitExpression': {
      const file = fileRead(inner);
      return file === null ? { kind: 'unknown', location: inner } : { kind: 'unknown', location: inner, readsFile: file };
    }
    default:
      return { kind: 'unknown', location: inner };
  }
}

// `readFileSync('photo.jpg')`, `await readFile('photo.jpg')` (also as `fs.…`): the literal path whose bytes the call reads.
function fileRead(node: TSESTree.Node): string | null {
  const call = node.type === 'AwaitExpression' ? unwrap(node.argument) : node;
  if (call.type !== 'CallExpression') return null;
  const reader = node.type === 'AwaitExpression' ? 'readFile' : 'readFileSync';
  if (!isCalleeNamed(call.callee, reader)) return null;
  const [path, encoding] = call.arguments;
  // An encoding makes the result a string (base64 or text), not the bytes.
  if (encoding !== undefined) return null;
  if (path?.type === 'Literal' && typeof path.value === 'string') return path.value;
  if (path?.type === 'TemplateLiteral' && path.expressions.length === 0) return path.quasis[0]!.value.cooked ?? null;
  return null;
}

function objectValue(node: TSESTree.ObjectExpression, resolver: Resolver, depth: number): NodeValue {
  const entries: Array<RequestEntry<TSESTree.Node>> = [];
  let complete = true;
  for (const property of node.properties) {
    if (property.type === 'SpreadElement') {
      const spread = resolver.object(property.argument);
      if (spread?.type !== 'ObjectExpression') {
        complete = false;
        continue;
      }
      const inner = objectValue(spread, resolver, depth + 1);
      if (inner.kind === 'object') {
        entries.push(...inner.entries);
        complete &&= inner.complete;
      }
      continue;
    }
    const key = property.kind === 'init' && !property.method ? keyOf(property) : null;
    if (key === null) {
      complete = false;
      continue;
    }
    entries.push({ key, value: requestValue(property.value, resolver, depth + 1), location: property, keyLocation: property.key });
  }
  return { kind: 'object', entries, complete, location: node };
}

// A literal read through a name is reported, and replaced, where the name is used: the const may serve other uses
// (`anthropic_version: MODEL_ID`). Objects keep their entries where they are written.
function atUse(value: NodeValue, use: TSESTree.Node): NodeValue {
  return value.kind === 'literal' ? { ...value, location: use } : value;
}

/** `JSON.stringify({ … })`, also inside `new TextEncoder().encode(…)` or `Buffer.from(…)`, through consts: the object serialised. */
export function stringifiedBody(node: TSESTree.Node, resolver: Resolver, depth = 0): NodeValue | null {
  if (depth > 4) return null;
  const inner = unwrap(node);
  if (inner.type === 'Identifier') {
    const [value, ...others] = resolver.bindingValues(inner);
    return value && others.length === 0 ? stringifiedBody(value, resolver, depth + 1) : null;
  }
  if (inner.type !== 'CallExpression') return null;
  const [argument] = inner.arguments;
  if (!argument || argument.type === 'SpreadElement') return null;
  if (isCalleeNamed(inner.callee, 'stringify', 'JSON')) return requestValue(argument, resolver);
  if (isCalleeNamed(inner.callee, 'from', 'Buffer') || isCalleeNamed(inner.callee, 'encode')) return stringifiedBody(argument, resolver, depth + 1);
  return null;
}
