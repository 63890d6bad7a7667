// Words for the changelog: what a sync changed, as a user of the catalog reads it.
import type { Catalog } from '@bedrock-models/catalog';
import type { Changes } from './merge.ts';

export const CATALOG_PACKAGE = '@bedrock-models/catalog';

const code = (id: string): string => `\`${id}\``;
const list = (regions: readonly string[]): string => (regions.length > 0 ? regions.join(', ') : 'no polled region');
const day = (timestamp: string | undefined): string | null => (timestamp ? timestamp.slice(0, 10) : null);

/** Whether the changes amount to anything a user would read about. */
export function hasChanges(changes: Changes): boolean {
  return Object.values(changes).some((entries: unknown[]) => entries.length > 0);
}

function section(title: string, lines: string[]): string[] {
  return lines.length > 0 ? ['', `### ${title}`, '', ...lines] : [];
}

function lifecycleLine(change: Changes['lifecycle'][number]): string {
  const dates = [
    day(change.lifecycle.legacy) && `legacy since ${day(change.lifecycle.legacy)}`,
    day(change.lifecycle.extendedAccess) && `public extended access from ${day(change.lifecycle.extendedAccess)}`,
    day(change.lifecycle.endOfLife) && `end of life ${day(change.lifecycle.endOfLife)}`,
  ].filter(Boolean);
  return `- ${code(change.id)} is now ${change.status} in ${list(change.regions)}${dates.length > 0 ? ` (${dates.join(', ')})` : ''}`;
}

/** The changeset file's text: a minor release of the catalog, with what changed in plain words. */
export function renderChangeset(changes: Changes, catalog: Catalog, date: string): string {
  const replacement = (id: string): string => {
    const next = catalog.retired[id]?.replacement ?? catalog.models[id]?.replacement;
    return next ? `; use ${code(next)} instead` : '';
  };
  const body = [
    `Bedrock model catalog refreshed from the API as of ${date}.`,
    ...section(
      `New models (${changes.addedModels.length})`,
      changes.addedModels.map((m) => `- ${code(m.id)}: ${m.provider} ${m.name}, in ${list(m.regions)}`),
    ),
    ...section(
      `Offered again (${changes.returnedModels.length})`,
      changes.returnedModels.map((m) => `- ${code(m.id)}, in ${list(m.regions)}`),
    ),
    ...section(
      `Retired: no region lists them any more (${changes.retiredModels.length})`,
      changes.retiredModels.map((m) => `- ${code(m.id)} (${m.name}), last offered in ${list(m.regions)}${replacement(m.id)}`),
    ),
    ...section(
      `Past their end of life (${changes.endOfLife.length})`,
      changes.endOfLife.map((m) => `- ${code(m.id)} (${m.name}), end of life ${m.retired}${replacement(m.id)}`),
    ),
    ...section('Lifecycle', changes.lifecycle.map(lifecycleLine)),
    ...section('Regions', [
      ...changes.regionsAdded.map((m) => `- ${code(m.id)} is now offered in ${list(m.regions)}`),
      ...changes.regionsRemoved.map((m) => `- ${code(m.id)} is no longer offered in ${list(m.regions)}`),
    ]),
    ...section(
      'How models are invoked',
      changes.inferenceTypes.map(
        (m) => `- ${code(m.id)} in ${list(m.regions)}: ${m.inferenceTypes.length > 0 ? m.inferenceTypes.join(', ') : 'no inference type listed'}`,
      ),
    ),
    ...section(
      'bedrock-mantle (GET /v1/models)',
      changes.mantle.flatMap((m) => [
        ...(m.added.length > 0 ? [`- ${code(m.id)} is now listed in ${list(m.added)}`] : []),
        ...(m.removed.length > 0 ? [`- ${code(m.id)} is no longer listed in ${list(m.removed)}`] : []),
      ]),
    ),
    ...section('Cross-region inference profiles', [
      ...changes.addedProfiles.map((p) => `- New: ${code(p.id)} (${p.name}), callable from ${list(p.regions)}`),
      ...changes.retiredProfiles.map((p) => `- Retired: ${code(p.id)} (${p.name}), last callable from ${list(p.regions)}`),
      ...changes.profileRegionsAdded.map((p) => `- ${code(p.id)} is now callable from ${list(p.regions)}`),
      ...changes.profileRegionsRemoved.map((p) => `- ${code(p.id)} is no longer callable from ${list(p.regions)}`),
    ]),
    ...section(
      'Not refreshed',
      changes.staleRegions.length > 0
        ? [`- ${list(changes.staleRegions)}: the sync could not reach these regions; their data is kept from an earlier sync and marked stale.`]
        : [],
    ),
  ];
  return `---\n"${CATALOG_PACKAGE}": minor\n---\n\n${body.join('\n')}\n`;
}

/** One line per kind of change, for the terminal. */
export function summarize(changes: Changes): string {
  const parts = [
    [changes.addedModels.length, 'added'],
    [changes.returnedModels.length, 'returned'],
    [changes.retiredModels.length, 'retired'],
    [changes.endOfLife.length, 'past end of life'],
    [changes.lifecycle.length, 'lifecycle changes'],
    [changes.regionsAdded.length + changes.regionsRemoved.length, 'region changes'],
    [changes.inferenceTypes.length, 'inference-type changes'],
    [changes.addedProfiles.length, 'profiles added'],
    [changes.retiredProfiles.length, 'profiles retired'],
    [changes.profileRegionsAdded.length + changes.profileRegionsRemoved.length, 'profile region changes'],
    [changes.mantle.length, 'bedrock-mantle changes'],
    [changes.staleRegions.length, 'stale regions'],
  ] as const;
  return (
    parts
      .filter(([count]) => count > 0)
      .map(([count, label]) => `${count} ${label}`)
      .join(', ') || 'no changes'
  );
}
