import type { ParserServices, TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A piece of a statically known string, and the source node it was written in (null: not editable here). */
export interface StringPart {
  text: string;
  /** The string literal or template element the text comes from; null for values read from types. */
  node: TSESTree.StringLiteral | TSESTree.TemplateElement | null;
  /** Where `text` starts in that node's (cooked) value. */
  offset: number;
}

/** A value an expression statically has, with the pieces of source it is made of. */
export interface StaticString {
  value: string;
  /** The expression that produces the whole value: the string literal itself whenever there is one. */
  node: TSESTree.Node;
  parts: StringPart[];
  /** Read from a string-literal type (another module), not from source in this file. */
  typed: boolean;
}

type Variable = TSESLint.Scope.Variable;
type Expression = TSESTree.Node;

const MAX_DEPTH = 12;
const MAX_VALUES = 16;

/** The object literal (or enum) an expression statically refers to. */
export type StaticObject = TSESTree.ObjectExpression | TSESTree.TSEnumDeclaration;

/**
 * Static value resolution, as DESIGN.md lists it: literals and no-substitution templates, `const` bindings
 * (and `let`/`var` never reassigned), members of `as const` / `Object.freeze` / never-mutated object literals
 * and of enums, both branches of `cond ? a : b`, every resolvable operand of `??` / `||` chains, templates
 * and `+` concatenations whose parts resolve, destructuring and parameter defaults. Values from `this`, plain
 * parameters, imports or the environment are unknown (no guessing), unless type information says more.
 */
export class Resolver {
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private readonly services: Partial<ParserServices> | null;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.sourceCode = sourceCode;
    const services = sourceCode.parserServices as Partial<ParserServices> | undefined;
    this.services = services?.program ? services : null;
  }

  /** Every value `node` may statically have; empty when unknown. */
  strings(node: Expression, depth = 0): StaticString[] {
    const values = this.staticStrings(node, depth);
    if (values.length > 0 || depth > 0) return values;
    return this.typedStrings(node);
  }

  /** The initializer (or default) expressions a binding statically holds. */
  bindingValues(identifier: TSESTree.Identifier): Expression[] {
    const variable = this.variable(identifier);
    if (!variable || variable.defs.length !== 1) return [];
    const def = variable.defs[0]!;
    if (def.type === 'Variable') {
      const declarator = def.node;
      const writes = variable.references.filter((reference) => reference.isWrite()).length;
      if (def.parent.kind !== 'const' && (writes !== 1 || declarator.init === null)) return [];
      if (declarator.id.type === 'Identifier') return declarator.init ? [declarator.init] : [];
      return def.name.type === 'Identifier' ? this.patternValues(def.name, declarator.id, declarator.init) : [];
    }
    if (def.type === 'Parameter' && def.name.type === 'Identifier') {
      const name = def.name;
      const parameter = 'params' in def.node ? def.node.params.find((param) => contains(param, name)) : undefined;
      return parameter ? this.patternValues(name, parameter, null) : [];
    }
    return [];
  }

  /** The object literal or enum an expression statically refers to; null when unknown or possibly mutated. */
  object(node: Expression, depth = 0): StaticObject | null {
    if (depth > MAX_DEPTH) return null;
    const inner = unwrap(node);
    if (inner.type === 'ObjectExpression') return inner;
    if (inner.type === 'Identifier') {
      const variable = this.variable(inner);
      const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (def?.type === 'TSEnumName' && def.node.type === 'TSEnumDeclaration') return def.node;
      if (!variable || isMutated(variable)) return null;
      const [value, ...others] = this.bindingValues(inner);
      return value && others.length === 0 ? this.object(value, depth + 1) : null;
    }
    if (inner.type === 'MemberExpression') {
      const value = this.member(inner, depth + 1);
      return value ? this.object(value, depth + 1) : null;
    }
    // Object.freeze({ … })
    if (inner.type === 'CallExpression' && isCalleeNamed(inner.callee, 'freeze', 'Object') && inner.arguments[0]) {
      return this.object(inner.arguments[0], depth + 1);
    }
    return null;
  }

  /** The value expression of `object.key` when the object and its property are statically known. */
  member(node: TSESTree.MemberExpression, depth = 0): Expression | null {
    const key = memberKey(node, this);
    if (key === null) return null;
    const object = this.object(node.object, depth + 1);
    return object ? this.property(object, key, depth + 1) : null;
  }

  /** The value of a property (or enum member) by name; null when absent or hidden behind an unknown spread. */
  property(object: StaticObject, key: string, depth = 0): Expression | null {
    if (object.type === 'TSEnumDeclaration') {
      const member = object.body.members.find((item) => propertyName(item.id) === key);
      return member?.initializer ?? null;
    }
    for (let index = object.properties.length - 1; index >= 0; index--) {
      const property = object.properties[index]!;
      if (property.type === 'SpreadElement') {
        const spread = depth > MAX_DEPTH ? null : this.object(property.argument, depth + 1);
        if (!spread) return null;
        const found = this.property(spread, key, depth + 1);
        if (found) return found;
        continue;
      }
      if (property.kind !== 'init' || property.method) continue;
      const name = property.computed ? literalString(property.key) : propertyName(property.key);
      if (name === key) return property.value;
    }
    return null;
  }

  /** The variable an identifier refers to, looked up through the scopes around it. */
  variable(identifier: TSESTree.Identifier): Variable | null {
    let scope: TSESLint.Scope.Scope | null = this.sourceCode.getScope(identifier);
    while (scope) {
      const variable = scope.set.get(identifier.name);
      if (variable) return variable;
      scope = scope.upper;
    }
    return null;
  }

  private staticStrings(node: Expression, depth: number): StaticString[] {
    if (depth > MAX_DEPTH) return [];
    switch (node.type) {
      case 'Literal':
        return typeof node.value === 'string'
          ? [{ value: node.value, node, parts: [{ text: node.value, node: node as TSESTree.StringLiteral, offset: 0 }], typed: false }]
          : [];
      case 'TemplateLiteral':
        return this.template(node, depth);
      case 'BinaryExpression':
        if (node.operator !== '+') return [];
        return concatenate(node, [this.staticStrings(node.left, depth + 1), this.staticStrings(node.right, depth + 1)]);
      case 'ConditionalExpression':
        return limit([...this.staticStrings(node.consequent, depth + 1), ...this.staticStrings(node.alternate, depth + 1)]);
      case 'LogicalExpression':
        if (node.operator === '&&') return [];
        return limit([...this.staticStrings(node.left, depth + 1), ...this.staticStrings(node.right, depth + 1)]);
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
        return this.staticStrings(node.expression, depth + 1);
      case 'Identifier':
        return limit(this.bindingValues(node).flatMap((value) => this.staticStrings(value, depth + 1)));
      case 'MemberExpression': {
        const value = this.member(node, depth + 1);
        return value ? this.staticStrings(value, depth + 1) : [];
      }
      default:
        return [];
    }
  }

  private template(node: TSESTree.TemplateLiteral, depth: number): StaticString[] {
    const pieces: StaticString[][] = [];
    for (const [index, quasi] of node.quasis.entries()) {
      const text = quasi.value.cooked;
      // An invalid escape (only allowed in tagged templates) has no value.
      if (text === null) return [];
      pieces.push([{ value: text, node: quasi, parts: [{ text, node: quasi, offset: 0 }], typed: false }]);
      const expression = node.expressions[index];
      if (expression) pieces.push(this.staticStrings(expression, depth + 1));
    }
    return concatenate(node, pieces);
  }

  // With type information (optional), a string-literal type resolves across modules: imported consts, enums.
  private typedStrings(node: Expression): StaticString[] {
    if (!this.services || (node.type !== 'Identifier' && node.type !== 'MemberExpression')) return [];
    const { program, esTreeNodeToTSNodeMap } = this.services;
    const tsNode = esTreeNodeToTSNodeMap?.get(node);
    if (!program || !tsNode) return [];
    const type = program.getTypeChecker().getTypeAtLocation(tsNode);
    const members = type.isUnion() ? type.types : [type];
    const values: string[] = [];
    for (const member of members) {
      if (!member.isStringLiteral()) return [];
      values.push(member.value);
    }
    return limit(values.map((value) => ({ value, node, parts: [{ text: value, node: null, offset: 0 }], typed: true })));
  }

  private patternValues(name: TSESTree.Identifier, pattern: TSESTree.Node, init: Expression | null): Expression[] {
    switch (pattern.type) {
      case 'Identifier':
        return pattern === name && init ? [init] : [];
      case 'AssignmentPattern':
        // `{ modelId = 'anthropic…' } = options`, `function f(modelId = 'anthropic…')`: the default is the value the code states.
        return [...this.patternValues(name, pattern.left, init), ...this.patternValues(name, pattern.left, pattern.right)];
      case 'ObjectPattern':
        for (const property of pattern.properties) {
          if (property.type !== 'Property' || !contains(property.value, name)) continue;
          const key = property.computed ? literalString(property.key) : propertyName(property.key);
          const object = init && key !== null ? this.object(init) : null;
          const value = object && key !== null ? this.property(object, key) : null;
          return this.patternValues(name, property.value, value);
        }
        return [];
      case 'TSParameterProperty':
        return this.patternValues(name, pattern.parameter, init);
      default:
        return [];
    }
  }
}

