// Renders the generated sources from the schema and the data. Shared by scripts/generate.ts and the drift test.
import { readFileSync } from 'node:fs';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { BedrockCatalog } from '../src/catalog.ts';
import type { Catalog } from '../src/generated/catalog-types.ts';
import { withCounts } from './readme-counts.ts';
import { renderIdsModule } from './render-ids.ts';

const HEADER = '// Generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`.\n';

/** [path relative to the package, file text] for every generated file (and README.md, whose counts block is generated). */
export async function renderGeneratedFiles(): Promise<Array<[string, string]>> {
  const schema = JSON.parse(readFileSync(new URL('../catalog.schema.json', import.meta.url), 'utf8')) as JSONSchema;
  const data = JSON.parse(readFileSync(new URL('../data/catalog.json', import.meta.url), 'utf8')) as Catalog;
  const types = await compile(schema, 'Catalog', {
    bannerComment: HEADER.trimEnd(),
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  return [
    ['src/generated/catalog-types.ts', types],
    ['src/generated/ids.ts', HEADER + renderIdsModule(new BedrockCatalog(data))],
    ['README.md', withCounts(readFileSync(new URL('../README.md', import.meta.url), 'utf8'), data)],
  ];
}
