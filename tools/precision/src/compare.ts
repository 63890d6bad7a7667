import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readExpectations, type LineExpectation, type Tool } from './markers.js';
import { CODE_FILE, CORPUS, type ToolFinding } from './run.js';

/** A corpus file, the tool that reads it, and its marked lines. */
export interface CorpusFile {
  file: string;
  tool: Tool;
  text: string;
  expectations: LineExpectation[];
}

/** How one marked line came out for its tool. */
export interface LineResult {
  file: string;
  line: number;
  tool: Tool;
  expected: string[];
  actual: string[];
  /** What the marker says the tool reports today, where it records a gap. */
  gap: string[] | null;
  findings: ToolFinding[];
}

/** Every corpus file (its sidecars aside), with the tool that reads it: the plugin for JS/TS, the CLI for everything else. */
export function corpusFiles(): CorpusFile[] {
  return walk(CORPUS)
    .filter((path) => !path.endsWith('.expect'))
    .map((path) => {
      const file = relative(CORPUS, path).split('\\').join('/');
      const text = readFileSync(path, 'utf8');
      return { file, tool: CODE_FILE.test(file) ? 'plugin' : 'cli', text, expectations: readExpectations(path, text) } as CorpusFile;
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Lines with findings or marks, for one tool: what was expected there and what came. Unmarked lines expect nothing. */
export function compare(files: readonly CorpusFile[], tool: Tool, findings: readonly ToolFinding[]): LineResult[] {
  const results: LineResult[] = [];
  for (const corpusFile of files.filter((candidate) => candidate.tool === tool)) {
    const byLine = new Map<number, ToolFinding[]>();
    for (const finding of findings.filter((candidate) => candidate.file === corpusFile.file))
      byLine.set(finding.line, [...(byLine.get(finding.line) ?? []), finding]);
    const lines = new Set([...corpusFile.expectations.map((expectation) => expectation.line), ...byLine.keys()]);
    for (const line of [...lines].sort((a, b) => a - b)) {
      const expectation = corpusFile.expectations.find((candidate) => candidate.line === line);
      const found = byLine.get(line) ?? [];
      results.push({
        file: corpusFile.file,
        line,
        tool,
        expected: expectation?.expected ?? [],
        actual: found.map((finding) => finding.rule).sort(),
        gap: expectation?.gap?.tool === tool ? expectation.gap.actual : null,
        findings: found,
      });
    }
  }
  return results;
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}
