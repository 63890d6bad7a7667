// The documented facts in the catalog under test: each names its source; entries known from documents only
// leave every per-region fact unknown; a document never stands where the API has spoken.
import { describe, expect, it } from 'vitest';
import { BedrockCatalog, type Model } from '../../src/index.ts';
import { catalogUnderTest } from './load.ts';

const data = catalogUnderTest();
const catalog = BedrockCatalog.of(data);
const documentedModels = Object.entries(data.models).filter(([, model]) => model.documented);

describe('documented facts', () => {
  it('name a source for every documented entry and region fact', () => {
    for (const [id, model] of Object.entries(data.models)) {
      if (model.documented) expect(model.documented.source, id).toMatch(/\S/);
      for (const [region, entry] of Object.entries(model.regions)) if (entry.documented) expect(entry.documented.source, `${id} ${region}`).toMatch(/\S/);
    }
    for (const [id, entry] of Object.entries(data.retired)) if (entry.documented) expect(entry.documented.source, id).toMatch(/\S/);
  });

  it('leave a model known from documents only unknown in every polled region, so the region rules stay silent', () => {
    for (const [id] of documentedModels) {
      for (const region of Object.keys(data.regions)) {
        expect(catalog.availability(id, region).status, `${id} ${region}`).toBe('unknown-region');
        expect(catalog.inferenceTypes(id, region), `${id} ${region}`).toBeNull();
      }
    }
    for (const [id, profile] of Object.entries(data.profiles)) {
      if (!profile.documented) continue;
      for (const region of Object.keys(data.regions))
        if (!Object.hasOwn(profile.sources, region)) expect(catalog.availability(id, region).status, `${id} ${region}`).toBe('unknown-region');
    }
  });

  it('never mark a region entry documented as offered in a region the API answered for', () => {
    for (const [id, model] of Object.entries(data.models)) {
      for (const [region, entry] of Object.entries(model.regions)) {
        if (entry.documented?.fields.includes('offered')) expect(Object.hasOwn(data.regions, region), `${id} ${region}`).toBe(false);
      }
    }
  });

  it('retire by document only entries whose end of life has passed, keeping what the API last said', () => {
    for (const [id, entry] of Object.entries(data.retired)) {
      if (!entry.documented || !entry.observed) continue;
      expect(entry.retired! <= catalog.date, id).toBe(true);
      if (entry.kind === 'model') expect(Object.keys((entry.observed as Model).regions).sort(), id).toEqual(entry.regions);
    }
  });

  it('treat a region the sync never polled, such as GovCloud, as unknown, never absent', () => {
    for (const id of [...Object.keys(data.models), ...Object.keys(data.profiles)]) {
      if (Object.values(data.models[id]?.regions ?? {}).some((entry) => entry.documented?.fields.includes('offered'))) continue;
      for (const region of ['us-gov-west-1', 'us-gov-east-1']) {
        if (!catalog.knowsRegion(region)) expect(catalog.availability(id, region).status, `${id} ${region}`).toBe('unknown-region');
      }
    }
  });
});
