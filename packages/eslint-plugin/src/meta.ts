import { createRequire } from 'node:module';
import { BedrockCatalog, type Catalog, type CatalogChecks } from '@bedrock-models/catalog';

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

/** The sync's check record shipped beside it (`@bedrock-models/catalog/checks.json`): it moves the default date. */
export const bundledChecks = require('@bedrock-models/catalog/checks.json') as CatalogChecks;

/** The bundled catalog's index with its check record: what the rules judge by when settings name no catalog. */
export function bundledIndex(): BedrockCatalog {
  return BedrockCatalog.of(bundledCatalog, bundledChecks);
}

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
 * The moment the bundled data is current to: its newest observation, or the later day its documented facts were
 * last checked or the sync last confirmed every region (documented facts and checks move the default date, and
 * with it the findings, without a new observation).
 */
function dataMoment(catalog: Catalog, index: BedrockCatalog): string {
  const current = `${index.date}T00:00:00Z`;
  return current > catalog.generatedAt ? current : catalog.generatedAt;
}

export const PLUGIN_NAME = pkg.name;
export const PLUGIN_VERSION = pluginVersion({
  version: pkg.version,
  catalogVersion: catalogPackage.version,
  generatedAt: dataMoment(bundledCatalog, bundledIndex()),
  judgeVersion: judgePackage.version,
});
