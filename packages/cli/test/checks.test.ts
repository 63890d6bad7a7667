// `regions` and `lookup` say when the sync last checked each region, apart from when its answers changed: the
// bundled check record through the built binary, and a record with a failed and an unpolled region in process.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type Catalog, type CatalogChecks } from '@bedrock-models/catalog';
import { parseArgs } from '../src/args.ts';
import { lookup } from '../src/commands/lookup.ts';
import { regions } from '../src/commands/regions.ts';
import type { Io } from '../src/io.ts';
import { palette } from '../src/terminal/colour.ts';
import { run, TEST_CATALOG } from './helpers.js';

const cwd = mkdtempSync(join(tmpdir(), 'bedrock-models-checks-'));
const require = createRequire(import.meta.url);
const bundledCatalog = require('@bedrock-models/catalog/catalog.json') as Catalog;
const bundledChecks = require('@bedrock-models/catalog/checks.json') as CatalogChecks;

function runHere(command: typeof regions, argv: string[], catalog: BedrockCatalog): { code: number; stdout: string } {
  let stdout = '';
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, env: {}, cwd };
  const code = command(parseArgs(argv, { json: 'flag' }), io, catalog, palette(false));
  return { code, stdout };
}

describe('regions, with no ID, from the bundled catalog', () => {
  it('lists every region with when its answers changed and when the sync last checked it', () => {
    const result = run(['regions'], cwd);
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^REGION +GEO +CHANGED +CHECKED/);
    const names = Object.keys(bundledCatalog.regions).sort();
    expect(lines.slice(1, names.length + 1).map((line) => line.split(/ {2,}/))).toEqual(
      names.map((region) => {
        const check = bundledChecks.regions[region];
        const checked = !check ? 'not polled' : check.outcome === 'ok' ? `${check.checked.slice(0, 10)} ok` : `${check.checked.slice(0, 10)} failed`;
        const row = [region, bundledCatalog.regions[region]!.geo ?? '—', bundledCatalog.regions[region]!.lastSynced.slice(0, 10), checked];
        return check?.mantle ? [...row, `${check.mantle.checked.slice(0, 10)} ${check.mantle.outcome}`] : row;
      }),
    );
    expect(lines.at(-1)).toMatch(
      new RegExp(`^Data current to ${BedrockCatalog.bundled().date}: API answers last changed ${bundledCatalog.generatedAt.slice(0, 10)}`),
    );
  });

  it('says a catalog given with --catalog has no check record', () => {
    const result = run(['regions', '--catalog', TEST_CATALOG], cwd);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('Data current to 2026-03-04: API answers last changed 2026-03-04; no check record.');
    expect(result.stdout).toMatch(/^us-east-1 +us +2026-03-04 +not polled$/m);
  });
});

describe('a check record with a failed and an unpolled region', () => {
  const data = JSON.parse(readFileSync(TEST_CATALOG, 'utf8')) as Catalog;
  const checks: CatalogChecks = {
    schemaVersion: 1,
    catalogGeneratedAt: data.generatedAt,
    lastRun: { at: '2026-04-10T03:00:00Z', polled: ['eu-west-1', 'us-east-1'], changed: false, mantleProbe: true },
    regions: {
      'eu-west-1': {
        checked: '2026-04-10T03:00:00Z',
        outcome: 'ok',
        lastOk: '2026-04-10T03:00:00Z',
        mantle: { checked: '2026-04-10T03:00:00Z', outcome: 'ok', lastOk: '2026-04-10T03:00:00Z' },
      },
      'us-east-1': {
        checked: '2026-04-10T03:00:00Z',
        outcome: 'failed',
        lastOk: '2026-04-02T03:00:00Z',
        error: 'ThrottlingException (HTTP 429): Too many requests',
      },
    },
  };
  const catalog = BedrockCatalog.of(data, checks);

  it('tables each region’s check, failures with their last good day', () => {
    const { code, stdout } = runHere(regions, [], catalog);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'REGION          GEO   CHANGED     CHECKED                                 MANTLE CHECKED',
        'ap-northeast-1  apac  2026-03-04  not polled                              not probed',
        'ap-southeast-2  apac  2026-03-04  not polled                              not probed',
        'eu-central-1    eu    2026-03-04  not polled                              not probed',
        'eu-west-1       eu    2026-03-04  2026-04-10 ok                           2026-04-10 ok',
        'us-east-1       us    2026-03-04  2026-04-10 failed (last ok 2026-04-02)  not probed',
        'us-west-2       us    2026-03-04  not polled                              not probed',
        '',
        'Data current to 2026-03-04: API answers last changed 2026-03-04; not every region checked since.',
        '',
      ].join('\n'),
    );
  });

  it('adds a CHECKED column to a model’s regions, and lookup names what the data is current to', () => {
    const table = runHere(regions, ['amazon.nova-lite-v1:0'], catalog).stdout.split('\n');
    expect(table[0]).toBe('REGION          INFERENCE TYPES    LIFECYCLE  CHECKED                                 PROFILES FROM HERE');
    expect(table).toContain('us-east-1       ON_DEMAND          ACTIVE     2026-04-10 failed (last ok 2026-04-02)  us.amazon.nova-lite-v1:0');
    const json = JSON.parse(runHere(lookup, ['amazon.nova-lite-v1:0', '--json'], catalog).stdout) as { date: string; checkedTo: string | null };
    expect(json).toMatchObject({ date: '2026-03-04', checkedTo: null });
    expect(runHere(lookup, ['amazon.nova-lite-v1:0'], catalog).stdout.trimEnd().split('\n').at(-1)).toBe(
      'Data current to 2026-03-04: API answers last changed 2026-03-04; not every region checked since.',
    );
  });

  it('moves the date to the oldest region’s newest good check once every region is checked', () => {
    const all: CatalogChecks = structuredClone(checks);
    for (const region of Object.keys(data.regions)) all.regions[region] = { checked: '2026-04-12T00:00:00Z', outcome: 'ok', lastOk: '2026-04-12T00:00:00Z' };
    all.regions['eu-west-1']!.lastOk = '2026-04-10T03:00:00Z';
    const view = BedrockCatalog.of(data, all);
    expect(view.checkedTo).toBe('2026-04-10');
    expect(view.date).toBe('2026-04-10');
    expect(JSON.parse(runHere(lookup, ['amazon.nova-lite-v1:0', '--json'], view).stdout)).toMatchObject({ date: '2026-04-10', checkedTo: '2026-04-10' });
    // A record written for another catalog says nothing about this one.
    expect(BedrockCatalog.of(data, { ...all, catalogGeneratedAt: '2026-02-08T00:00:00Z' }).date).toBe('2026-03-04');
  });
});
