import { extractEnv } from './env.js';
import { extractJson } from './json.js';
import { extractMarkdown } from './markdown.js';
import { extractPython } from './python.js';
import { extractTerraform } from './terraform.js';
import { extractToml } from './toml.js';
import type { Extractor } from './types.js';
import { extractYaml } from './yaml.js';

export type { Candidate, Extraction, Extractor } from './types.js';

/** The file kinds `check` reads, by extension. */
export const EXTRACTORS: Readonly<Record<string, Extractor>> = {
  '.py': extractPython,
  '.json': extractJson,
  '.yaml': extractYaml,
  '.yml': extractYaml,
  '.tf': extractTerraform,
  '.env': extractEnv,
  '.toml': extractToml,
  '.md': extractMarkdown,
};

/**
 * The extractor for a file name: by extension, plus `.env` files with a suffix (`.env.local`, `.env.production`)
 * and `.tfvars`. Null for files `check` does not read.
 */
export function extractorFor(name: string): Extractor | null {
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return extractEnv;
  if (name.endsWith('.tfvars')) return extractTerraform;
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  const extension = name.slice(dot).toLowerCase();
  return Object.hasOwn(EXTRACTORS, extension) ? EXTRACTORS[extension]! : null;
}