/** `x as const`, `x satisfies T`, `x!`, `<T>x` → `x`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

/** The name of an identifier or string-literal key. */
export function propertyName(node: TSESTree.Node): string | null {
  if (node.type === 'Identifier') return node.name;
  return literalString(node);
}

/** `obj.key`, `obj['key']`, `obj[KEY]` with a const `KEY`: the key; null when computed from anything else. */
export function memberKey(node: TSESTree.MemberExpression, resolver?: Resolver): string | null {
  if (!node.computed) return node.property.type === 'Identifier' ? node.property.name : null;
  const direct = literalString(node.property);
  if (direct !== null || !resolver) return direct;
  const values = resolver.strings(node.property, 1);
  return values.length === 1 ? values[0]!.value : null;
}

/** Whether `callee` is `name` or `<object>.name` (with `object` given: exactly `object.name`). */
export function isCalleeNamed(callee: TSESTree.Node, name: string, object?: string): boolean {
  if (callee.type === 'Identifier') return object === undefined && callee.name === name;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== name) return false;
  return object === undefined || (callee.object.type === 'Identifier' && callee.object.name === object);
}

function literalString(node: TSESTree.Node): string | null {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? null;
  return null;
}

function contains(node: TSESTree.Node, inner: TSESTree.Node): boolean {
  return node.range[0] <= inner.range[0] && inner.range[1] <= node.range[1];
}

