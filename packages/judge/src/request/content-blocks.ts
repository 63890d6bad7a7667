import type { ContentBlockSchema, RequestFamily } from '@bedrock-models/catalog';
import { sourceFor } from './capabilities.js';
import type { RequestJudgeContext } from './finding.js';
import { entryOf } from './tree.js';
import type { RequestArray, RequestEntry, RequestFinding, RequestObject, RequestValue } from './types.js';

/** A content block written as an object literal, with its place in the body (`messages[0].content[1]`). */
export interface PlacedBlock<L> {
  block: RequestObject<L>;
  path: string;
}

/**
 * The object-literal blocks of `messages[].content[]`. An index is shown only where the array is written out
 * in full: after a spread, the place of an item is not known (`messages[].content[0]`).
 */
export function messageContentBlocks<L>(body: RequestObject<L>): Array<PlacedBlock<L>> {
  const blocks: Array<PlacedBlock<L>> = [];
  const messages = entryOf(body, 'messages')?.value;
  items(messages).forEach(({ value: message, index: messageIndex }) => {
    const content = entryOf(message, 'content')?.value;
    items(content).forEach(({ value: block, index }) => {
      if (block.kind === 'object') blocks.push({ block, path: `messages[${messageIndex}].content[${index}]` });
    });
  });
  return blocks;
}

function items<L>(value: RequestValue<L> | null | undefined): Array<{ value: RequestValue<L>; index: string }> {
  if (value?.kind !== 'array') return [];
  const array: RequestArray<L> = value;
  return array.items.map((item, index) => ({ value: item, index: array.complete ? String(index) : '' }));
}

/**
 * `valid-invoke-model-body` inside content blocks: a key of another family's blocks (`type` in a Nova block),
 * a key the family's blocks do not take, a required key missing from a block written out in full. Silent where
 * the family does not describe its blocks, and on blocks that are not literals.
 */
export function judgeContentBlocks<L>(context: RequestJudgeContext<L>, family: RequestFamily, body: RequestObject<L>): Array<RequestFinding<L>> {
  const schema = family.contentBlocks;
  if (!schema) return [];
  const findings: Array<RequestFinding<L>> = [];
  const source = (field: string) => sourceFor(family.sources, `contentBlocks.${field}`) ?? family.sources[0]?.url ?? null;
  for (const { block, path } of messageContentBlocks(body)) {
    for (const entry of block.entries) {
      const foreign = Object.hasOwn(schema.foreign, entry.key) ? schema.foreign[entry.key]! : null;
      if (!foreign && (schema.allowed === null || schema.allowed.includes(entry.key))) continue;
      findings.push(
        context.finding({
          messageId: foreign ? 'contentBlockForeignKey' : 'contentBlockExtraneousKey',
          data: { key: entry.key, path, family: family.name, ...(foreign ? { belongsTo: foreign.belongsTo } : {}) },
          location: entry.keyLocation,
          field: 'family',
          source: source(foreign ? `foreign.${entry.key}` : `allowed.${entry.key}`),
          suggestions: removalFixes(schema, block, entry)
            ? [{ messageId: 'removeKey', data: { key: entry.key }, edit: { kind: 'remove-entry', location: entry.location } }]
            : [],
        }),
      );
    }
    if (!block.complete) continue;
    for (const key of schema.required) {
      if (entryOf(block, key) !== null) continue;
      findings.push(
        context.finding({
          messageId: 'contentBlockMissingKey',
          data: { key, path, family: family.name },
          location: block.location,
          field: 'family',
          source: source(`required.${key}`),
        }),
      );
    }
  }
  return findings;
}

// Removing the key fixes the block in one edit when what remains is a block the family takes: written out in
// full, not empty, every other key allowed, every required key there.
function removalFixes<L>(schema: ContentBlockSchema, block: RequestObject<L>, removed: RequestEntry<L>): boolean {
  const rest = block.entries.filter((entry) => entry !== removed);
  if (!block.complete || rest.length === 0) return false;
  const acceptable = (key: string) => !Object.hasOwn(schema.foreign, key) && (schema.allowed === null || schema.allowed.includes(key));
  return rest.every((entry) => acceptable(entry.key)) && schema.required.every((key) => rest.some((entry) => entry.key === key));
}
