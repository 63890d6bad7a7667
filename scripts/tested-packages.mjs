// The workspace folders (from pnpm-workspace.yaml) whose package has a test script: what CI must hear from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders relative to `root`, sorted; `packages/*` patterns expand to their subfolders. */
export function testedPackageFolders(root) {
  const workspace = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
  const patterns = [...workspace.matchAll(/^ {2}- (\S+)$/gm)].map((match) => match[1]);
  return patterns
    .flatMap((pattern) => (pattern.endsWith('/*') ? subfolders(root, pattern.slice(0, -2)) : [pattern]))
    .filter((folder) => {
      const manifest = join(root, folder, 'package.json');
      return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test !== undefined;
    })
    .sort();
}

function subfolders(root, parent) {
  const path = join(root, parent);
  return existsSync(path) ? readdirSync(path, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(parent, entry.name)) : [];
}
