import { describe, expect, it } from 'vitest';
import { ORDINARY_STRINGS } from './fixtures/ordinary-strings.js';
import { lintWithAllRules } from './lint.js';

const asList = `export const strings = [\n${ORDINARY_STRINGS.map((value) => `  ${JSON.stringify(value)},`).join('\n')}\n];\n`;
const asKeys = `export const table = {\n${ORDINARY_STRINGS.map((value) => `  ${JSON.stringify(value)}: true,`).join('\n')}\n};\n`;
const asPrefixes = ORDINARY_STRINGS.map((value) => `if (modelId.startsWith(${JSON.stringify(value)})) use(${JSON.stringify(value)});`).join('\n');

describe('ordinary strings from real code', () => {
  it('has at least 80 of them', () => {
    expect(ORDINARY_STRINGS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ORDINARY_STRINGS).size).toBe(ORDINARY_STRINGS.length);
  });

  it.each([
    ['a list', asList],
    ['object keys', asKeys],
    ['prefix matches and arguments', asPrefixes],
  ])('are never reported as %s (test catalog, regions set)', (_, code) => {
    expect(lintWithAllRules(code, { regions: ['us-east-1', 'eu-west-1'] })).toEqual([]);
  });

  it.each([
    ['a list', asList],
    ['object keys', asKeys],
  ])('are never reported as %s (bundled catalog)', (_, code) => {
    expect(lintWithAllRules(code, { regions: ['us-east-1'] }, true)).toEqual([]);
  });
});
