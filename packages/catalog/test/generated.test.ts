// CI fails when src/generated/* drifts from the schema and the data: the files are rendered again in-process,
// by the same functions `pnpm --filter @bedrock-models/catalog generate` runs, and compared byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles } from '../scripts/generated-files.ts';
import { constantName, renderIdsModule } from '../scripts/render-ids.ts';
import { BedrockCatalog } from '../src/catalog.ts';
import { miniCatalog } from './fixtures/mini-catalog.ts';

const FIX = 'run `pnpm --filter @bedrock-models/catalog generate` and commit the result';

describe('src/generated', () => {
  it('is exactly what the schema and data/catalog.json generate', async () => {
    const rendered = await renderGeneratedFiles();
    const committed = readdirSync(new URL('../src/generated/', import.meta.url))
      .map((name) => `src/generated/${name}`)
      .sort();
    // No generated file missing, none left behind by an older generator; README.md's counts block is rendered too.
    expect(
      rendered
        .map(([path]) => path)
        .filter((path) => path.startsWith('src/generated/'))
        .sort(),
    ).toEqual(committed);
    expect(rendered.map(([path]) => path)).toContain('README.md');
    for (const [path, text] of rendered) {
      const onDisk = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
      expect(onDisk, `${path} is out of date: ${FIX}`).toBe(text);
    }
  }, 30_000);

  it('starts every generated file with the "generated, do not edit" line naming the command', async () => {
    for (const [path, text] of (await renderGeneratedFiles()).filter(([file]) => file.startsWith('src/generated/'))) {
      expect(text.split('\n')[0], path).toBe('// Generated, do not edit: run `pnpm --filter @bedrock-models/catalog generate`.');
    }
  }, 30_000);
});

describe('renderIdsModule', () => {
  const text = renderIdsModule(BedrockCatalog.of(miniCatalog()));

  it('lists every model and profile ID of the data in the unions, sorted', () => {
    expect(text).toContain(
      "export type BedrockModelId =\n  | 'amazon.new-v2:0'\n  | 'amazon.old-v1:0'\n  | 'amazon.old-v1:0:8k'\n  | 'anthropic.claude-x-20250101-v1:0'\n  | 'openai.mantle-1';",
    );
    expect(text).toContain(
      "export type BedrockInferenceProfileId =\n  | 'eu.anthropic.claude-x-20250101-v1:0'\n  | 'global.anthropic.claude-x-20250101-v1:0'\n  | 'us.amazon.new-v2:0'\n  | 'us.amazon.old-v1:0'\n  | 'us.anthropic.claude-x-20250101-v1:0';",
    );
  });

  it('marks LEGACY IDs @deprecated with their dates and replacement, and only those', () => {
    // amazon.old-v1:0 is ACTIVE in eu-west-1, so the catalog-wide stage is ACTIVE: no tag. Its us. profile
    // routes only to it and inherits the same least-advanced stage.
    expect(text).not.toMatch(/\* @deprecated/);
    const legacyEverywhere = miniCatalog();
    delete legacyEverywhere.models['amazon.old-v1:0']!.regions['eu-west-1'];
    legacyEverywhere.regions['eu-west-1']!.models = ['anthropic.claude-x-20250101-v1:0'];
    const legacyText = renderIdsModule(BedrockCatalog.of(legacyEverywhere));
    expect(legacyText).toContain(
      "  /**\n   * Test Old.\n   * @deprecated LEGACY (legacy since 2026-01-15, public extended access from 2026-04-15, end of life 2026-07-15). Use `amazon.new-v2:0` instead.\n   */\n  AMAZON_OLD_V1_0: 'amazon.old-v1:0',",
    );
    expect(legacyText).toContain('Use `us.amazon.new-v2:0` instead.\n   */\n  US_AMAZON_OLD_V1_0:');
    expect(legacyText.match(/\* @deprecated/g)).toHaveLength(2);
  });

  it('refuses two IDs that would share a constant name', () => {
    expect(constantName('anthropic.claude-3-haiku-20240307-v1:0')).toBe('ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0');
    const clash = miniCatalog();
    clash.models['amazon.new-v2-0'] = clash.models['amazon.new-v2:0']!;
    expect(() => renderIdsModule(BedrockCatalog.of(clash))).toThrow(/AMAZON_NEW_V2_0 would name both/);
  });
});
