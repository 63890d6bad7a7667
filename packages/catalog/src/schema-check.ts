/**
 * A small validator for the subset of JSON Schema 2020-12 that catalog.schema.json uses
 * (type, const, enum, required, properties, additionalProperties, propertyNames, pattern, minLength,
 * items, minItems, uniqueItems, anyOf, oneOf, local $ref). It keeps the package free of runtime
 * dependencies; a test checks that it agrees with Ajv on the real data and on broken samples.
 */

export interface SchemaIssue {
  /** JSON Pointer of the offending value, e.g. `/models/amazon.nova-pro-v1:0/regions/us-east-1`. */
  path: string;
  message: string;
}

type Schema = Record<string, unknown> | boolean;

const MAX_ISSUES = 20;

export function checkAgainstSchema(value: unknown, root: Record<string, unknown>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  visit(value, root, '', root, issues);
  return issues;
}

function pointer(path: string, key: string | number): string {
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolveRef(ref: string, root: Record<string, unknown>): Schema {
  let node: unknown = root;
  for (const part of ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  if (node === undefined) throw new Error(`catalog schema: unresolved $ref ${ref}`);
  return node as Schema;
}

function matches(value: unknown, schema: Schema, root: Record<string, unknown>): boolean {
  const probe: SchemaIssue[] = [];
  visit(value, schema, '', root, probe);
  return probe.length === 0;
}

function visit(value: unknown, schema: Schema, path: string, root: Record<string, unknown>, issues: SchemaIssue[]): void {
  if (issues.length >= MAX_ISSUES || schema === true) return;
  if (schema === false) {
    issues.push({ path, message: 'is not allowed here' });
    return;
  }
  const report = (message: string) => issues.push({ path: path || '/', message });
  if (typeof schema.$ref === 'string') visit(value, resolveRef(schema.$ref, root), path, root, issues);
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const)) report(`must be ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    report(`must be one of ${schema.enum.map((option) => JSON.stringify(option)).join(', ')}, not ${JSON.stringify(value)}`);
  }
  if (typeof schema.type === 'string') {
    const actual = typeOf(value);
    if (actual !== schema.type && !(schema.type === 'number' && actual === 'integer')) {
      report(`must be ${schema.type === 'object' || schema.type === 'array' ? 'an' : 'a'} ${schema.type}, not ${actual}`);
      return;
    }
  }
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((option: Schema) => matches(value, option, root))) {
    report(`does not match any allowed form (${JSON.stringify(value)?.slice(0, 80)})`);
  }
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((option: Schema) => matches(value, option, root)).length !== 1) {
    const options = schema.oneOf as Schema[];
    const nonNull = options.find((option) => !(typeof option === 'object' && option.type === 'null'));
    if (value !== null && options.length === 2 && nonNull !== undefined) visit(value, nonNull, path, root, issues);
    else report(`must match exactly one allowed form (${JSON.stringify(value)?.slice(0, 80)})`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) report(`must not be shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      report(`${JSON.stringify(value)} does not match ${schema.pattern}`);
    }
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) report(`must have at least ${schema.minItems} item(s)`);
    if (schema.uniqueItems === true && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) report('must not repeat an item');
    if (schema.items !== undefined) value.forEach((item, index) => visit(item, schema.items as Schema, pointer(path, index), root, issues));
  }
  if (typeOf(value) === 'object') visitObject(value as Record<string, unknown>, schema, path, root, issues);
}

function visitObject(
  value: Record<string, unknown>,
  schema: Record<string, unknown>,
  path: string,
  root: Record<string, unknown>,
  issues: SchemaIssue[],
): void {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const key of (schema.required ?? []) as string[]) {
    if (!Object.hasOwn(value, key)) issues.push({ path: path || '/', message: `must have the field "${key}"` });
  }
  for (const [key, child] of Object.entries(value)) {
    const childPath = pointer(path, key);
    if (schema.propertyNames !== undefined) {
      const nameIssues: SchemaIssue[] = [];
      visit(key, schema.propertyNames as Schema, childPath, root, nameIssues);
      if (nameIssues.length > 0) issues.push({ path: childPath, message: `is not a valid key: ${nameIssues[0]!.message}` });
    }
    if (Object.hasOwn(properties, key)) visit(child, properties[key]!, childPath, root, issues);
    else if (schema.additionalProperties === false) issues.push({ path: childPath, message: 'is not an allowed field' });
    else if (typeof schema.additionalProperties === 'object') visit(child, schema.additionalProperties as Schema, childPath, root, issues);
  }
}
