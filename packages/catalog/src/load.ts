import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from './generated/catalog-types.js';

const PACKAGE_NAME = '@bedrock-models/catalog';
let bundled: Catalog | undefined;

/** The catalog shipped in this package (`@bedrock-models/catalog/catalog.json`), read on first use. */
export function getBundledCatalogData(): Catalog {
  bundled ??= readPackageJson(bundledCatalogFile()) as Catalog;
  return bundled;
}

/** Whether `data` is the object {@link getBundledCatalogData} returned (never reads the file). */
export function isBundledCatalogData(data: unknown): boolean {
  return bundled !== undefined && data === bundled;
}

// The published package carries the catalog as compact JSON in dist/ (the build writes it from the
// pretty-printed data/catalog.json, which is not published); code running from src/ reads the source file.
function bundledCatalogFile(): string {
  return bundledDataFile('catalog.json');
}

/** The package-relative path of a data file the build copies to dist/ (`catalog.json`, `capabilities.json`). */
export function bundledDataFile(name: string): string {
  const self = fileURLToPath(import.meta.url);
  return relative(join(packageRoot(), 'src'), self).startsWith('..') ? `dist/${name}` : `data/${name}`;
}

/** The catalog JSON Schema shipped in this package. */
export function getCatalogSchema(): Record<string, unknown> {
  return readPackageJson('catalog.schema.json') as Record<string, unknown>;
}

/** Parses a JSON file of this package, by its package-relative path. */
export function readPackageJson(file: string): unknown {
  return JSON.parse(readFileSync(join(packageRoot(), file), 'utf8'));
}

// The code runs from src/, dist/esm/ or the CommonJS bundle in dist/cjs/ (whose own package.json only marks
// the module type), so the data is found from the package root rather than by a fixed relative path.
let root: string | undefined;
function packageRoot(): string {
  if (root) return root;
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) {
      root = directory;
      return root;
    }
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`${PACKAGE_NAME}: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    directory = parent;
  }
}
