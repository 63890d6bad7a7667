// The check record (data/checks.json) and how the typed API reads it: when each region was last checked, with
// what outcome, and what the data is current to once every region's newest good check confirms it.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, checkedTo, getBundledCatalogData, getBundledChecksData, validateChecks, type Catalog, type CatalogChecks } from '../src/index.ts';
import { dateOf } from '../src/lifecycle.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';

const schema = JSON.parse(readFileSync(new URL('../checks.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const shipped = JSON.parse(readFileSync(new URL('../data/checks.json', import.meta.url), 'utf8')) as CatalogChecks;
const ajv = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

/** A record confirming `catalog`, each region checked ok at the given moment. */
function record(catalog: Catalog, lastOk: Record<string, string | null>): CatalogChecks {
  const regions: CatalogChecks['regions'] = {};
  for (const [region, moment] of Object.entries(lastOk)) {
    regions[region] =
      moment === null ? { checked: '2026-05-01T00:00:00Z', outcome: 'failed', lastOk: null, error: 'x' } : { checked: moment, outcome: 'ok', lastOk: moment };
  }
  return {
    schemaVersion: 1,
    catalogGeneratedAt: catalog.generatedAt,
    lastRun: { at: '2026-05-01T00:00:00Z', polled: Object.keys(lastOk).sort(), changed: false },
    regions,
  };
}

describe('the shipped check record', () => {
  it('validates against checks.schema.json, with Ajv and with the package validator', () => {
    expect(ajv(shipped)).toBe(true);
    expect(validateChecks(shipped)).toEqual([]);
  });

  it('belongs to the shipped catalog and covers every region it polled', () => {
    const catalog = getBundledCatalogData();
    expect(shipped.catalogGeneratedAt).toBe(catalog.generatedAt);
    expect(Object.keys(catalog.regions).filter((region) => !shipped.regions[region])).toEqual([]);
    for (const check of Object.values(shipped.regions)) expect(check.checked >= catalog.generatedAt || check.outcome === 'failed').toBe(true);
  });

  it('is what the bundled view reads; any other catalog object gets none unless given one', () => {
    const bundled = BedrockCatalog.bundled();
    expect(bundled.checks).toEqual(getBundledChecksData());
    expect(bundled.checks).toEqual(shipped);
    expect(bundled.checkedAt('us-east-1')).toBe(shipped.regions['us-east-1']!.checked);
    expect(BedrockCatalog.of(structuredClone(getBundledCatalogData())).checks).toBeNull();
  });
});

describe('checkedTo and the date', () => {
  const catalog = miniCatalog() as Catalog;
  const regions = Object.keys(catalog.regions);

  it('is the oldest of every region’s newest good check, and moves the date past generatedAt', () => {
    const lastOk = Object.fromEntries(regions.map((region, index) => [region, `2026-06-0${index + 2}T05:00:00Z`]));
    const checks = record(catalog, lastOk);
    expect(checkedTo(catalog, checks)).toBe('2026-06-02');
    const view = BedrockCatalog.of(catalog, checks);
    expect(view.checkedTo).toBe('2026-06-02');
    expect(view.date).toBe(catalog.currentTo && catalog.currentTo > '2026-06-02' ? catalog.currentTo : '2026-06-02');
    expect(view.check(regions[0]!)).toMatchObject({ outcome: 'ok', lastOk: lastOk[regions[0]!], inLastRun: true });
  });

  it('is null while a region was never checked successfully, or the record is for another catalog', () => {
    const lastOk = Object.fromEntries(regions.map((region) => [region, '2026-06-02T00:00:00Z' as string | null]));
    lastOk[regions[0]!] = null;
    expect(checkedTo(catalog, record(catalog, lastOk))).toBeNull();
    const partial = record(catalog, { [regions[0]!]: '2026-06-02T00:00:00Z' });
    expect(regions.length).toBeGreaterThan(1);
    expect(checkedTo(catalog, partial)).toBeNull();
    const all = record(catalog, Object.fromEntries(regions.map((region) => [region, '2026-06-02T00:00:00Z'])));
    expect(checkedTo(catalog, { ...all, catalogGeneratedAt: '2020-01-01T00:00:00Z' })).toBeNull();
    expect(BedrockCatalog.of(catalog, { ...all, catalogGeneratedAt: '2020-01-01T00:00:00Z' }).date).toBe(catalog.currentTo ?? dateOf(catalog.generatedAt));
  });

  it('never moves the date back: a check older than the catalog’s currentTo leaves it', () => {
    const view = BedrockCatalog.of(catalog, record(catalog, Object.fromEntries(regions.map((region) => [region, '2000-01-01T00:00:00Z']))));
    expect(view.date).toBe(catalog.currentTo ?? dateOf(catalog.generatedAt));
  });

  it('reports a region no check names as not polled', () => {
    expect(BedrockCatalog.of(catalog, record(catalog, {})).check('xx-nowhere-1')).toEqual({
      region: 'xx-nowhere-1',
      outcome: 'not-polled',
      checked: null,
      lastOk: null,
      error: null,
      inLastRun: false,
      mantle: null,
    });
  });
});

describe('validateChecks', () => {
  it.each<[string, (value: Record<string, unknown>) => void]>([
    ['an unknown outcome', (value) => ((value.regions as Record<string, Record<string, unknown>>)['us-east-1']!.outcome = 'maybe')],
    ['a missing lastOk', (value) => delete (value.regions as Record<string, Record<string, unknown>>)['us-east-1']!.lastOk],
    ['a timestamp with an offset', (value) => ((value.lastRun as Record<string, unknown>).at = '2026-05-01T00:00:00+02:00')],
    ['an unknown field', (value) => (value.extra = 1)],
  ])('refuses %s, as Ajv does', (_name, mutate) => {
    const value = structuredClone(shipped) as unknown as Record<string, unknown>;
    mutate(value);
    expect(ajv(value)).toBe(false);
    expect(validateChecks(value).length).toBeGreaterThan(0);
  });
});
