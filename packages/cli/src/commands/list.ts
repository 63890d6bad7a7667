import type { BedrockCatalog } from '@bedrock-models/catalog';
import { UsageError, type ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import { readRegionFlags } from '../load-catalog.js';
import type { Palette } from '../terminal/colour.js';
import { table } from '../terminal/table.js';
import { paintStage } from './lookup.js';

const STATUSES = ['active', 'legacy', 'past-end-of-life', 'retired'] as const;

/**
 * `bedrock-models list [--region r] [--provider p] [--status s] [--json]`: the catalog's models, one a row.
 * With a region, only the models offered there, with their inference types and lifecycle there.
 */
export function list(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette): number {
  const [region, ...more] = readRegionFlags(args.lists.get('region') ?? [], catalog);
  if (more.length > 0) throw new UsageError("'list' takes one '--region'");
  if (region !== undefined && !catalog.knowsRegion(region)) {
    throw new UsageError(`the catalog has no data for ${region}; it knows ${Object.keys(catalog.data.regions).sort().join(', ')}`);
  }
  const statusArg = args.values.get('status');
  let wanted: string | null = null;
  if (statusArg !== undefined) {
    const normal = statusArg.toLowerCase().replace(/_/g, '-');
    if (!(STATUSES as readonly string[]).includes(normal)) throw new UsageError(`option '--status' must be one of ${STATUSES.join(', ')}, not '${statusArg}'`);
    wanted = normal.toUpperCase().replace(/-/g, '_');
  }
  const provider = args.values.get('provider')?.toLowerCase();
  const rows: Array<{ id: string; provider: string; name: string; stage: string; where: string }> = [];
  const matchesProvider = (id: string, name: string | undefined): boolean =>
    provider === undefined || id.slice(0, id.indexOf('.')).toLowerCase() === provider || (name ?? '').toLowerCase().includes(provider);
  for (const id of Object.keys(catalog.data.models).sort()) {
    const model = catalog.data.models[id]!;
    if (!matchesProvider(id, model.provider)) continue;
    if (region !== undefined && !model.regions[region]) continue;
    const stage = catalog.lifecycle(id, region === undefined ? {} : { region })?.stage ?? 'ACTIVE';
    if (wanted !== null && stage !== wanted) continue;
    const where = region === undefined ? String(Object.keys(model.regions).length) : (model.regions[region]!.inferenceTypes ?? ['unknown']).join(', ');
    rows.push({ id, provider: model.provider, name: model.name, stage, where });
  }
  // Retired models only when asked for: they are history, not choices.
  if (region === undefined && wanted === 'RETIRED') {
    for (const id of Object.keys(catalog.data.retired).sort()) {
      const retired = catalog.data.retired[id]!;
      if (retired.kind !== 'model' || !matchesProvider(id, retired.provider)) continue;
      rows.push({ id, provider: retired.provider ?? '', name: retired.name, stage: 'RETIRED', where: '0' });
    }
  }
  if (args.flags.has('json')) {
    io.stdout.write(
      `${JSON.stringify(
        rows.map(({ where, ...row }) => ({ ...row, ...(region === undefined ? { regions: Number(where) } : { region, inferenceTypes: where.split(', ') }) })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const columns = [
    { heading: 'MODEL ID' },
    { heading: 'PROVIDER' },
    { heading: 'NAME' },
    { heading: region === undefined ? 'LIFECYCLE' : `LIFECYCLE IN ${region}`, paint: (text: string, padded: string) => paintStage(text, paint, padded) },
    { heading: region === undefined ? 'REGIONS' : 'INFERENCE TYPES' },
  ];
  const lines = table(
    columns,
    rows.map((row) => [row.id, row.provider, row.name, row.stage, row.where]),
    paint.bold,
  );
  io.stdout.write(`${lines.join('\n')}\n${paint.dim(`${rows.length} model${rows.length === 1 ? '' : 's'} in the catalog of ${catalog.date}`)}\n`);
  return 0;
}
