// Reads `<fixturesDir>/<region>/*.json` once per file and keeps the parsed bodies.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  FOUNDATION_MODELS_FILE,
  INFERENCE_PROFILES_FILE,
  MANTLE_MODELS_FILE,
  type ListFoundationModelsBody,
  type ListInferenceProfilesBody,
  type MantleModelsBody,
} from '../fixtures/wire.ts';
import { mantleNotServed, unrecognizedClient } from './errors.ts';

export class FixtureStore {
  private readonly cache = new Map<string, unknown>();

  /** Throws at once for a folder that does not exist, so a mistyped path fails the test setup, not every request. */
  constructor(readonly dir: string) {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`bedrock-test-server: fixtures folder ${dir} does not exist`);
  }

  foundationModels(region: string): ListFoundationModelsBody {
    return this.read<ListFoundationModelsBody>(region, FOUNDATION_MODELS_FILE);
  }

  inferenceProfiles(region: string): ListInferenceProfilesBody {
    return this.read<ListInferenceProfilesBody>(region, INFERENCE_PROFILES_FILE);
  }

  /** The region's bedrock-mantle `GET /v1/models` body; an error answer where the snapshot has no mantle recording of the region. */
  mantleModels(region: string): MantleModelsBody {
    if (existsSync(join(this.dir, region)) && !existsSync(join(this.dir, region, MANTLE_MODELS_FILE))) {
      throw mantleNotServed(`bedrock-test-server has no bedrock-mantle recording for region ${region} in ${this.dir}`);
    }
    return this.read<MantleModelsBody>(region, MANTLE_MODELS_FILE);
  }

  private read<T>(region: string, file: string): T {
    const path = join(this.dir, region, file);
    let body = this.cache.get(path);
    if (body === undefined) {
      // No recording for the region: answer as AWS does for a region the account cannot use.
      if (!existsSync(join(this.dir, region))) {
        throw unrecognizedClient(`bedrock-test-server has no fixtures for region ${region} in ${this.dir}`);
      }
      // A region folder without the file is a broken fixture tree: a plain Error becomes a 500 naming the path.
      body = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      this.cache.set(path, body);
    }
    return body as T;
  }
}
