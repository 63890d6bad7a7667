// Rebuilds data/capabilities.json: `pnpm --filter @bedrock-models/catalog capabilities --cards <scrape.json>`.
// The scrape of AWS's model-card pages (the recording abm-20260822-model_cards-docs-scrape.json) is not part of
// the repository; the documented claims (documented.ts, documented-features.ts, families.ts) and catalog.json are.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Catalog } from '../../src/generated/catalog-types.ts';
import { buildCapabilities } from './build.ts';
import { BIDIRECTIONAL_ONLY, DOCUMENTED } from './documented.ts';
import { DOCUMENTED_FEATURES } from './documented-features.ts';
import { readModelCards } from './model-cards.ts';
import { serializeCapabilities } from './write.ts';

const { values } = parseArgs({ options: { cards: { type: 'string' }, out: { type: 'string' } } });
if (!values.cards) {
  console.error('usage: capabilities --cards <model-card scrape JSON> [--out data/capabilities.json]');
  process.exit(2);
}
const catalog = JSON.parse(readFileSync(new URL('../../data/catalog.json', import.meta.url), 'utf8')) as Catalog;
const cards = readModelCards(JSON.parse(readFileSync(values.cards, 'utf8')) as Parameters<typeof readModelCards>[0]);
const { data, disagreements } = buildCapabilities({
  catalog,
  cards,
  documented: [...DOCUMENTED, ...DOCUMENTED_FEATURES],
  bidirectionalOnly: BIDIRECTIONAL_ONLY,
});
writeFileSync(values.out ?? new URL('../../data/capabilities.json', import.meta.url), serializeCapabilities(data));

// Each model has 22 facts: 6 operations, 2 endpoints (the mantle's APIs count as one), 2 limits, 11 Converse
// features and the family.
let known = 0;
let unknown = 0;
for (const entry of Object.values(data.models)) {
  const facts = [
    ...Object.values(entry.operations),
    ...Object.values(entry.endpoints),
    entry.maxOutputTokens,
    entry.contextWindow,
    ...Object.values(entry.converse),
    entry.family,
  ];
  known += facts.filter((fact) => fact !== null).length;
  unknown += facts.filter((fact) => fact === null).length;
}
console.log(`${Object.keys(data.models).length} models, ${Object.keys(data.families).length} families; fields known ${known}, null ${unknown}`);
if (disagreements.length > 0) console.log(`left null where sources disagree:\n  ${disagreements.join('\n  ')}`);
