import type { Catalog } from './generated/catalog-types.js';
import { getCatalogSchema } from './load.js';
import { checkAgainstSchema, type SchemaIssue } from './schema-check.js';
import { checkSemantics } from './semantics.js';

export type { SchemaIssue as CatalogIssue } from './schema-check.js';

/** Thrown for a catalog that fails its schema or its semantic checks. */
export class CatalogValidationError extends Error {
  readonly issues: readonly SchemaIssue[];
  constructor(where: string, issues: readonly SchemaIssue[]) {
    const lines = issues.slice(0, 10).map((issue) => `  ${issue.path}: ${issue.message}`);
    if (issues.length > 10) lines.push(`  … and ${issues.length - 10} more`);
    super(`Invalid Bedrock model catalog (${where}):\n${lines.join('\n')}`);
    this.name = 'CatalogValidationError';
    this.issues = issues;
  }
}

/** Every problem with a would-be catalog: schema violations first, then semantic ones. Empty when valid. */
export function validateCatalog(value: unknown): SchemaIssue[] {
  const issues = checkAgainstSchema(value, getCatalogSchema());
  return issues.length > 0 ? issues : checkSemantics(value as Catalog);
}

/** Throws a {@link CatalogValidationError} naming `where` (a path, a setting) unless `value` is a valid catalog. */
export function assertValidCatalog(value: unknown, where: string): asserts value is Catalog {
  const issues = validateCatalog(value);
  if (issues.length > 0) throw new CatalogValidationError(where, issues);
}
