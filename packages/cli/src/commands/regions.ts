import { stageOn, type BedrockCatalog, type Check, type RegionCheckReport } from '@bedrock-models/catalog';
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import type { Palette } from '../terminal/colour.js';
import { table } from '../terminal/table.js';
import { day, oneReference, unknownAnswer } from './describe.js';
import { paintStage } from './lookup.js';

/** `2026-09-15 ok`, `2026-09-15 failed (last ok 2026-09-01)`, `not polled`. */
export function checkText(check: Pick<Check, 'checked' | 'outcome' | 'lastOk'> | RegionCheckReport | null): string {
  if (!check || check.outcome === 'not-polled' || !check.checked) return 'not polled';
  if (check.outcome === 'ok') return `${day(check.checked)} ok`;
  return `${day(check.checked)} failed${check.lastOk ? ` (last ok ${day(check.lastOk)})` : ''}`;
}

const paintCheck = (paint: Palette) => (text: string, padded: string) =>
  text.includes('failed') ? paint.red(padded) : text === 'not polled' ? paint.dim(padded) : padded;

/**
 * What the data is current to and why: the catalog's date, when the API's answers last changed, and the day
 * the sync's checks confirm every polled region to, when the catalog has a check record.
 */
export function currencyLine(catalog: BedrockCatalog): string {
  const changed = `API answers last changed ${day(catalog.data.generatedAt)}`;
  const checked = catalog.checkedTo;
  if (checked !== null) return `Data current to ${catalog.date}: ${changed}; the sync's checks confirm every region to ${checked}.`;
  return `Data current to ${catalog.date}: ${changed}; ${catalog.checks ? 'not every region checked since' : 'no check record'}.`;
}

/**
 * `bedrock-models regions`: every region the catalog holds, with its geography, when its answers last changed
 * and when the sync last checked it (and bedrock-mantle there), checked apart from changed.
 */
function everyRegion(io: Io, catalog: BedrockCatalog, paint: Palette): number {
  const names = Object.keys(catalog.data.regions).sort();
  const probed = names.some((region) => catalog.check(region).mantle !== null);
  const rows = names.map((region) => {
    const entry = catalog.data.regions[region]!;
    const check = catalog.check(region);
    return [
      region,
      entry.geo ?? '—',
      `${day(entry.lastSynced)}${entry.stale ? ' (stale)' : ''}`,
      checkText(check),
      ...(probed ? [check.mantle ? checkText(check.mantle) : 'not probed'] : []),
    ];
  });
  const columns = [
    { heading: 'REGION' },
    { heading: 'GEO' },
    { heading: 'CHANGED' },
    { heading: 'CHECKED', paint: paintCheck(paint) },
    ...(probed ? [{ heading: 'MANTLE CHECKED', paint: paintCheck(paint) }] : []),
  ];
  io.stdout.write(`${[...table(columns, rows, paint.bold), '', currencyLine(catalog)].join('\n')}\n`);
  return 0;
}

/**
 * `bedrock-models regions <id>`: for a model, every region that offers it or reaches it through a profile,
 * how (inference types), its lifecycle there, the profiles callable from there and, with a check record,
 * when the sync last checked the region; for a profile, where it may be called from and where it routes.
 * Without an ID, every region (see everyRegion). Exit 1 for an unknown ID.
 */
export function regions(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette): number {
  if (args.positionals.length === 0) return everyRegion(io, catalog, paint);
  const value = oneReference(args, 'regions');
  const resolution = catalog.resolve(value);
  const write = (lines: readonly string[]): void => void io.stdout.write(`${lines.join('\n')}\n`);
  if (!resolution || resolution.kind === 'unknown') {
    const answer = unknownAnswer(catalog, value, resolution);
    write([paint.red(answer.message), ...(answer.nearMatches.length > 0 ? ['', 'Closest IDs:', ...answer.nearMatches.map((id) => `  ${id}`)] : [])]);
    return 1;
  }
  if (resolution.kind === 'opaque') {
    write([`'${value}' is an account-owned ARN: it is usable in ${resolution.arn.region ?? 'its own region'} only.`]);
    return 0;
  }
  if (resolution.kind === 'retired') {
    write([paint.red(`'${resolution.id}' is retired: no region offers it.`)]);
    return 0;
  }
  if (resolution.kind === 'profile') {
    const { profile } = resolution;
    const rows = Object.keys(profile.sources)
      .sort()
      .map((source) => [source, profile.sources[source]!.includes('*') ? 'any commercial region' : profile.sources[source]!.join(', ')]);
    write(table([{ heading: 'CALLED FROM' }, { heading: 'ROUTES TO' }], rows, paint.bold));
    return 0;
  }
  const { id, model } = resolution;
  const checked = catalog.checks !== null;
  const rows: string[][] = [];
  for (const region of Object.keys(catalog.data.regions).sort()) {
    const entry = model.regions[region];
    const profiles = catalog.profilesReaching(id, region);
    if (!entry && profiles.length === 0) continue;
    const types = entry ? (entry.inferenceTypes ? entry.inferenceTypes.join(', ') : 'unknown') : 'through a profile only';
    const row = [region, types, entry?.lifecycle ? stageOn(entry.lifecycle, catalog.date) : '—'];
    rows.push(checked ? [...row, checkText(catalog.check(region)), profiles.join(', ') || '—'] : [...row, profiles.join(', ') || '—']);
  }
  if (rows.length === 0) {
    write([`The catalog has no per-region listing for '${id}'.`]);
    return 0;
  }
  write(
    table(
      [
        { heading: 'REGION' },
        { heading: 'INFERENCE TYPES' },
        { heading: 'LIFECYCLE', paint: (text: string, padded: string) => paintStage(text, paint, padded) },
        ...(checked ? [{ heading: 'CHECKED', paint: paintCheck(paint) }] : []),
        { heading: 'PROFILES FROM HERE' },
      ],
      rows,
      paint.bold,
    ),
  );
  return 0;
}
