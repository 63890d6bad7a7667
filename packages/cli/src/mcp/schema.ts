/**
 * The subset of JSON Schema the MCP tools' input schemas use, and a validator for it: objects with typed
 * properties (`string`, `integer`, `boolean`, arrays of strings), `enum`, `required`, `minLength`,
 * `minimum` / `maximum`, `additionalProperties: false`, and `string`-or-array unions through `anyOf`.
 */
export interface JsonSchema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array';
  description?: string;
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  anyOf?: readonly JsonSchema[];
}

/** Why a value does not fit a schema: the path of the offending field (`arguments.region`) and what is wrong. */
export interface SchemaIssue {
  field: string;
  message: string;
}

/** The first issue of `value` against `schema`, or null when it fits. */
export function validate(value: unknown, schema: JsonSchema, field: string): SchemaIssue | null {
  if (schema.anyOf) {
    const issues = schema.anyOf.map((option) => validate(value, option, field));
    if (issues.some((issue) => issue === null)) return null;
    return issues.find((issue) => issue!.field !== field) ?? { field, message: `must be ${schema.anyOf.map(describe).join(' or ')}` };
  }
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return { field, message: 'must be an object' };
      const record = value as Record<string, unknown>;
      for (const name of schema.required ?? [])
        if (!Object.hasOwn(record, name) || record[name] === undefined) return { field: `${field}.${name}`, message: 'is required' };
      for (const [name, item] of Object.entries(record)) {
        const property = schema.properties?.[name];
        if (!property) {
          if (schema.additionalProperties === false)
            return {
              field: `${field}.${name}`,
              message: `is not a parameter of this tool (it takes ${Object.keys(schema.properties ?? {}).join(', ') || 'none'})`,
            };
          continue;
        }
        const issue = validate(item, property, `${field}.${name}`);
        if (issue) return issue;
      }
      return null;
    }
    case 'string': {
      if (typeof value !== 'string') return { field, message: 'must be a string' };
      if (schema.minLength !== undefined && value.length < schema.minLength)
        return { field, message: schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters` };
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return { field, message: `must be at most ${schema.maxLength} characters` };
      if (schema.enum && !schema.enum.includes(value)) return { field, message: `must be one of ${schema.enum.join(', ')}` };
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) return { field, message: `must match ${schema.pattern}` };
      return null;
    }
    case 'integer':
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value) || (schema.type === 'integer' && !Number.isInteger(value)))
        return { field, message: `must be ${describe(schema)}` };
      if (schema.minimum !== undefined && value < schema.minimum) return { field, message: `must be at least ${schema.minimum}` };
      if (schema.maximum !== undefined && value > schema.maximum) return { field, message: `must be at most ${schema.maximum}` };
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : { field, message: 'must be true or false' };
    case 'array': {
      if (!Array.isArray(value)) return { field, message: 'must be an array' };
      for (const [index, item] of value.entries()) {
        const issue = schema.items ? validate(item, schema.items, `${field}[${index}]`) : null;
        if (issue) return issue;
      }
      return null;
    }
    default:
      return null;
  }
}

function describe(schema: JsonSchema): string {
  if (schema.type === 'array') return `an array${schema.items?.type ? ` of ${schema.items.type}s` : ''}`;
  if (schema.type === 'integer') return 'a whole number';
  return `a ${schema.type ?? 'value'}`;
}
