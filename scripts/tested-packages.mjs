// Which test tiers each workspace package (from pnpm-workspace.yaml) runs, and where each tier's report goes:
// what CI must hear from. A tier is a `test:<tier>` script (see vitest.tiers.ts at the repository root).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TIERS = ['unit', 'integration', 'sweep'];

/** Every `test:<tier>` script of every workspace package: `{ folder, tier, report }`, by folder, then tier. */
export function testedTiers(root) {
  return workspaceManifests(root).flatMap(({ folder, scripts }) =>
    TIERS.filter((tier) => scripts[`test:${tier}`] !== undefined).map((tier) => ({ folder, tier, report: join(folder, '.test-results', `${tier}.json`) })),
  );
}

/** Workspace folders whose package has a plain `test` script: `pnpm test` runs only the tiers, so never it. */
export function untieredFolders(root) {
  return workspaceManifests(root)
    .filter(({ scripts }) => scripts.test !== undefined)
    .map(({ folder }) => folder);
}

function workspaceManifests(root) {
  const workspace = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const patterns = [...workspace.matchAll(/^ {2}- (\S+)$/gm)].map((match) => match[1]);
  return patterns
    .flatMap((pattern) => (pattern.endsWith('/*') ? subfolders(root, pattern.slice(0, -2)) : [pattern]))
    .sort()
    .flatMap((folder) => {
      const manifest = join(root, folder, 'package.json');
      return existsSync(manifest) ? [{ folder, scripts: JSON.parse(readFileSync(manifest, 'utf8')).scripts ?? {} }] : [];
    });
}

function subfolders(root, parent) {
  const path = join(root, parent);
  return existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(parent, entry.name))
    : [];
}
