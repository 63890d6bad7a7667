import { isRegionCode } from '@bedrock-models/judge';

/** What a region test around a Python line says about where it runs (see the plugin's `region-guard.ts`). */
export type PythonRegionGuard = { kind: 'regions'; regions: string[] } | { kind: 'unknowable' };

const REGION_NAME = /region/i;
const QUOTED = /["']([^"'\n]*)["']/g;
// `if region == "eu-west-1":`, `elif "eu-west-1" == self.region:`, `if region in ("eu-west-1", "eu-central-1"):`
const EXACT_TEST =
  /^(?:el)?if\s+(?:[\w.[\]"'()]*\s*==\s*(["'][a-z0-9-]+["'])|(["'][a-z0-9-]+["'])\s*==\s*[\w.[\]"'()]*|[\w.[\]"'()]*\s+in\s+[([]([^)\]]*)[)\]])\s*:/;
const MAX_LEVELS = 8;

/**
 * The innermost region test guarding a 0-based line of a Python file: an enclosing `if` / `elif` / `else` block
 * (by indentation) whose test reads the region, or a conditional expression on the line itself
 * (`"eu.…" if region.startswith("eu") else "us.…"`). Null when nothing region-shaped guards it.
 */
export function pythonRegionGuard(lines: readonly string[], line: number, column: number): PythonRegionGuard | null {
  return inlineGuard(lines[line] ?? '', column) ?? blockGuard(lines, line);
}

function inlineGuard(text: string, column: number): PythonRegionGuard | null {
  const match = /\sif\s(.+?)\selse\s/.exec(text);
  if (!match || !readsRegion(match[1]!)) return null;
  const testStart = match.index;
  // The value before `if` is the branch taken when the test holds.
  if (column - 1 < testStart) {
    const exact = exactRegions(`if ${match[1]!.trim()}:`);
    return exact ? { kind: 'regions', regions: exact } : { kind: 'unknowable' };
  }
  return { kind: 'unknowable' };
}

function blockGuard(lines: readonly string[], line: number): PythonRegionGuard | null {
  let indent = indentOf(lines[line] ?? '');
  let levels = 0;
  for (let index = line - 1; index >= 0 && indent > 0 && levels < MAX_LEVELS; index--) {
    const text = lines[index]!;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    const own = indentOf(text);
    if (own >= indent) continue;
    indent = own;
    levels++;
    const statement = text.trim();
    if (/^(?:el)?if\s/.test(statement)) {
      if (!readsRegion(statement)) continue;
      const exact = exactRegions(statement);
      return exact ? { kind: 'regions', regions: exact } : { kind: 'unknowable' };
    }
    if (/^else\s*:/.test(statement)) {
      if (chainReadsRegion(lines, index, own)) return { kind: 'unknowable' };
      continue;
    }
    if (/^(?:match|case)\s/.test(statement) && readsRegion(statement)) return { kind: 'unknowable' };
  }
  return null;
}

// Whether the `if` / `elif` chain an `else:` at `line` closes tests the region.
function chainReadsRegion(lines: readonly string[], line: number, indent: number): boolean {
  for (let index = line - 1; index >= 0; index--) {
    const text = lines[index]!;
    if (text.trim() === '' || indentOf(text) > indent) continue;
    if (indentOf(text) < indent) return false;
    const statement = text.trim();
    if (/^(?:el)?if\s/.test(statement) && readsRegion(statement)) return true;
    if (/^if\s/.test(statement)) return false;
  }
  return false;
}

function exactRegions(statement: string): string[] | null {
  const match = EXACT_TEST.exec(statement);
  if (!match) return null;
  const listed = match[3] === undefined ? [match[1] ?? match[2]!] : [...match[3].matchAll(QUOTED)].map((item) => item[0]);
  const regions = listed.map((item) => item.replace(/^["']|["']$/g, ''));
  return regions.length > 0 && regions.every((region) => isRegionCode(region)) ? [...new Set(regions)].sort() : null;
}

function readsRegion(text: string): boolean {
  if (REGION_NAME.test(text)) return true;
  return [...text.matchAll(QUOTED)].some((item) => isRegionCode(item[1]!));
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}
