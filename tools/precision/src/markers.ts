import { existsSync, readFileSync } from 'node:fs';

/** The two tools the corpus is run through. */
export type Tool = 'plugin' | 'cli';

/** What one marked line must produce: the rule of each finding on it, sorted (empty: nothing). */
export interface LineExpectation {
  line: number;
  expected: string[];
  /**
   * A shape a tool does not get right yet, written down with what that tool reports today: the test holds the tool
   * to it (so a fix shows up as a failing test to update), and the measurement counts it against `expected`.
   */
  gap: { tool: Tool; actual: string[] } | null;
}

// `// expect: no-unknown-model-id`, `# expect: none`, `<!-- expect: none -->`, `expect: none gap cli: no-unknown-model-id`.
const MARKER = /expect:\s*([a-z, -]+?)(?:\s+gap (plugin|cli):\s*([a-z, -]+?))?\s*(?:-->|\*\/\}?)?\s*$/;
const RULE_LIST = /^(?:none|[a-z-]+(?:\s*,\s*[a-z-]+)*)$/;

/** The marked lines of a file: trailing markers in its own comments, or for JSON (which has none) its `.expect` sidecar. */
export function readExpectations(file: string, text: string): LineExpectation[] {
  if (file.endsWith('.json')) {
    const sidecar = `${file}.expect`;
    if (!existsSync(sidecar)) throw new Error(`${file}: a JSON corpus file needs its sidecar ${sidecar}`);
    return readFileSync(sidecar, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const match = /^(\d+):\s*(.*)$/.exec(line);
        if (!match) throw new Error(`${sidecar}: '${line}' is not '<line>: <rules or none>'`);
        return parseMarker(sidecar, Number(match[1]), `expect: ${match[2]!}`)!;
      });
  }
  const expectations: LineExpectation[] = [];
  text.split('\n').forEach((line, index) => {
    const parsed = parseMarker(file, index + 1, line);
    if (parsed) expectations.push(parsed);
  });
  return expectations;
}

function parseMarker(file: string, line: number, text: string): LineExpectation | null {
  const at = text.lastIndexOf('expect:');
  if (at < 0) return null;
  const match = MARKER.exec(text.slice(at));
  if (!match) throw new Error(`${file}:${line}: malformed marker '${text.slice(at)}'`);
  return { line, expected: rules(file, line, match[1]!), gap: match[2] ? { tool: match[2] as Tool, actual: rules(file, line, match[3]!) } : null };
}

function rules(file: string, line: number, list: string): string[] {
  const text = list.trim();
  if (!RULE_LIST.test(text)) throw new Error(`${file}:${line}: '${text}' is neither 'none' nor a list of rule names`);
  return text === 'none'
    ? []
    : text
        .split(',')
        .map((rule) => rule.trim())
        .sort();
}