// A const object is still mutable: `MODELS.HAIKU = …` or `MODELS.a.b = …` anywhere makes its members unknown.
function isMutated(variable: Variable): boolean {
  return variable.references.some((reference) => {
    let current: TSESTree.Node = reference.identifier;
    while (current.parent?.type === 'MemberExpression' && current.parent.object === current) current = current.parent;
    if (current === reference.identifier) return false;
    const parent = current.parent;
    if (parent?.type === 'AssignmentExpression' && parent.left === current) return true;
    if (parent?.type === 'UpdateExpression') return true;
    return parent?.type === 'UnaryExpression' && parent.operator === 'delete';
  });
}

function concatenate(node: TSESTree.Node, pieces: StaticString[][]): StaticString[] {
  let results: StaticString[] = [{ value: '', node, parts: [], typed: false }];
  for (const alternatives of pieces) {
    if (alternatives.length === 0) return [];
    const next: StaticString[] = [];
    for (const prefix of results) {
      for (const piece of alternatives) {
        next.push({ value: prefix.value + piece.value, node, parts: [...prefix.parts, ...piece.parts], typed: prefix.typed || piece.typed });
        if (next.length >= MAX_VALUES) break;
      }
    }
    results = next;
  }
  // A template that is one literal piece (`anthropic.claude-v2` in backticks) is that piece.
  return results.map((result) => ({ ...result, parts: result.parts.filter((part) => part.text !== '') }));
}

function limit(values: StaticString[]): StaticString[] {
  return values.length > MAX_VALUES ? values.slice(0, MAX_VALUES) : values;
}
