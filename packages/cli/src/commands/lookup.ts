import {
  parseBedrockArn,
  stageOn,
  type BedrockCatalog,
  type HistoryEvent,
  type Model,
  type Profile,
  type RetiredEntry,
  type Withdrawal,
} from '@bedrock-models/catalog';
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import type { Palette } from '../terminal/colour.js';
import { table } from '../terminal/table.js';
import { throughApplicationProfile } from '@bedrock-models/judge';
import { readApplicationProfileFlags } from './application-profiles.js';
import { day, oneReference, unknownAnswer } from './describe.js';
import { currencyLine } from './regions.js';

/**
 * `bedrock-models lookup <id|arn> [--json] [--application-profile ARN=MODEL …]`: everything the catalog knows; exit 1
 * for an unknown ID. A mapped application inference profile is looked up as what it copies from, as `check` judges it.
 */
export function lookup(args: ParsedArgs, io: Io, catalog: BedrockCatalog, paint: Palette): number {
  const value = oneReference(args, 'lookup');
  const applicationProfiles = readApplicationProfileFlags(args.lists.get('application-profile') ?? [], catalog);
  const through = throughApplicationProfile(catalog, applicationProfiles, value);
  const resolution = catalog.resolve(through ?? value);
  const json = args.flags.has('json');
  const mapped = through !== null && resolution && resolution.kind !== 'unknown' && resolution.kind !== 'opaque' ? resolution.id : null;
  const write = (lines: readonly string[]): void => void io.stdout.write(`${lines.join('\n')}\n`);
  if (!resolution || resolution.kind === 'unknown') {
    const answer = unknownAnswer(catalog, value, resolution);
    if (json) write([JSON.stringify({ input: value, kind: 'unknown', message: answer.message, nearMatches: answer.nearMatches }, null, 2)]);
    else write([paint.red(answer.message), ...(answer.nearMatches.length > 0 ? ['', 'Closest IDs:', ...answer.nearMatches.map((id) => `  ${id}`)] : [])]);
    return 1;
  }
  // A mapped application profile's own ARN, not the model ARN it was judged through.
  const written = through !== null ? parseBedrockArn(value) : resolution.arn;
  const arn = written ? { partition: written.partition, region: written.region, account: written.account, resourceType: written.resourceType } : null;
  if (resolution.kind === 'opaque') {
    const text = `'${value}' is an account-owned ${resolution.arn.resourceType} ARN: its ID is opaque, and the catalog lists only AWS's own models and profiles.`;
    write(json ? [JSON.stringify({ input: value, kind: 'opaque', arn }, null, 2)] : [text]);
    return 0;
  }
  const { id } = resolution;
  const lifecycle = catalog.lifecycle(id);
  const replacement = catalog.replacementFor(id);
  if (json) {
    const record = resolution.kind === 'model' ? resolution.model : resolution.kind === 'profile' ? resolution.profile : resolution.retired;
    write([
      JSON.stringify(
        {
          input: value,
          ...(mapped ? { applicationProfile: { copiesFrom: mapped, source: '--application-profile' } } : {}),
          kind: resolution.kind,
          id,
          arn,
          ...(resolution.kind !== 'profile' ? { contextVariant: resolution.contextVariant } : {}),
          date: catalog.date,
          checkedTo: catalog.checkedTo,
          stage: lifecycle?.stage ?? null,
          replacement,
          profiles: resolution.kind === 'model' ? [...catalog.profilesFor(id)].sort() : [],
          history: catalog.history(id),
          withdrawn: withdrawals(catalog, id),
          record,
        },
        null,
        2,
      ),
    ]);
    return 0;
  }
  const lines = mapped
    ? [paint.dim(`'${value}' is an application inference profile that copies from ${mapped} (--application-profile): what follows is about ${mapped}.`)]
    : arn
      ? [paint.dim(`${arn.resourceType} ARN${arn.region ? ` in ${arn.region}` : ''}${arn.account ? `, account ${arn.account}` : ''}`)]
      : [];
  if (resolution.kind === 'model') lines.push(...modelLines(catalog, id, resolution.model, paint));
  else if (resolution.kind === 'profile') lines.push(...profileLines(catalog, id, resolution.profile, paint));
  else lines.push(...retiredLines(id, resolution.retired, lifecycle?.stage === 'PAST_END_OF_LIFE', paint));
  if (resolution.kind !== 'profile' && resolution.contextVariant) {
    lines.push(
      '',
      paint.yellow(`'${value}' is the Provisioned Throughput context variant ${resolution.contextVariant} of this model: on-demand calls reject it.`),
    );
  }
  lines.push(...withdrawalLines(withdrawals(catalog, id)), ...historyLines(catalog.history(id)));
  if (replacement) lines.push('', `Replacement: ${replacement}`);
  if (catalog.checks) lines.push('', paint.dim(currencyLine(catalog)));
  write(lines);
  return 0;
}

/** The polled regions the catalog's history says stopped listing `id` while it is offered elsewhere. */
function withdrawals(catalog: BedrockCatalog, id: string): Withdrawal[] {
  return Object.keys(catalog.data.regions)
    .sort()
    .map((region) => catalog.withdrawal(id, region))
    .filter((found): found is Withdrawal => found !== null);
}

function withdrawalLines(found: readonly Withdrawal[]): string[] {
  const byDate = new Map<string, Withdrawal[]>();
  for (const withdrawal of found) byDate.set(withdrawal.withdrawn, [...(byDate.get(withdrawal.withdrawn) ?? []), withdrawal]);
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, group]) => {
      const lastListed = group[0]!.lastListed ? ` (last listed ${group[0]!.lastListed})` : '';
      return `Withdrawn from ${group.map((withdrawal) => withdrawal.region).join(', ')} on ${date}${lastListed}; still offered in ${group[0]!.offeredIn.join(', ')}.`;
    });
}

