import { stageOn, type BedrockCatalog } from '@bedrock-models/catalog';
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import type { Palette } from '../terminal/colour.js';
import { table } from '../terminal/table.js';
import { oneReference, unknownAnswer } from './describe.js';
import { paintStage } from './lookup.js';

/**
 * `bedrock-models regions <id>`: for a model, every region that offers it or reaches it through a profile,
 * how (inference types), its lifecycle there and the profiles callable from there; for a profile, where it
 * may be called from and where it routes. Exit 1 for an unknown ID.
 */
export function regions(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette): number {
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
  const rows: string[][] = [];
  for (const region of Object.keys(catalog.data.regions).sort()) {
    const entry = model.regions[region];
    const profiles = catalog.profilesReaching(id, region);
    if (!entry && profiles.length === 0) continue;
    const types = entry ? (entry.inferenceTypes ? entry.inferenceTypes.join(', ') : 'unknown') : 'through a profile only';
    rows.push([region, types, entry?.lifecycle ? stageOn(entry.lifecycle, catalog.date) : '—', profiles.join(', ') || '—']);
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
        { heading: 'LIFECYCLE', paint: (text, padded) => paintStage(text, paint, padded) },
        { heading: 'PROFILES FROM HERE' },
      ],
      rows,
      paint.bold,
    ),
  );
  return 0;
}
