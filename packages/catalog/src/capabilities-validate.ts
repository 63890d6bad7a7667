import { getCapabilitiesSchema } from './capabilities-load.js';
import { checkCapabilitySemantics } from './capabilities-semantics.js';
import type { CapabilitiesData } from './capabilities-types.js';
import { checkAgainstSchema, type SchemaIssue } from './schema-check.js';

/** Thrown for a capabilities object that fails its schema or its semantic checks. */
export class CapabilitiesValidationError extends Error {
  readonly issues: readonly SchemaIssue[];
  constructor(where: string, issues: readonly SchemaIssue[]) {
    const lines = issues.slice(0, 10).map((issue) => `  ${issue.path}: ${issue.message}`);
    if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
    super(`Invalid Bedrock model capabilities (${where}):\n${lines.join('\n')}`);
    this.name = 'CapabilitiesValidationError';
    this.issues = issues;
  }
}

/** Every problem with a would-be capabilities object: schema violations first, then semantic ones. Empty when valid. */
export function validateCapabilities(value: unknown): SchemaIssue[] {
  const issues = checkAgainstSchema(value, getCapabilitiesSchema());
  return issues.length > 0 ? issues : checkCapabilitySemantics(value as CapabilitiesData);
}

/** Throws a {@link CapabilitiesValidationError} naming `where` (a path, a setting) unless `value` is valid capabilities data. */
export function assertValidCapabilities(value: unknown, where: string): asserts value is CapabilitiesData {
  const issues = validateCapabilities(value);
  if (issues.length > 0) throw new CapabilitiesValidationError(where, issues);
}
