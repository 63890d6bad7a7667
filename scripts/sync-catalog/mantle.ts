// bedrock-mantle, the OpenAI-compatible endpoint, answers `GET /v1/models` per region with the names it serves.
// No credentialed probe of it runs yet: today the documented layer's `mantle` section carries a recorded listing.
// A probe plugs in here: poll each region's listing (https://bedrock-mantle.<region>.api.aws/v1/models, with
// SigV4 or a Bedrock API key), hand the answers to mantleSection, and let its result replace the layer's section
// before applyDocumented runs, so the endpoint's own answer supersedes the recording. Pure: no I/O.
import type { MantleName } from './documented.ts';

/** One region's `/v1/models` answer, in the OpenAI list shape. */
export interface MantleListing {
  region: string;
  answer: { data: ReadonlyArray<{ id: string; created?: number }> };
}

/**
 * The `mantle` section that per-region listings observed on `asOf` (`YYYY-MM-DD`) amount to: each name with
 * the sorted regions that list it. Names the previous section maps to a runtime ID, provider or name keep those.
 */
export function mantleSection(
  listings: readonly MantleListing[],
  asOf: string,
  previous: Readonly<Record<string, MantleName>> = {},
): Record<string, MantleName> {
  const regions = new Map<string, Set<string>>();
  for (const { region, answer } of listings) {
    for (const { id } of answer.data) regions.set(id, (regions.get(id) ?? new Set()).add(region));
  }
  const polled = [...new Set(listings.map((listing) => listing.region))].sort().join(', ');
  const section: Record<string, MantleName> = {};
  for (const id of [...regions.keys()].sort()) {
    const before = previous[id];
    const entry: MantleName = { regions: [...regions.get(id)!].sort(), source: `bedrock-mantle GET /v1/models in ${polled}, polled ${asOf}`, date: asOf };
    if (before?.runtimeModel) entry.runtimeModel = before.runtimeModel;
    if (before?.provider) entry.provider = before.provider;
    if (before?.name) entry.name = before.name;
    section[id] = entry;
  }
  return section;
}
