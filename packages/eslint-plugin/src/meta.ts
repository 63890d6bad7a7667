import { createRequire } from 'node:module';
import type { Catalog } from '@bedrock-models/catalog';

const require = createRequire(import.meta.url);

interface PackageJson {
  name: string;
  version: string;
}

/** This package's own package.json: found by name, because the module sits at different depths in src/ and dist/. */
function ownPackage(): PackageJson {
  for (const path of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const pkg = require(path) as PackageJson;
      if (pkg.name === '@bedrock-models/eslint-plugin') return pkg;
    } catch {
      // Not at this depth.
    }
  }
  throw new Error('@bedrock-models/eslint-plugin: cannot find its own package.json');
}

const pkg = ownPackage();
const catalogPackage = require('@bedrock-models/catalog/package.json') as PackageJson;
const judgePackage = require('@bedrock-models/judge/package.json') as PackageJson;

/**
 * The catalog bundled with the installed `@bedrock-models/catalog`, read through its public JSON entry point
 * (`@bedrock-models/catalog/catalog.json`) from this package, so that it resolves the same way in the ES
 * module and CommonJS builds.
 */
export const bundledCatalog = require('@bedrock-models/catalog/catalog.json') as Catalog;

/**
 * `meta.version` of the plugin: its own version, the bundled catalog's version and date, and the judgement's
 * version, such as `1.4.0+catalog.1.12.0.20260822T000000Z.judge.1.3.0`. ESLint's `--cache` treats results as
 * valid while the plugin's name and version stay the same; the catalog and the judgement reach users through `^`
 * ranges without a plugin release, so the version must change whenever either does, or a cache would keep results
 * computed against older data or older judging code. (A custom catalog given in settings is part of the config: an
 * object changes the config hash; a path does not, so delete the cache after editing that file.)
 */
export function pluginVersion(parts: { version: string; catalogVersion: string; generatedAt: string; judgeVersion: string }): string {
  return `${parts.version}+catalog.${parts.catalogVersion}.${parts.generatedAt.replace(/[-:]/g, '')}.judge.${parts.judgeVersion}`;
}

/**
 * The moment the bundled data is current to: its newest observation, or the day its documented facts were last
 * checked when that is later (documented facts change findings without a new observation).
 */
function dataMoment(catalog: Catalog): string {
  const checked = catalog.currentTo === undefined ? null : `${catalog.currentTo}T00:00:00Z`;
  return checked !== null && checked > catalog.generatedAt ? checked : catalog.generatedAt;
}

export const PLUGIN_NAME = pkg.name;
export const PLUGIN_VERSION = pluginVersion({
  version: pkg.version,
  catalogVersion: catalogPackage.version,
  generatedAt: dataMoment(bundledCatalog),
  judgeVersion: judgePackage.version,
});
