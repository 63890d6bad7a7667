// Real Bedrock IDs stay known: a model, a profile or a retired entry, never "unknown" with a typo suggestion.
// The lists in known-ids.json are frozen on purpose (a fact new data cannot overturn: an ID that was real stays
// known), so dropping a documented entry, or a sync losing an ID, fails here rather than in users' lint runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BedrockCatalog } from '../../src/index.js';
import { catalogUnderTest } from './load.js';

interface KnownIds {
  awsCdkLib: { version: string; ids: string[] };
  aiSdkAmazonBedrock: { version: string; ids: string[]; leftOut: Record<string, string> };
  documented: { models: string[]; profiles: string[] };
}

const known = JSON.parse(readFileSync(new URL('./known-ids.json', import.meta.url), 'utf8')) as KnownIds;
const catalog = BedrockCatalog.of(catalogUnderTest());

/** The IDs of `ids` the catalog resolves to nothing it knows. */
function unknownOf(ids: readonly string[]): string[] {
  const knownKinds = new Set(['model', 'profile', 'retired']);
  return ids.filter((id) => !knownKinds.has(catalog.resolve(id)?.kind ?? 'unknown'));
}

describe('IDs that must never be reported as unknown', () => {
  it(`knows every model ID aws-cdk-lib ${known.awsCdkLib.version}'s FoundationModelIdentifier ships`, () => {
    expect(known.awsCdkLib.ids.length).toBeGreaterThan(100);
    expect(unknownOf(known.awsCdkLib.ids)).toEqual([]);
  });

  it(`knows every ID of @ai-sdk/amazon-bedrock ${known.aiSdkAmazonBedrock.version}'s model-ID unions but the ones it gets wrong`, () => {
    expect(unknownOf(known.aiSdkAmazonBedrock.ids)).toEqual([]);
    // The union's mistakes stay unknown, so the lint keeps flagging them.
    expect(Object.keys(known.aiSdkAmazonBedrock.leftOut).map((id) => catalog.resolve(id)?.kind)).toEqual(
      Object.keys(known.aiSdkAmazonBedrock.leftOut).map(() => 'unknown'),
    );
  });

  it('knows every model and profile the documented layer has entered', () => {
    expect(unknownOf(known.documented.models)).toEqual([]);
    expect(unknownOf(known.documented.profiles)).toEqual([]);
  });

  it('resolves a documented profile to a profile routing to a model it knows', () => {
    for (const id of known.documented.profiles) {
      const resolution = catalog.resolve(id);
      if (resolution?.kind !== 'profile') continue; // retired since, which is known too
      expect(unknownOf(resolution.profile.models), id).toEqual([]);
    }
  });
});
