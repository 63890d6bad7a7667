// Reads `<fixturesDir>/<region>/*.json` once per file and keeps the parsed bodies.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  FOUNDATION_MODELS_FILE,
  INFERENCE_PROFILES_FILE,
  type ListFoundationModelsBody,
  type ListInferenceProfilesBody,
} from '../fixtures/wire.ts';
import { unknownRegion } from './errors.ts';

export class FixtureStore {
  private readonly cache = new Map<string, unknown>();

  constructor(readonly dir: string) {}

  foundationModels(region: string): ListFoundationModelsBody {
    return this.read<ListFoundationModelsBody>(region, FOUNDATION_MODELS_FILE);
  }

  inferenceProfiles(region: string): ListInferenceProfilesBody {
    return this.read<ListInferenceProfilesBody>(region, INFERENCE_PROFILES_FILE);
  }

  private read<T>(region: string, file: string): T {
    const path = join(this.dir, region, file);
    let body = this.cache.get(path);
    if (body === undefined) {
      if (!existsSync(join(this.dir, region))) throw unknownRegion(region, this.dir);
      // A region folder without the file is a broken fixture tree: a plain Error becomes a 500 naming the path.
      body = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      this.cache.set(path, body);
    }
    return body as T;
  }
}
