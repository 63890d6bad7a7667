import { BedrockCatalog } from '@bedrock-models/catalog';
import { findModelId, idsInTemplateParts } from '@bedrock-models/judge';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { isIdCandidate, isTemplateCandidate } from '../src/util/candidates.js';
import { testCatalog } from './catalog.js';
import { ORDINARY_STRINGS } from './fixtures/ordinary-strings.js';

// The collector's early tests may only reject what the analysis would never report: every string in which
// `findModelId` finds a reference must pass `isIdCandidate`, and every template whose value or static parts hold
// one must pass `isTemplateCandidate`.

const catalogs: Array<[string, BedrockCatalog]> = [
  ['test catalog', BedrockCatalog.of(testCatalog)],
  ['bundled catalog', BedrockCatalog.bundled()],
];

/** Every way the code writes a model reference, for each ID of the catalog, and typos of them. */
function writtenForms(catalog: BedrockCatalog): string[] {
  const { models, retired, profiles } = catalog.data;
  const ids = [...Object.keys(models), ...Object.keys(retired), ...Object.keys(profiles)];
  const typos = ids.flatMap((id) => [id.slice(0, -1), id.replace(/-v\d+:\d+$/, '-v1'), id.replace(/:\d+$/, ':9'), `${id.slice(0, 6)}${id.slice(7)}`]);
  return [...ids, ...typos].flatMap((id) => [
    id,
    `arn:aws:bedrock:us-east-1::foundation-model/${id}`,
    `arn:aws:bedrock:eu-west-1:123456789012:inference-profile/${id}`,
    `arn:aws:bedrock:*::foundation-model/${id}`,
    `/model/${id}/invoke`,
    `https://bedrock-runtime.us-east-1.amazonaws.com/model/${encodeURIComponent(id)}/converse`,
    `bedrock:${id}`,
    `bedrock/converse/${id}`,
    `bedrock/${id}`,
    id.replace(/-(\d{8})-/, '@$1-'),
  ]);
}

function template(parts: readonly string[]): TSESTree.TemplateLiteral {
  return {
    type: 'TemplateLiteral',
    quasis: parts.map((text) => ({ type: 'TemplateElement', value: { cooked: text, raw: text } })),
    expressions: parts.slice(1).map(() => ({ type: 'Identifier', name: 'x' })),
  } as unknown as TSESTree.TemplateLiteral;
}

describe.each(catalogs)('candidate tests (%s)', (_, catalog) => {
  const forms = writtenForms(catalog);

  it('accept every string in which findModelId finds a reference', () => {
    const found = forms.filter((value) => findModelId(value, catalog) !== null);
    expect(found.length).toBeGreaterThan(1000);
    expect(found.filter((value) => !isIdCandidate(value, catalog))).toEqual([]);
  });

  it('reject the dotted strings of ordinary code before any analysis', () => {
    const dotted = ['lodash.get', 'vitest.config.ts', 'https://github.com/org/repo/issues', 'compilerOptions.paths', 'text/x.y', 'utf-8.bom', 'v8.serialize'];
    expect(dotted.filter((value) => isIdCandidate(value, catalog))).toEqual([]);
  });

  it('keep the model-shaped strings the analysis reads', () => {
    expect(ORDINARY_STRINGS.filter((value) => findModelId(value, catalog) !== null && !isIdCandidate(value, catalog))).toEqual([]);
  });

  it('accept every template whose value, or whose static parts, hold a reference', () => {
    const missed: string[][] = [];
    let checked = 0;
    for (const value of forms.filter((_, index) => index % 13 === 0)) {
      for (let start = 0; start <= value.length; start++) {
        for (const length of [0, 3, 8]) {
          const end = Math.min(value.length, start + length);
          // `${before}${x}${after}` where x is the piece cut out: its value is the whole string.
          const parts = [value.slice(0, start), value.slice(end)];
          // The collector has always required a dot in a static part; what these tests guard is everything else.
          if (!parts.some((part) => part.includes('.'))) continue;
          const reported = findModelId(value, catalog) !== null || idsInTemplateParts(parts, catalog).length > 0;
          if (!reported) continue;
          checked++;
          if (!isTemplateCandidate(template(parts), catalog)) missed.push(parts);
        }
      }
    }
    expect(checked).toBeGreaterThan(5_000);
    expect(missed).toEqual([]);
  });

  it('reject templates that are messages or code, and those with an invalid escape', () => {
    for (const parts of [
      ['', '.length <= ', ''],
      ['Expected ', '. Got ', '.'],
      ['vitest.test.runner.', '.module'],
      ['lib.', '.js'],
      ['Object.getOwnPropertyNames(', ').every(key => ', ')'],
    ]) {
      expect(isTemplateCandidate(template(parts), catalog)).toBe(false);
    }
    expect(isTemplateCandidate({ ...template(['anthropic.', '']), quasis: [{ value: { cooked: null, raw: '\\u' } }] } as never, catalog)).toBe(false);
  });
});
