// The bundled catalog against facts from the project's reference material (shared/reference, outside this
// repository: recorded Bedrock API answers and files derived from them; see its README and SOURCES.md).
// Each row carries the file and line a reviewer opens to check the fact. The facts are written out here, so
// the test runs on a fresh clone without the reference; when the reference is present, a last test checks
// that every cited line still names the row's ID.
//
// Where the catalog differs from a reference file on purpose (the reference README's "Known limits"), the
// difference is a row of its own in `knownDifferences`, with the reason: pinned, so a change is noticed, and
// never silently counted as agreement.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BedrockCatalog } from '../src/index.ts';

const catalog = BedrockCatalog.bundled();

type Check =
  /** The region lists the model or profile. */
  | { kind: 'offered'; id: string; region: string }
  /** A polled region does not list it. */
  | { kind: 'absent'; id: string; region: string }
  /** Exactly these regions list the model (ListFoundationModels, 2026-08-22). */
  | { kind: 'regions'; id: string; regions: string[] }
  /** inferenceTypesSupported in one region; null = the data does not say. */
  | { kind: 'inferenceTypes'; id: string; region: string; types: string[] | null }
  /** The API's modelLifecycle record (status and the calendar days of its dates). */
  | { kind: 'lifecycle'; id: string; status: 'ACTIVE' | 'LEGACY'; legacy?: string; extendedAccess?: string; endOfLife?: string }
  /** The stage the catalog judges on a date. */
  | { kind: 'stage'; id: string; date: string; region?: string; stage: 'ACTIVE' | 'LEGACY' | 'PAST_END_OF_LIFE' | 'RETIRED' }
  /** Gone from every polled region: retired, last seen no later than the reference's last listing, with the API's end-of-life day. */
  | { kind: 'retired'; id: string; lastListed: string | null; endOfLife?: string }
  | { kind: 'replacement'; id: string; replacement: string | null }
  /** A system-defined profile: its geo and model, its exact source regions, and where it routes from one source. */
  | { kind: 'profile'; id: string; geo: string; model: string; sources?: string[]; from?: string; to?: string[] }
  /** What a polled region lists (counts and usable profile prefixes, 2026-08-22). */
  | { kind: 'region'; region: string; models: number; profiles: number; prefixes: string[] }
  | { kind: 'not-polled'; region: string };

type Fact = Check & {
  /** The fact, in words. */
  fact: string;
  /** `file:line` under shared/reference, and the field or section. */
  source: string;
  /** The text the cited line holds, when not the row's ID or region. */
  needle?: string;
};

const ALL_18 = ['ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'];

