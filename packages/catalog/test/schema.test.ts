// The bundled catalog against its JSON Schema, checked by Ajv (the reference implementation of draft 2020-12)
// and by the package's own dependency-free validator, which must agree with Ajv on valid and broken catalogs.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { assertValidCatalog, CatalogValidationError, validateCatalog } from '../src/index.ts';
import { checkAgainstSchema } from '../src/schema-check.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';

const schema = JSON.parse(readFileSync(new URL('../catalog.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const bundled = JSON.parse(readFileSync(new URL('../data/catalog.json', import.meta.url), 'utf8')) as Record<string, unknown>;

// Strict mode rejects unknown keywords and unknown formats, so a schema that starts using `format` fails here
// until the format is written by hand below (the catalog keeps no ajv-formats dependency). Today it needs none.
const ajv = new Ajv2020({ strict: true, allErrors: true });
const ajvValidate = ajv.compile(schema);
// First error only: the fast form, for the thousands of verdicts of the agreement test.
const ajvVerdict = new Ajv2020({ strict: true }).compile(schema);

function ajvErrors(value: unknown): ErrorObject[] {
  return ajvValidate(value) ? [] : [...(ajvValidate.errors ?? [])];
}

// The mutations below write wrong types on purpose, so they see the catalog as loosely typed JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Mutation = (catalog: Json) => void;

/** A deep copy of the mini catalog, changed by `mutate`. */
function broken(mutate: Mutation): Record<string, unknown> {
  const catalog: Json = structuredClone(miniCatalog());
  mutate(catalog);
  return catalog as Record<string, unknown>;
}

describe('the bundled catalog', () => {
  it('validates against catalog.schema.json with Ajv (draft 2020-12, strict mode)', () => {
    expect(ajvErrors(bundled)).toEqual([]);
  });

  it('passes the in-house schema and semantic checks', () => {
    expect(validateCatalog(bundled)).toEqual([]);
    expect(() => assertValidCatalog(bundled, 'data/catalog.json')).not.toThrow();
  });

  it('has timestamps and dates that are real calendar instants, not only pattern matches', () => {
    const bad: string[] = [];
    JSON.stringify(bundled, (key, value: unknown) => {
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$/.test(value)) {
        const iso = value.length === 10 ? `${value}T00:00:00Z` : value;
        const parsed = new Date(iso);
        if (Number.isNaN(parsed.getTime()) || parsed.toISOString().replace('.000', '') !== iso) bad.push(`${key}: ${value}`);
      }
      return value;
    });
    expect(bad).toEqual([]);
  });
});

describe('the schema itself', () => {
  it('rejects {} (Ajv and in-house)', () => {
    expect(ajvErrors({}).map((error) => error.params)).toContainEqual({ missingProperty: 'models' });
    expect(checkAgainstSchema({}, schema)).toContainEqual({ path: '/', message: 'must have the field "models"' });
  });

  it('accepts the hand-written test catalog, which the in-house semantic checks also accept', () => {
    expect(ajvErrors(miniCatalog())).toEqual([]);
    expect(validateCatalog(miniCatalog())).toEqual([]);
  });
});

// Each row: a broken catalog, the JSON Pointer the in-house validator must name, and a word of its message
// (the field, the offending value or what is wrong with it).
const schemaViolations: Array<{ name: string; mutate: Mutation; path: string; says: string }> = [
  {
    name: 'wrong type: streaming is a string',
    mutate: (c) => {
      c.models['amazon.new-v2:0'].streaming = 'yes';
    },
    path: '/models/amazon.new-v2:0/streaming',
    says: 'must be a boolean, not string',
  },
  {
    name: 'wrong type: inferenceTypes is a string',
    mutate: (c) => {
      c.models['amazon.old-v1:0'].regions['us-east-1'].inferenceTypes = 'ON_DEMAND';
    },
    path: '/models/amazon.old-v1:0/regions/us-east-1/inferenceTypes',
    says: 'must be an array, not string',
  },
  {
    name: 'wrong type: schemaVersion 2',
    mutate: (c) => {
      c.schemaVersion = 2;
    },
    path: '/schemaVersion',
    says: 'must be 1',
  },
  {
    name: 'missing required field: a profile without a name',
    mutate: (c) => {
      delete c.profiles['us.amazon.old-v1:0'].name;
    },
    path: '/profiles/us.amazon.old-v1:0',
    says: 'must have the field "name"',
  },
  {
    name: 'missing required field: a region entry without lastSynced',
    mutate: (c) => {
      delete c.regions['sa-east-1'].lastSynced;
    },
    path: '/regions/sa-east-1',
    says: '"lastSynced"',
  },
  {
    name: 'missing required field: a model region without lifecycle',
    mutate: (c) => {
      delete c.models['amazon.new-v2:0'].regions['us-west-2'].lifecycle;
    },
    path: '/models/amazon.new-v2:0/regions/us-west-2',
    says: '"lifecycle"',
  },
  {
    name: 'bad region key under /regions',
    mutate: (c) => {
      c.regions['US-EAST-1'] = c.regions['us-east-1'];
    },
    path: '/regions/US-EAST-1',
    says: 'is not a valid key',
  },
  {
    name: 'bad region key under a model',
    mutate: (c) => {
      c.models['amazon.new-v2:0'].regions.useast1 = { inferenceTypes: null, lifecycle: null };
    },
    path: '/models/amazon.new-v2:0/regions/useast1',
    says: 'is not a valid key',
  },
  {
    name: 'bad destination region of a profile',
    mutate: (c) => {
      c.profiles['eu.anthropic.claude-x-20250101-v1:0'].sources['eu-west-1'].push('europe');
    },
    path: '/profiles/eu.anthropic.claude-x-20250101-v1:0/sources/eu-west-1/2',
    says: 'does not match any allowed form',
  },
  {
    name: 'profile routing to a malformed model ID',
    mutate: (c) => {
      c.profiles['us.amazon.old-v1:0'].models = ['Amazon Old v1'];
    },
    path: '/profiles/us.amazon.old-v1:0/models/0',
    says: '"Amazon Old v1" does not match',
  },
  {
    name: 'profile routing to no model at all',
    mutate: (c) => {
      c.profiles['us.amazon.old-v1:0'].models = [];
    },
    path: '/profiles/us.amazon.old-v1:0/models',
    says: 'must have at least 1 item',
  },
  {
    name: 'profile ID without a geo prefix',
    mutate: (c) => {
      c.profiles['xx.amazon.old-v1:0'] = c.profiles['us.amazon.old-v1:0'];
    },
    path: '/profiles/xx.amazon.old-v1:0',
    says: 'is not a valid key',
  },
  {
    name: 'unknown geo',
    mutate: (c) => {
      c.profiles['us.amazon.old-v1:0'].geo = 'mars';
    },
    path: '/profiles/us.amazon.old-v1:0/geo',
    says: 'must be one of',
  },
  {
    name: 'lifecycle status outside the enum',
    mutate: (c) => {
      c.models['amazon.old-v1:0'].regions['us-east-1'].lifecycle.status = 'EOL';
    },
    path: '/models/amazon.old-v1:0/regions/us-east-1/lifecycle/status',
    says: 'not "EOL"',
  },
  {
    name: 'a timestamp without its time',
    mutate: (c) => {
      c.models['amazon.old-v1:0'].regions['us-east-1'].lifecycle.endOfLife = '2026-07-15';
    },
    path: '/models/amazon.old-v1:0/regions/us-east-1/lifecycle/endOfLife',
    says: '"2026-07-15" does not match',
  },
  {
    name: 'a field the schema does not know',
    mutate: (c) => {
      c.models['amazon.new-v2:0'].deprecated = true;
    },
    path: '/models/amazon.new-v2:0/deprecated',
    says: 'is not an allowed field',
  },
  {
    name: 'a repeated ID in a region list',
    mutate: (c) => {
      c.regions['us-west-2'].models.push('amazon.new-v2:0');
    },
    path: '/regions/us-west-2/models',
    says: 'must not repeat an item',
  },
  {
    name: 'a replacement that is not an ID',
    mutate: (c) => {
      c.retired['amazon.gone-v1:0'].replacement = 'see the docs';
    },
    path: '/retired/amazon.gone-v1:0/replacement',
    says: 'does not match any allowed form',
  },
  {
    name: 'a retired entry of an unknown kind',
    mutate: (c) => {
      c.retired['amazon.gone-v1:0'].kind = 'region';
    },
    path: '/retired/amazon.gone-v1:0/kind',
    says: 'must be one of',
  },
  {
    name: 'stale: false (only true is meaningful)',
    mutate: (c) => {
      c.regions['us-east-1'].stale = false;
    },
    path: '/regions/us-east-1/stale',
    says: 'must be true',
  },
];

describe.each(schemaViolations)('a catalog with $name', ({ mutate, path, says }) => {
  const catalog = broken(mutate);

  it('is rejected by Ajv', () => {
    expect(ajvErrors(catalog).length).toBeGreaterThan(0);
  });

  it('is rejected by validateCatalog, which names the JSON path and the field', () => {
    const issues = validateCatalog(catalog);
    expect(issues.map((issue) => issue.path)).toContain(path);
    const error = captureError(() => assertValidCatalog(catalog, 'catalog under test'));
    expect(error).toBeInstanceOf(CatalogValidationError);
    expect(error.message).toContain('Invalid Bedrock model catalog (catalog under test)');
    expect(error.message).toContain(`  ${path}: `);
    expect(error.message).toContain(says);
  });
});

// What JSON Schema cannot say (cross-references, sorting, geo prefixes) only the semantic checks catch;
// Ajv accepts these catalogs, which is why validateCatalog runs both.
const semanticViolations: Array<{ name: string; mutate: Mutation; path: string; says: string }> = [
  {
    name: 'a dangling replacement of a live model',
    mutate: (c) => {
      c.models['amazon.old-v1:0'].replacement = 'amazon.never-v9:0';
    },
    path: '/models/amazon.old-v1:0/replacement',
    says: '"amazon.never-v9:0" is not a live model or profile',
  },
  {
    name: 'a dangling replacement of a retired model',
    mutate: (c) => {
      c.retired['amazon.gone-v1:0'].replacement = 'amazon.gone-v1:0';
    },
    path: '/retired/amazon.gone-v1:0/replacement',
    says: 'is not a live model or profile',
  },
  {
    name: 'a region listing a model that is not in /models',
    mutate: (c) => {
      c.regions['us-west-2'].models.push('zeta.unknown-v1:0');
    },
    path: '/regions/us-west-2/models',
    says: '"zeta.unknown-v1:0", which is not in /models',
  },
  {
    name: 'a region listing a profile that is not in /profiles',
    mutate: (c) => {
      c.regions['us-west-2'].profiles.push('us.zeta.unknown-v1:0');
    },
    path: '/regions/us-west-2/profiles',
    says: 'which is not in /profiles',
  },
  {
    name: 'a model offered in a region whose list omits it',
    mutate: (c) => {
      c.regions['sa-east-1'].models = [];
    },
    path: '/models/amazon.new-v2:0/regions/sa-east-1',
    says: 'is not listed in /regions/sa-east-1/models',
  },
  {
    name: 'a profile source the region does not list',
    mutate: (c) => {
      c.regions['sa-east-1'].profiles = [];
    },
    path: '/profiles/global.anthropic.claude-x-20250101-v1:0/sources/sa-east-1',
    says: 'is not listed in /regions/sa-east-1/profiles',
  },
  {
    name: 'a profile whose geo contradicts its prefix',
    mutate: (c) => {
      c.profiles['us.amazon.old-v1:0'].geo = 'eu';
    },
    path: '/profiles/us.amazon.old-v1:0/geo',
    says: '"eu" does not match the ID\'s prefix',
  },
  {
    name: 'an unsorted region list',
    mutate: (c) => {
      c.regions['us-east-1'].models.reverse();
    },
    path: '/regions/us-east-1/models',
    says: 'must be sorted',
  },
  {
    name: 'a model both live and retired',
    mutate: (c) => {
      c.retired['amazon.new-v2:0'] = { kind: 'model', name: 'New', lastSeen: null, regions: [] };
    },
    path: '/models/amazon.new-v2:0',
    says: 'is also in /retired',
  },
];

describe.each(semanticViolations)('a catalog with $name', ({ mutate, path, says }) => {
  const catalog = broken(mutate);

  it('is valid JSON Schema-wise (Ajv accepts it)', () => {
    expect(ajvErrors(catalog)).toEqual([]);
  });

  it('is rejected by validateCatalog, which names the JSON path and the problem', () => {
    const error = captureError(() => assertValidCatalog(catalog, 'semantic test'));
    expect(error).toBeInstanceOf(CatalogValidationError);
    expect(error.message).toContain(`  ${path}: `);
    expect(error.message).toContain(says);
  });
});

describe('the in-house schema check', () => {
  // Every value of the test catalog replaced by values of every JSON type, every object key removed, every
  // object given an unknown field, every map key replaced by a malformed one: the verdicts must be Ajv's.
  it('agrees with Ajv on every single-point mutation of the test catalog', () => {
    const base = miniCatalog() as unknown as Record<string, unknown>;
    // One value of each JSON type, plus a string that is a valid region code and so passes the region pattern.
    const probes: unknown[] = [null, 1.5, true, 'x', 'us-east-1', [], {}];
    const disagreements: string[] = [];
    let compared = 0;
    const compare = (label: string, candidate: unknown) => {
      compared++;
      const byAjv = ajvVerdict(candidate);
      const inHouse = checkAgainstSchema(candidate, schema).length === 0;
      if (byAjv !== inHouse) disagreements.push(`${label}: Ajv ${byAjv ? 'accepts' : 'rejects'}, in-house ${inHouse ? 'accepts' : 'rejects'}`);
    };
    for (const path of pathsOf(base)) {
      for (const probe of probes)
        compare(
          `${path.join('/')} = ${JSON.stringify(probe)}`,
          replaced(base, path, () => probe),
        );
      const value = at(base, path);
      if (isPlainObject(value)) {
        compare(
          `${path.join('/')} + unknown field`,
          replaced(base, path, (old) => ({ ...(old as object), zzUnknown: 1 })),
        );
        for (const key of Object.keys(value)) {
          compare(
            `${path.join('/')} - ${key}`,
            replaced(base, path, (old) => withoutKey(old as Record<string, unknown>, key)),
          );
          compare(
            `${path.join('/')} key ${key} → Bad Key`,
            replaced(base, path, (old) => renamedKey(old as Record<string, unknown>, key, 'Bad Key')),
          );
        }
      }
      if (Array.isArray(value) && value.length > 0)
        compare(
          `${path.join('/')} + duplicate`,
          replaced(base, path, (old) => [...(old as unknown[]), (old as unknown[])[0]]),
        );
    }
    expect(compared).toBeGreaterThan(1000);
    expect(disagreements).toEqual([]);
  });
});

function captureError(action: () => void): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function* pathsOf(value: unknown, path: Array<string | number> = []): Generator<Array<string | number>> {
  if (path.length > 0) yield path;
  // The items of an array share one schema: the first stands for all of them (keeps the test fast).
  if (Array.isArray(value)) {
    if (value.length > 0) yield* pathsOf(value[0], [...path, 0]);
  } else if (isPlainObject(value)) for (const [key, item] of Object.entries(value)) yield* pathsOf(item, [...path, key]);
}

function at(value: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

function replaced(root: unknown, path: ReadonlyArray<string | number>, change: (old: unknown) => unknown): unknown {
  const copy = structuredClone(root);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  parent[key] = change(parent[key]);
  return copy;
}

function withoutKey(object: Record<string, unknown>, key: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}

function renamedKey(object: Record<string, unknown>, key: string, to: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([name, value]) => [name === key ? to : name, value]));
}
