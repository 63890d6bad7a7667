import { isRegionCode } from '@bedrock-models/judge';
import type { TSESTree } from '@typescript-eslint/utils';

/** What a region test around a piece of code says about where that code runs. */
export type RegionGuard =
  /** The test admits exactly these regions (`region === 'eu-west-1'`, `case 'eu-west-1':`, `['eu-west-1'].includes(region)`). */
  | { kind: 'regions'; regions: string[] }
  /** A test of the region whose regions cannot be told (`region.startsWith('eu')`, an `else` branch, `default:`). */
  | { kind: 'unknowable' };

const MAX_DEPTH = 40;
const REGION_NAME = /region/i;

/**
 * The innermost region test that guards `node`: a branch of `cond ? a : b`, of `if … else`, or a `case` of a `switch`
 * whose test reads the region. Code under such a branch runs only in the regions the test admits, and must not be
 * judged in the others: `` `${region.startsWith('eu') ? 'eu' : 'us'}.anthropic…` `` builds an `eu.` profile only in
 * the EU. Null when no region test guards it.
 */
export function regionGuardOf(node: TSESTree.Node): RegionGuard | null {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  for (let depth = 0; parent && depth < MAX_DEPTH; depth++) {
    const guard = guardAt(parent, child);
    if (guard) return guard;
    child = parent;
    parent = parent.parent;
  }
  return null;
}

function guardAt(parent: TSESTree.Node, child: TSESTree.Node): RegionGuard | null {
  switch (parent.type) {
    case 'ConditionalExpression':
    case 'IfStatement':
      if (child === parent.test || !readsRegion(parent.test)) return null;
      return child === parent.consequent ? admitted(parent.test) : { kind: 'unknowable' };
    case 'SwitchCase': {
      if (child === parent.test) return null;
      const statement = parent.parent;
      if (statement.type !== 'SwitchStatement' || !readsRegion(statement.discriminant)) return null;
      // A case falls through from the cases above it that have no statements of their own.
      const cases = statement.cases;
      const regions: string[] = [];
      for (let index = cases.indexOf(parent); index >= 0; index--) {
        const test = cases[index]!.test;
        if (test === null) return { kind: 'unknowable' };
        const value = regionLiteral(test);
        if (value === null) return { kind: 'unknowable' };
        regions.push(value);
        if (index > 0 && cases[index - 1]!.consequent.length > 0) break;
      }
      return { kind: 'regions', regions: regions.sort() };
    }
    default:
      return null;
  }
}

// `region === 'eu-west-1'`, `'eu-west-1' == region`, `a === 'x' || a === 'y'`, `['x', 'y'].includes(region)`.
function admitted(test: TSESTree.Node): RegionGuard {
  const regions = exactRegions(test);
  return regions && regions.length > 0 ? { kind: 'regions', regions: [...new Set(regions)].sort() } : { kind: 'unknowable' };
}

function exactRegions(test: TSESTree.Node): string[] | null {
  if (test.type === 'LogicalExpression' && test.operator === '||') {
    const left = exactRegions(test.left);
    const right = exactRegions(test.right);
    return left && right ? [...left, ...right] : null;
  }
  if (test.type === 'BinaryExpression' && (test.operator === '===' || test.operator === '==')) {
    const value = regionLiteral(test.right) ?? regionLiteral(test.left);
    return value === null ? null : [value];
  }
  if (
    test.type === 'CallExpression' &&
    test.callee.type === 'MemberExpression' &&
    !test.callee.computed &&
    test.callee.property.type === 'Identifier' &&
    test.callee.property.name === 'includes'
  ) {
    const list = test.callee.object;
    if (list.type !== 'ArrayExpression') return null;
    const values = list.elements.map((element) => (element && element.type !== 'SpreadElement' ? regionLiteral(element) : null));
    return values.every((value): value is string => value !== null) ? values : null;
  }
  return null;
}

function regionLiteral(node: TSESTree.Node): string | null {
  return node.type === 'Literal' && typeof node.value === 'string' && isRegionCode(node.value) ? node.value : null;
}

/** Whether an expression reads a region: a name or property called `…region…`, or a comparison with a region code. */
function readsRegion(node: TSESTree.Node): boolean {
  let found = false;
  const visit = (current: TSESTree.Node, depth: number): void => {
    if (found || depth > 12) return;
    if (current.type === 'Identifier' && REGION_NAME.test(current.name)) found = true;
    else if (current.type === 'Literal' && typeof current.value === 'string' && (isRegionCode(current.value) || REGION_NAME.test(current.value))) found = true;
    if (found) return;
    for (const key of Object.keys(current) as Array<keyof typeof current>) {
      if (key === 'parent') continue;
      const value = current[key] as unknown;
      if (Array.isArray(value)) for (const item of value) if (isNode(item)) visit(item, depth + 1);
      if (isNode(value)) visit(value, depth + 1);
    }
  };
  visit(node, 0);
  return found;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