/** The recorded changes, oldest first; nothing when the only event is the entry being added. */
function historyLines(history: readonly HistoryEvent[]): string[] {
  if (history.length === 0 || history.every((event) => event.change === 'added')) return [];
  const describe = (event: HistoryEvent): string => {
    const where = event.regions && event.regions.length > 0 ? ` ${event.regions.join(', ')}` : '';
    if (event.change === 'lifecycle') return `${event.status ?? 'lifecycle'} in${where}`;
    if (event.change === 'inference-types') return `inference types ${(event.inferenceTypes ?? []).join(', ') || 'none'} in${where}`;
    return `${event.change}${where}`;
  };
  return ['', 'History:', ...history.map((event) => `  ${event.date}  ${describe(event)}`)];
}

function modelLines(catalog: BedrockCatalog, id: string, model: Model, paint: Palette): string[] {
  const date = catalog.date;
  const stage = catalog.lifecycle(id)?.stage ?? 'unknown';
  const rows = Object.keys(model.regions)
    .sort()
    .map((region) => {
      const entry = model.regions[region]!;
      const lifecycle = entry.lifecycle;
      return [
        region,
        entry.inferenceTypes ? entry.inferenceTypes.join(', ') : 'unknown',
        lifecycle ? stageOn(lifecycle, date) : '—',
        day(lifecycle?.legacy),
        day(lifecycle?.endOfLife),
        catalog.profilesReaching(id, region).join(', ') || '—',
      ];
    });
  const lines = [
    paint.bold(id),
    `${model.name} by ${model.provider}: ${model.inputModalities.join(', ')} in, ${model.outputModalities.join(', ')} out${model.streaming ? ', streaming' : ''}`,
    `Lifecycle on ${date}: ${paintStage(stage, paint)}`,
  ];
  if (model.endpoints) lines.push(`Endpoints: ${model.endpoints.join(', ')}`);
  if (model.runtimeModel) lines.push(`The bedrock-mantle name of ${model.runtimeModel}.`);
  if (model.mantle) lines.push(`bedrock-mantle serves it in ${model.mantle.regions.join(', ') || 'no region'}.`);
  if (model.documented) {
    lines.push(`Source (${model.documented.date}): ${model.documented.source}.`);
    if (!model.mantle) lines.push('Not yet listed by the API: its regions are unknown.');
  }
  if (model.notes) lines.push(`Note: ${model.notes}`);
  if (rows.length === 0) return [...lines, '', 'The catalog has no per-region listing for this model.'];
  return [
    ...lines,
    '',
    ...table(
      [
        { heading: 'REGION' },
        { heading: 'INFERENCE TYPES' },
        { heading: 'LIFECYCLE', paint: (text, padded) => paintStage(text, paint, padded) },
        { heading: 'LEGACY' },
        { heading: 'END OF LIFE' },
        { heading: 'PROFILES FROM HERE' },
      ],
      rows,
      paint.bold,
    ),
  ];
}

function profileLines(catalog: BedrockCatalog, id: string, profile: Profile, paint: Palette): string[] {
  const stage = catalog.lifecycle(id)?.stage ?? 'unknown';
  const rows = Object.keys(profile.sources)
    .sort()
    .map((source) => [source, profile.sources[source]!.includes('*') ? 'any commercial region' : profile.sources[source]!.join(', ')]);
  return [
    paint.bold(id),
    `${profile.name}: a system-defined inference profile of the ${profile.geo} geography, routing to ${profile.models.join(', ')}`,
    `Lifecycle on ${catalog.date}: ${paintStage(stage, paint)}`,
    ...(profile.documented
      ? [`Source (${profile.documented.date}): ${profile.documented.source}.`, 'Not yet listed by the API: where it may be called from is unknown.']
      : []),
    ...(profile.notes ? [`Note: ${profile.notes}`] : []),
    '',
    ...table([{ heading: 'CALLED FROM' }, { heading: 'ROUTES TO' }], rows, paint.bold),
  ];
}

function retiredLines(id: string, retired: RetiredEntry, pastEndOfLife: boolean, paint: Palette): string[] {
  const head = [paint.bold(id), `${retired.name}${retired.provider ? ` by ${retired.provider}` : ''}`];
  if (pastEndOfLife && retired.documented) {
    const listed = retired.lastSeen
      ? ` The API last listed it on ${retired.lastSeen}${retired.regions.length > 0 ? ` in ${retired.regions.join(', ')}` : ''}.`
      : '';
    return [
      ...head,
      paint.red(`PAST END OF LIFE since ${day(retired.lifecycle?.endOfLife)}: requests fail.${listed}`),
      `Source: ${retired.documented.source}.`,
      ...(retired.notes ? [`Note: ${retired.notes}`] : []),
    ];
  }
  return [
    ...head,
    ...(retired.documented && !retired.observed ? [`Source: ${retired.documented.source}.`] : []),
    paint.red(
      `RETIRED${retired.retired ? ` since ${retired.retired}` : ''}: Bedrock no longer offers it${retired.lastSeen ? ` (last listed ${retired.lastSeen}` : ''}${retired.lastSeen && retired.regions.length > 0 ? ` in ${retired.regions.join(', ')})` : retired.lastSeen ? ')' : ''}.`,
    ),
    ...(retired.notes ? [`Note: ${retired.notes}`] : []),
  ];
}

/** A lifecycle stage, coloured by how bad it is. */
export function paintStage(stage: string, paint: Palette, padded = stage): string {
  if (stage === 'LEGACY') return paint.yellow(padded);
  if (stage === 'PAST_END_OF_LIFE' || stage === 'RETIRED') return paint.red(padded);
  return padded;
}
