// The catalog README's "What the data knows" counts, rendered from the data so they cannot drift: the sync
// and `pnpm --filter @bedrock-models/catalog generate` rewrite the block between the markers.
import type { Catalog, Model } from '../src/generated/catalog-types.ts';

export const COUNTS_START = '<!-- counts:start (generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`) -->';
export const COUNTS_END = '<!-- counts:end -->';

/** The figures the README states, computed from a catalog. */
export interface Counts {
  currentTo: string;
  observedAt: string;
  polledRegions: number;
  observedModels: number;
  documentedModels: number;
  mantleOnlyNames: number;
  observedProfiles: number;
  documentedProfiles: number;
  retiredObserved: number;
  retiredPastEndOfLife: number;
  retiredDocumented: number;
  pairs: number;
  pairsTypesKnown: number;
  pairsTypesDocumented: number;
  pairsTypesUnknown: number;
  mantleModels: number;
  mantlePairs: number;
  endsOfLifeDocumented: number;
}

const documentedField = (model: Model, field: 'inferenceTypes' | 'lifecycle.endOfLife'): number =>
  Object.values(model.regions).filter((entry) => entry.documented?.fields.includes(field)).length;

/** Counts of what is observed, what is documented and what is unknown. */
export function countCatalog(catalog: Catalog): Counts {
  const models = Object.values(catalog.models);
  const retired = Object.values(catalog.retired);
  const observed = models.filter((model) => !model.documented);
  const regionEntries = observed.flatMap((model) => Object.values(model.regions));
  const retiredObservedModels = retired.filter((entry) => entry.observed && entry.kind === 'model').map((entry) => entry.observed as Model);
  return {
    currentTo: catalog.currentTo ?? catalog.generatedAt.slice(0, 10),
    observedAt: catalog.generatedAt.slice(0, 10),
    polledRegions: Object.keys(catalog.regions).length,
    observedModels: observed.length,
    documentedModels: models.filter((model) => model.documented).length,
    mantleOnlyNames: models.filter((model) => model.documented && model.endpoints?.length === 1 && model.endpoints[0] === 'bedrock-mantle').length,
    observedProfiles: Object.values(catalog.profiles).filter((profile) => !profile.documented).length,
    documentedProfiles: Object.values(catalog.profiles).filter((profile) => profile.documented).length,
    retiredObserved: retired.filter((entry) => !entry.documented).length,
    retiredPastEndOfLife: retired.filter((entry) => entry.documented && entry.observed).length,
    retiredDocumented: retired.filter((entry) => entry.documented && !entry.observed).length,
    pairs: regionEntries.length,
    pairsTypesKnown: regionEntries.filter((entry) => entry.inferenceTypes !== null && !entry.documented?.fields.includes('inferenceTypes')).length,
    pairsTypesDocumented: regionEntries.filter((entry) => entry.documented?.fields.includes('inferenceTypes')).length,
    pairsTypesUnknown: regionEntries.filter((entry) => entry.inferenceTypes === null).length,
    mantleModels: models.filter((model) => model.mantle).length,
    mantlePairs: models.reduce((sum, model) => sum + (model.mantle?.regions.length ?? 0), 0),
    endsOfLifeDocumented: [...observed, ...retiredObservedModels].reduce((sum, model) => sum + documentedField(model, 'lifecycle.endOfLife'), 0),
  };
}

/** The markdown block between the markers. */
export function renderCounts(catalog: Catalog): string {
  const c = countCatalog(catalog);
  const rows = [
    ['Current to (the default date lifecycle is judged at)', c.currentTo],
    ['Newest API observation (`generatedAt`)', c.observedAt],
    ['Regions polled (any other region is unknown: region rules stay silent there)', c.polledRegions],
    ['Models listed by ListFoundationModels (observed)', c.observedModels],
    ['Models known from documents only (per-region facts unknown)', c.documentedModels],
    ['… of them bedrock-mantle names the runtime API never lists', c.mantleOnlyNames],
    ['System profiles listed by ListInferenceProfiles (observed)', c.observedProfiles],
    ['System profiles known from documents only (source regions unknown)', c.documentedProfiles],
    ['Retired: gone from every polled region (observed)', c.retiredObserved],
    ["Retired: end of life passed by the catalog's date (the API may still list them)", c.retiredPastEndOfLife],
    ['Retired: gone before the first recording (documented)', c.retiredDocumented],
    ['(model, region) pairs observed', c.pairs],
    ['… inference types from the API or the overrides', c.pairsTypesKnown],
    ['… inference types from documents', c.pairsTypesDocumented],
    ['… inference types unknown (null)', c.pairsTypesUnknown],
    ['Models with bedrock-mantle regions (a recorded mantle listing, documents)', c.mantleModels],
    ['(model, region) pairs on bedrock-mantle', c.mantlePairs],
    ['End-of-life dates added from documents to API records without one', c.endsOfLifeDocumented],
  ];
  return ['| | |', '| --- | ---: |', ...rows.map(([label, value]) => `| ${label} | ${value} |`)].join('\n');
}

/** `readme` with its counts block rendered for `catalog`; throws when the markers are missing. */
export function withCounts(readme: string, catalog: Catalog): string {
  const start = readme.indexOf(COUNTS_START);
  const end = readme.indexOf(COUNTS_END);
  if (start === -1 || end < start) throw new Error('README.md has no counts block (its markers are missing)');
  return `${readme.slice(0, start + COUNTS_START.length)}\n${renderCounts(catalog)}\n${readme.slice(end)}`;
}