const facts: Fact[] = [
  // Where models are offered (models.json `regions`: the regions whose ListFoundationModels listed the ID on 2026-08-22).
  { fact: 'Nova Canvas is offered in us-east-1', kind: 'offered', id: 'amazon.nova-canvas-v1:0', region: 'us-east-1', source: 'models.json:4152 (regions)' },
  { fact: 'Nova Canvas is offered in ap-northeast-1, eu-west-1 and us-east-1 only', kind: 'regions', id: 'amazon.nova-canvas-v1:0', regions: ['ap-northeast-1', 'eu-west-1', 'us-east-1'], source: 'models.json:4152 (regions)' },
  { fact: 'Nova Canvas is not offered in us-west-2 (calls there fail with "The provided model identifier is invalid.")', kind: 'absent', id: 'amazon.nova-canvas-v1:0', region: 'us-west-2', source: 'errors.json:39 (trigger)', needle: 'Nova Canvas in us-west-2' },
  { fact: 'Jamba 1.5 Large is offered in us-east-1 only', kind: 'regions', id: 'ai21.jamba-1-5-large-v1:0', regions: ['us-east-1'], source: 'models.json:5673 (regions)' },
  { fact: 'Nemotron Nano 12B v2 is offered in nine regions', kind: 'regions', id: 'nvidia.nemotron-nano-12b-v2', regions: ['ap-northeast-1', 'ap-south-1', 'ap-southeast-2', 'eu-west-1', 'eu-west-2', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-2'], source: 'models.json:3 (regions)' },
  { fact: 'Nemotron Nano 12B v2 is offered in sa-east-1', kind: 'offered', id: 'nvidia.nemotron-nano-12b-v2', region: 'sa-east-1', source: 'models.json:3 (regions)' },
  { fact: 'Nemotron Nano 12B v2 is not offered in eu-central-1', kind: 'absent', id: 'nvidia.nemotron-nano-12b-v2', region: 'eu-central-1', source: 'models.json:3 (regions)' },
  { fact: 'Llama 3.3 70B is offered in the three US regions us-east-1, us-east-2, us-west-2', kind: 'regions', id: 'meta.llama3-3-70b-instruct-v1:0', regions: ['us-east-1', 'us-east-2', 'us-west-2'], source: 'models.json:5873 (regions)' },
  { fact: 'Claude 3.5 Sonnet (v1) remains only in ap-northeast-2, ap-south-1 and ap-southeast-1', kind: 'regions', id: 'anthropic.claude-3-5-sonnet-20240620-v1:0', regions: ['ap-northeast-2', 'ap-south-1', 'ap-southeast-1'], source: 'models.json:3143 (regions)' },
  { fact: 'Claude 3.5 Sonnet (v1) is no longer offered in us-east-1', kind: 'absent', id: 'anthropic.claude-3-5-sonnet-20240620-v1:0', region: 'us-east-1', source: 'models.json:3143 (regions)' },
  { fact: 'Claude Haiku 4.5 is listed in all 18 polled regions', kind: 'regions', id: 'anthropic.claude-haiku-4-5-20251001-v1:0', regions: ALL_18, source: 'inference-profile-only.json:36 (listedInRegions)' },

  // Inference types, in the region a record (or other evidence) speaks for.
  { fact: 'Nemotron Nano 12B v2 is ON_DEMAND in ap-south-1', kind: 'inferenceTypes', id: 'nvidia.nemotron-nano-12b-v2', region: 'ap-south-1', types: ['ON_DEMAND'], source: 'models.json:3 (inferenceTypes, inferenceTypesObservedIn)' },
  { fact: 'Claude Haiku 4.5 is INFERENCE_PROFILE-only in ap-south-1', kind: 'inferenceTypes', id: 'anthropic.claude-haiku-4-5-20251001-v1:0', region: 'ap-south-1', types: ['INFERENCE_PROFILE'], source: 'inference-profile-only.json:36 (inferenceTypesObservedIn)' },
  { fact: 'Llama 3.3 70B is INFERENCE_PROFILE-only in us-east-1', kind: 'inferenceTypes', id: 'meta.llama3-3-70b-instruct-v1:0', region: 'us-east-1', types: ['INFERENCE_PROFILE'], source: 'inference-profile-only.json:982 (inferenceTypesObservedIn)' },
  { fact: 'Nova 2 Lite is INFERENCE_PROFILE-only in us-east-1 (the on-demand-throughput error reported there)', kind: 'inferenceTypes', id: 'amazon.nova-2-lite-v1:0', region: 'us-east-1', types: ['INFERENCE_PROFILE'], source: 'errors.json:15 (observedModelIds of the on-demand throughput error)' },
  { fact: 'Nova 2 Lite 256k is PROVISIONED-only in us-east-1', kind: 'inferenceTypes', id: 'amazon.nova-2-lite-v1:0:256k', region: 'us-east-1', types: ['PROVISIONED'], source: 'models.json:4631 (inferenceTypes); errors.json:30' },
  { fact: 'Claude 3 Haiku is ON_DEMAND in ap-southeast-1 (single-region listing)', kind: 'inferenceTypes', id: 'anthropic.claude-3-haiku-20240307-v1:0', region: 'ap-southeast-1', types: ['ON_DEMAND'], source: 'recorded/ap-southeast-1-list-foundation-models.json:111 (inferenceTypesSupported)' },

  // Lifecycle: the API's modelLifecycle, and the stage on a date.
  { fact: 'Jamba 1.5 Large is LEGACY: legacy 2026-05-26, extended access 2026-08-26, end of life 2026-11-26', kind: 'lifecycle', id: 'ai21.jamba-1-5-large-v1:0', status: 'LEGACY', legacy: '2026-05-26', extendedAccess: '2026-08-26', endOfLife: '2026-11-26', source: 'lifecycle.json:2371' },
  { fact: 'Claude Opus 4.1 is LEGACY: legacy 2026-07-08, extended access 2026-10-08, end of life 2027-01-08', kind: 'lifecycle', id: 'anthropic.claude-opus-4-1-20250805-v1:0', status: 'LEGACY', legacy: '2026-07-08', extendedAccess: '2026-10-08', endOfLife: '2027-01-08', source: 'lifecycle.json:2074' },
  { fact: 'Nova Premier is LEGACY: legacy 2026-03-13, end of life 2026-09-14, no extended access', kind: 'lifecycle', id: 'amazon.nova-premier-v1:0', status: 'LEGACY', legacy: '2026-03-13', endOfLife: '2026-09-14', source: 'lifecycle.json:2231' },
  { fact: 'Nova Premier is past its end of life on 2026-09-14', kind: 'stage', id: 'amazon.nova-premier-v1:0', date: '2026-09-14', stage: 'PAST_END_OF_LIFE', source: 'lifecycle.json:2231 (eolDate)' },
  { fact: 'Claude Sonnet 4 is LEGACY: legacy 2026-04-14, extended access 2026-07-14, end of life 2026-10-14', kind: 'lifecycle', id: 'anthropic.claude-sonnet-4-20250514-v1:0', status: 'LEGACY', legacy: '2026-04-14', extendedAccess: '2026-07-14', endOfLife: '2026-10-14', source: 'lifecycle.json:1256' },
  { fact: 'Claude Sonnet 4 is still LEGACY (not past end of life) in us-west-2 on 2026-09-26', kind: 'stage', id: 'anthropic.claude-sonnet-4-20250514-v1:0', date: '2026-09-26', region: 'us-west-2', stage: 'LEGACY', source: 'recorded/us-west-2-20260926-get-foundation-model-lifecycle.json:3' },
  { fact: 'Claude Sonnet 4.5 is ACTIVE in us-west-2 on 2026-09-26', kind: 'stage', id: 'anthropic.claude-sonnet-4-5-20250929-v1:0', date: '2026-09-26', region: 'us-west-2', stage: 'ACTIVE', source: 'recorded/us-west-2-20260926-get-foundation-model-lifecycle.json:14' },
  { fact: 'Marengo Embed 2.7 is LEGACY with end of life 2026-11-30', kind: 'lifecycle', id: 'twelvelabs.marengo-embed-2-7-v1:0', status: 'LEGACY', legacy: '2026-05-29', extendedAccess: '2026-08-29', endOfLife: '2026-11-30', source: 'lifecycle.json:1614' },
  { fact: 'Nemotron Nano 12B v2 is ACTIVE with no announced dates', kind: 'lifecycle', id: 'nvidia.nemotron-nano-12b-v2', status: 'ACTIVE', source: 'lifecycle.json:3' },

  // Retirements (lifecycle.json status EOL: gone from all 18 polled regions; eolDate where the API gave one).
  { fact: 'Claude 3.5 Haiku is retired; last listed 2026-06-17, end of life 2026-06-19', kind: 'retired', id: 'anthropic.claude-3-5-haiku-20241022-v1:0', lastListed: '2026-06-17', endOfLife: '2026-06-19', source: 'lifecycle.json:3202; models.json:7288 (lastSeen)' },
  { fact: 'Command R is retired; last listed 2026-08-18, end of life 2026-08-19', kind: 'retired', id: 'cohere.command-r-v1:0', lastListed: '2026-08-18', endOfLife: '2026-08-19', source: 'lifecycle.json:3246; models.json:7369 (lastSeen)' },
  { fact: 'Llama 3.2 90B is retired; end of life 2026-07-07', kind: 'retired', id: 'meta.llama3-2-90b-instruct-v1:0', lastListed: '2026-07-02', endOfLife: '2026-07-07', source: 'lifecycle.json:3306' },
  { fact: 'Titan Image Generator v2 is retired; end of life 2026-06-30', kind: 'retired', id: 'amazon.titan-image-generator-v2:0', lastListed: '2026-06-20', endOfLife: '2026-06-30', source: 'lifecycle.json:3049' },
  { fact: 'Claude Opus 4 is retired; end of life 2026-05-31', kind: 'retired', id: 'anthropic.claude-opus-4-20250514-v1:0', lastListed: '2026-05-29', endOfLife: '2026-05-31', source: 'lifecycle.json:3227' },
  { fact: 'Claude v2 is retired; last listed in us-east-1 on 2023-10-07', kind: 'retired', id: 'anthropic.claude-v2', lastListed: '2023-10-07', source: 'recorded/us-east-1-20231007-list-foundation-models-boto3.json:272' },
  { fact: 'Stable Image Core 1.0 is retired and was never in a recorded listing', kind: 'retired', id: 'stability.stable-image-core-v1:0', lastListed: null, source: 'lifecycle.json:3897 (lastListed null)' },
  { fact: 'The EU Claude 3.7 Sonnet profile is gone; last listed 2026-04-24', kind: 'retired', id: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0', lastListed: '2026-04-24', source: 'inference-profiles.json:1741 (lastSeen)' },
  { fact: 'Claude 3.5 Haiku is RETIRED whatever the date', kind: 'stage', id: 'anthropic.claude-3-5-haiku-20241022-v1:0', date: '2026-08-22', stage: 'RETIRED', source: 'lifecycle.json:3202 (status EOL)' },

  // Recommended replacements (lifecycle.json recommendedReplacement).
  { fact: 'Claude 3.5 Sonnet (v1) → Claude Sonnet 4.5', kind: 'replacement', id: 'anthropic.claude-3-5-sonnet-20240620-v1:0', replacement: 'anthropic.claude-sonnet-4-5-20250929-v1:0', source: 'lifecycle.json:1189 (recommendedReplacement)' },
  { fact: 'Claude 3 Opus → Claude Opus 4.1', kind: 'replacement', id: 'anthropic.claude-3-opus-20240229-v1:0', replacement: 'anthropic.claude-opus-4-1-20250805-v1:0', source: 'lifecycle.json:3183 (recommendedReplacement)' },
  { fact: 'Claude Opus 4 → Claude Opus 4.1', kind: 'replacement', id: 'anthropic.claude-opus-4-20250514-v1:0', replacement: 'anthropic.claude-opus-4-1-20250805-v1:0', source: 'lifecycle.json:3227 (recommendedReplacement)' },
  { fact: 'Claude v2 → Claude Sonnet 4.5', kind: 'replacement', id: 'anthropic.claude-v2', replacement: 'anthropic.claude-sonnet-4-5-20250929-v1:0', source: 'lifecycle.json:3744 (recommendedReplacement)' },
  { fact: 'Titan Text Express → Nova Lite', kind: 'replacement', id: 'amazon.titan-text-express-v1', replacement: 'amazon.nova-lite-v1:0', source: 'lifecycle.json:3557 (recommendedReplacement)' },
  { fact: 'Stable Image Core 1.0 → Stable Image Core 1.1', kind: 'replacement', id: 'stability.stable-image-core-v1:0', replacement: 'stability.stable-image-core-v1:1', source: 'lifecycle.json:3897 (recommendedReplacement)' },

  // System-defined profiles (inference-profiles.json: sources = regions whose ListInferenceProfiles returned it; destinations from models[].modelArn).
  { fact: 'us.anthropic.claude-3-haiku: us geo, callable from us-east-1/us-east-2/us-west-2, from us-west-2 routed to us-east-1 and us-west-2 only', kind: 'profile', id: 'us.anthropic.claude-3-haiku-20240307-v1:0', geo: 'us', model: 'anthropic.claude-3-haiku-20240307-v1:0', sources: ['us-east-1', 'us-east-2', 'us-west-2'], from: 'us-west-2', to: ['us-east-1', 'us-west-2'], source: 'inference-profiles.json:6331 (destinationsBySourceRegion)' },
  { fact: 'us.anthropic.claude-3-haiku from us-east-2 may route to us-east-1, us-east-2 and us-west-2', kind: 'profile', id: 'us.anthropic.claude-3-haiku-20240307-v1:0', geo: 'us', model: 'anthropic.claude-3-haiku-20240307-v1:0', from: 'us-east-2', to: ['us-east-1', 'us-east-2', 'us-west-2'], source: 'inference-profiles.json:6331 (destinationsBySourceRegion)' },
  { fact: 'apac.amazon.nova-lite: callable from six APAC regions; from ap-east-2 it routes to ten', kind: 'profile', id: 'apac.amazon.nova-lite-v1:0', geo: 'apac', model: 'amazon.nova-lite-v1:0', sources: ['ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2'], from: 'ap-east-2', to: ['ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4'], source: 'inference-profiles.json:3' },
  { fact: 'ca.amazon.nova-lite: from ca-central-1 to ca-central-1 and ca-west-1', kind: 'profile', id: 'ca.amazon.nova-lite-v1:0', geo: 'ca', model: 'amazon.nova-lite-v1:0', sources: ['ca-central-1'], from: 'ca-central-1', to: ['ca-central-1', 'ca-west-1'], source: 'inference-profiles.json:1369' },
  { fact: 'in.openai.gpt-5.6-terra: from ap-south-1 to ap-south-1 and ap-south-2', kind: 'profile', id: 'in.openai.gpt-5.6-terra', geo: 'in', model: 'openai.gpt-5.6-terra', sources: ['ap-south-1'], from: 'ap-south-1', to: ['ap-south-1', 'ap-south-2'], source: 'inference-profiles.json:5505' },
  { fact: 'au.anthropic.claude-haiku-4-5: from ap-southeast-2 to ap-southeast-2 and ap-southeast-4', kind: 'profile', id: 'au.anthropic.claude-haiku-4-5-20251001-v1:0', geo: 'au', model: 'anthropic.claude-haiku-4-5-20251001-v1:0', sources: ['ap-southeast-2'], from: 'ap-southeast-2', to: ['ap-southeast-2', 'ap-southeast-4'], source: 'inference-profiles.json:1057' },
  { fact: 'global.cohere.embed-v4: callable from 17 polled regions, not from ap-east-2', kind: 'profile', id: 'global.cohere.embed-v4:0', geo: 'global', model: 'cohere.embed-v4:0', sources: ALL_18.filter((region) => region !== 'ap-east-2'), source: 'inference-profiles.json:4743 (sourceRegions)' },
  { fact: 'us.meta.llama3-1-8b from us-west-2 routes to us-east-1, us-east-2 and us-west-2', kind: 'profile', id: 'us.meta.llama3-1-8b-instruct-v1:0', geo: 'us', model: 'meta.llama3-1-8b-instruct-v1:0', from: 'us-west-2', to: ['us-east-1', 'us-east-2', 'us-west-2'], source: 'recorded/us-west-2-20260926-get-inference-profile-models.json:13' },
  { fact: 'us.meta.llama3-2-1b is still listed (and callable from three US regions) after its model was retired', kind: 'profile', id: 'us.meta.llama3-2-1b-instruct-v1:0', geo: 'us', model: 'meta.llama3-2-1b-instruct-v1:0', sources: ['us-east-1', 'us-east-2', 'us-west-2'], source: 'inference-profiles.json:7705 (currentlyListed)' },

  // Regions (regions.json: counts and prefixes observed on 2026-08-22).
  { fact: 'us-east-1 lists 121 models and 71 profiles, of the us and global geographies', kind: 'region', region: 'us-east-1', models: 121, profiles: 71, prefixes: ['global', 'us'], source: 'regions.json:776' },
  { fact: 'sa-east-1 lists 60 models and 16 profiles, all global', kind: 'region', region: 'sa-east-1', models: 60, profiles: 16, prefixes: ['global'], source: 'regions.json:750' },
  { fact: 'ap-southeast-2 lists 68 models and 33 profiles (apac, au, global)', kind: 'region', region: 'ap-southeast-2', models: 68, profiles: 33, prefixes: ['apac', 'au', 'global'], source: 'regions.json:247' },
  { fact: 'ap-northeast-3 lists 19 models and 23 profiles (apac, global, jp)', kind: 'region', region: 'ap-northeast-3', models: 19, profiles: 23, prefixes: ['apac', 'global', 'jp'], source: 'regions.json:125' },
  { fact: 'eu-west-1 lists 62 models and 41 profiles (eu, global)', kind: 'region', region: 'eu-west-1', models: 62, profiles: 41, prefixes: ['eu', 'global'], source: 'regions.json:580' },
  { fact: 'af-south-1 was not polled: nothing is said about it', kind: 'not-polled', region: 'af-south-1', source: 'regions.json:16 (observedListFoundationModels false)' },
];

function dayOf(timestamp: string | undefined): string | undefined {
  return timestamp?.slice(0, 10);
}

function check(row: Fact): void {
  switch (row.kind) {
    case 'offered':
      expect(catalog.availability(row.id, row.region).status).toBe('offered');
      return;
    case 'absent':
      expect(catalog.availability(row.id, row.region)).toEqual({ status: 'absent' });
      return;
    case 'regions':
      expect(catalog.regionsOffering(row.id)).toEqual(row.regions);
      for (const region of row.regions) expect(catalog.data.regions[region]?.models).toContain(row.id);
      return;
    case 'inferenceTypes':
      expect(catalog.inferenceTypes(row.id, row.region)).toEqual(row.types);
      return;
    case 'lifecycle': {
      const records = Object.values(catalog.model(row.id)?.regions ?? {}).flatMap((entry) => (entry.lifecycle ? [entry.lifecycle] : []));
      expect(records.length).toBeGreaterThan(0);
      for (const record of records) {
        expect({ status: record.status, legacy: dayOf(record.legacy), extendedAccess: dayOf(record.extendedAccess), endOfLife: dayOf(record.endOfLife) })
          .toEqual({ status: row.status, legacy: row.legacy, extendedAccess: row.extendedAccess, endOfLife: row.endOfLife });
      }
      return;
    }
    case 'stage':
      expect(catalog.lifecycle(row.id, row.region === undefined ? { date: row.date } : { date: row.date, region: row.region })?.stage).toBe(row.stage);
      return;
    case 'retired': {
      const entry = catalog.retired(row.id);
      expect(entry).toBeDefined();
      expect(catalog.model(row.id) ?? catalog.profile(row.id)).toBeUndefined();
      if (row.lastListed === null) expect(entry!.lastSeen).toBeNull();
      else {
        // The catalog replays monthly snapshots, so it saw the ID last on or before the reference's daily polls did,
        // and marks it retired at the first snapshot without it: after the last listing.
        expect(entry!.lastSeen! <= row.lastListed).toBe(true);
        expect(entry!.retired! > row.lastListed).toBe(true);
      }
      expect(dayOf(entry!.lifecycle?.endOfLife)).toBe(row.endOfLife);
      return;
    }
    case 'replacement':
      expect(catalog.replacementFor(row.id)).toBe(row.replacement);
      return;
    case 'profile': {
      const profile = catalog.profile(row.id);
      expect(profile).toMatchObject({ geo: row.geo, models: [row.model] });
      if (row.sources) expect(catalog.regionsOffering(row.id)).toEqual(row.sources);
      if (row.from) expect(profile!.sources[row.from]).toEqual(row.to);
      return;
    }
    case 'region': {
      const entry = catalog.data.regions[row.region]!;
      const prefixes = [...new Set(entry.profiles.map((id) => catalog.profile(id)!.geo))].sort();
      expect({ models: entry.models.length, profiles: entry.profiles.length, prefixes }).toEqual({ models: row.models, profiles: row.profiles, prefixes: row.prefixes });
      return;
    }
    case 'not-polled':
      expect(catalog.knowsRegion(row.region)).toBe(false);
      expect(catalog.availability('anthropic.claude-haiku-4-5-20251001-v1:0', row.region)).toEqual({ status: 'unknown-region' });
      return;
  }
}

describe('the bundled catalog agrees with the reference', () => {
  it('covers at least 30 facts of every kind', () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(new Set(facts.map((row) => row.kind)).size).toBe(11);
  });

  it.each(facts)('$fact ($source)', (row) => check(row));
});

// Where the catalog and a reference file part ways, and why. Each is pinned to the catalog's current answer.
const knownDifferences: Array<Fact & { why: string }> = [
  {
    fact: 'Claude Haiku 4.5 has unknown (null) inference types in us-east-1',
    kind: 'inferenceTypes', id: 'anthropic.claude-haiku-4-5-20251001-v1:0', region: 'us-east-1', types: null,
    source: 'inference-profile-only.json:36 (inferenceTypesObservedIn: ap-south-1)',
    why: 'models.json gives ["INFERENCE_PROFILE"] for the model, but observed in ap-south-1 only (inferenceTypesObservedIn): the aggregated snapshots keep one record per model (reference README, Known limits). The catalog records the other regions as unknown rather than guessing.',
  },
  {
    fact: 'apac.anthropic.claude-3-7-sonnet is callable from ap-south-1 only',
    kind: 'profile', id: 'apac.anthropic.claude-3-7-sonnet-20250219-v1:0', geo: 'apac', model: 'anthropic.claude-3-7-sonnet-20250219-v1:0', sources: ['ap-south-1'],
    source: 'recorded/history/2026-08-22/profiles.json:146 (region: ap-south-1, the only entry)',
    why: 'inference-profiles.json:507 lists six source regions, but that is the union over the history: the recorded snapshots list the profile from all six up to 2026-04-01 and from ap-south-1 only from 2026-05-01 on. The catalog follows the newest recording and logs a regions-removed event on 2026-05-01.',
  },
  {
    fact: 'global profiles route from a source to "*" (every commercial region) and the source itself',
    kind: 'profile', id: 'global.cohere.embed-v4:0', geo: 'global', model: 'cohere.embed-v4:0', from: 'us-west-2', to: ['*', 'us-west-2'],
    source: 'inference-profiles.json:4743 (destinationRegions ALL_SUPPORTED_COMMERCIAL_REGIONS; destinationsBySourceRegion us-west-2: [us-west-2])',
    why: 'The API lists a region-less foundation-model ARN plus the source region\'s ARN; the reference keeps the region-less one apart (destinationRegions), the catalog writes it as "*" beside the source. Same facts, two encodings.',
  },
  {
    fact: 'Claude 3.5 Haiku: last seen 2026-06-01, retired 2026-07-01 in the catalog',
    kind: 'retired', id: 'anthropic.claude-3-5-haiku-20241022-v1:0', lastListed: '2026-06-17', endOfLife: '2026-06-19',
    source: 'models.json:7288 (lastSeen 2026-06-17); lifecycle.json:3202 (eolDate 2026-06-19)',
    why: 'The bundled catalog replays monthly snapshots, so its lastSeen/retired dates are the snapshot dates around the disappearance (2026-06-01, 2026-07-01), not the daily-poll date 2026-06-17 nor the end of life 2026-06-19; the API\'s end-of-life date is kept in retired.lifecycle.endOfLife.',
  },
  {
    fact: 'Cohere Command has no replacement in the catalog',
    kind: 'replacement', id: 'cohere.command-text-v14', replacement: null,
    source: 'lifecycle.json:3761 (recommendedReplacement cohere.command-r-v1:0)',
    why: 'The reference names Command R, which itself reached end of life on 2026-08-19 (lifecycle.json:3246); overrides.json gives a replacement only when it is live in the newest snapshot (data/OVERRIDES.md).',
  },
  {
    fact: 'Claude 3 Haiku stays ACTIVE after 2026-09-10 in the catalog',
    kind: 'stage', id: 'anthropic.claude-3-haiku-20240307-v1:0', date: '2026-09-11', stage: 'ACTIVE',
    source: 'lifecycle.json:1170 (docsModelCardEolDate September 10, 2026; status ACTIVE)',
    why: 'The AWS model card gives an end of life of 2026-09-10, but the API record (from ap-south-1) reports ACTIVE without dates; the catalog keeps the API\'s lifecycle and carries the model-card date only in the model\'s notes. Its :200k variant is LEGACY with that end of life, so other regions\' records probably say LEGACY too: lint rules will not warn about this end of life.',
  },
  {
    fact: 'us-gov. profiles are not in the catalog',
    kind: 'not-polled', region: 'us-gov-west-1',
    source: 'inference-profiles.json:9409 (us-gov.anthropic.claude-3-haiku-20240307-v1:0: third-party mention, regions null)', needle: 'us-gov.anthropic.claude-3-haiku-20240307-v1:0',
    why: 'GovCloud was not polled (reference README, Known limits); the three us-gov. rows are third-party mentions without regions, so the catalog has no data for them and says nothing about us-gov regions.',
  },
];

describe('known differences from the reference, each with its reason', () => {
  it.each(knownDifferences)('$fact', (row) => {
    expect(row.why.length).toBeGreaterThan(40);
    check(row);
    if (row.kind === 'not-polled') expect(catalog.profile('us-gov.anthropic.claude-3-haiku-20240307-v1:0')).toBeUndefined();
  });
});

const referenceDirectory = process.env.BEDROCK_MODELS_REFERENCE ?? fileURLToPath(new URL('../../../../shared/reference/', import.meta.url));

describe.skipIf(!existsSync(referenceDirectory))('citations', () => {
  it('point at lines of the reference files that name the fact', () => {
    const wrong: string[] = [];
    for (const row of [...facts, ...knownDifferences]) {
      for (const citation of row.source.split('; ')) {
        const match = /^([\w./-]+\.json):(\d+)/.exec(citation);
        if (!match) continue;
        const needle = row.needle ?? ('id' in row ? row.id : row.region);
        const line = readFileSync(`${referenceDirectory}/${match[1]}`, 'utf8').split('\n')[Number(match[2]) - 1] ?? '';
        // A second citation in the same row may name a related record; the first must name the fact itself.
        if (citation === row.source.split('; ')[0] && !line.includes(needle)) wrong.push(`${row.fact}: ${citation} is "${line.trim()}"`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
