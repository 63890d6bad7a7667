import { CLI_RULES, UNUSED_SUPPRESSION, type CliRule, type ReportedProblem } from './rules.js';

// Inline suppressions: `# bedrock-models: ignore[no-unknown-model-id]` (one or more rule names, comma-
// separated; no brackets: every rule) on the line of a finding or alone on the line above it, in the comment
// syntax of each file kind check reads. Markdown takes `<!-- bedrock-models: ignore -->` (on its own line it
// covers the next line, or the whole fenced code block that opens there) and, inside fenced code blocks,
// `#` and `//` comments. JSON has no comments, so no suppressions. Like ESLint's
// --report-unused-disable-directives, a suppression that suppresses nothing is itself reported.

/** How unused suppressions are reported: not at all, or as findings of this severity. */
export type UnusedSuppressionLevel = 'off' | 'warning' | 'error';

/** One suppression comment. */
export interface Suppression {
  /** 1-based line and column of the comment's opening (`#`, `//`, `<!--`). */
  line: number;
  column: number;
  /** The rules named in brackets, as written; null: every rule. */
  rules: string[] | null;
  /** The lines whose findings it suppresses. */
  lines: ReadonlySet<number>;
  /** The directive as written, for messages: `bedrock-models: ignore[no-unknown-model-id]`. */
  text: string;
}

type CommentStyle = 'hash' | 'terraform' | 'markdown' | null;

const DIRECTIVE = /^bedrock-models:\s*ignore(?:\[([^\]]*)\])?(?=\s|$|-->)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

// `.py`, YAML, TOML, `.env` and shell use `#`; Terraform `#` and `//`; Markdown `<!-- -->`; JSON nothing.
function styleFor(fileName: string): CommentStyle {
  const name = fileName.slice(fileName.lastIndexOf('/') + 1).toLowerCase();
  if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env')) return 'hash';
  const extension = name.slice(name.lastIndexOf('.'));
  if (['.py', '.yaml', '.yml', '.toml', '.sh', '.bash'].includes(extension)) return 'hash';
  if (extension === '.tf' || extension === '.tfvars') return 'terraform';
  if (extension === '.md') return 'markdown';
  return null;
}

/** Every suppression comment in a file's text, by the comment syntax of its file name. */
export function findSuppressions(text: string, fileName: string): Suppression[] {
  const style = styleFor(fileName);
  if (style === null || !text.includes('bedrock-models:')) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const found: Suppression[] = [];
  let fence: string | null = null;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (style === 'markdown') {
      const marker = FENCE.exec(line)?.[1];
      if (fence === null ? marker !== undefined : closesFence(line, fence)) {
        fence = fence === null ? marker! : null;
        return;
      }
      if (fence === null) {
        const directive = htmlDirective(line);
        if (directive) found.push(place(directive, number, coveredAfterHtml(lines, index, directive.alone)));
        return;
      }
    }
    const directive = codeDirective(line, style === 'terraform' || style === 'markdown', style === 'hash' && /\.ya?ml$/i.test(fileName));
    if (directive) found.push(place(directive, number, directive.alone ? [number, number + 1] : [number]));
  });
  return found;
}

interface Directive {
  column: number;
  rules: string[] | null;
  text: string;
  /** Whether the comment stands alone on its line (then it also covers the next line). */
  alone: boolean;
}

function place(directive: Directive, line: number, covered: readonly number[]): Suppression {
  return { line, column: directive.column, rules: directive.rules, lines: new Set(covered), text: directive.text };
}

// A directive in the comment that starts at `body` (the text after the comment opener).
function parseDirective(body: string, column: number, alone: boolean): Directive | null {
  const trimmed = body.replace(/^\s+/, '');
  const match = DIRECTIVE.exec(trimmed);
  if (!match) return null;
  const rules =
    match[1] === undefined
      ? null
      : match[1]
          .split(',')
          .map((rule) => rule.trim())
          .filter((rule) => rule !== '');
  return { column, rules, text: match[0], alone };
}

/**
 * The directive in a `#` (or, with `slashes`, also `//`) comment of one line of code. A comment marker inside
 * a string does not count: quotes are tracked from the start of the line. In YAML a quote only opens a
 * string at the start of a scalar (`it's` in a plain scalar is an apostrophe), and `#` needs a space before it.
 */
function codeDirective(line: string, slashes: boolean, yaml: boolean): Directive | null {
  let quote: string | null = null;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote !== null) {
      if (char === '\\' && quote === '"') index++;
      else if (char === quote) quote = null;
      continue;
    }
    if (char === '"' || char === "'") {
      if (!yaml || /(?:^|[\s:,[{-])$/.test(line.slice(0, index))) quote = char;
      continue;
    }
    const atStart = index === 0 || /\s/.test(line[index - 1]!);
    let opener = 0;
    if (char === '#' && (atStart || !yaml)) opener = 1;
    else if (slashes && char === '/' && line[index + 1] === '/') opener = 2;
    if (opener === 0) continue;
    return parseDirective(line.slice(index + opener), index + 1, line.slice(0, index).trim() === '');
  }
  return null;
}

// `<!-- bedrock-models: ignore… -->` anywhere on a Markdown line outside fenced code.
function htmlDirective(line: string): Directive | null {
  for (let at = line.indexOf('<!--'); at >= 0; at = line.indexOf('<!--', at + 4)) {
    const end = line.indexOf('-->', at + 4);
    const directive = parseDirective(
      line.slice(at + 4, end < 0 ? undefined : end),
      at + 1,
      line.slice(0, at).trim() === '' && (end < 0 || line.slice(end + 3).trim() === ''),
    );
    if (directive) return directive;
  }
  return null;
}

// An HTML directive alone on its line covers the next line; when that line opens a fenced code block, the block.
function coveredAfterHtml(lines: readonly string[], index: number, alone: boolean): number[] {
  const own = index + 1;
  if (!alone) return [own];
  const next = lines[index + 1];
  const marker = next === undefined ? undefined : FENCE.exec(next)?.[1];
  if (!marker) return [own, own + 1];
  const covered = [own, own + 1];
  for (let at = index + 2; at < lines.length; at++) {
    covered.push(at + 1);
    if (closesFence(lines[at]!, marker)) break;
  }
  return covered;
}

/** Whether a suppression of `text` covers findings of `rule` on `line` (for listings that are not findings, such as `upcoming`). */
export function suppresses(suppressions: readonly Suppression[], line: number, rule: CliRule): boolean {
  return suppressions.some((suppression) => suppression.lines.has(line) && (suppression.rules === null || suppression.rules.includes(rule)));
}

// A closing fence: the opening fence's character, at least as many times, and nothing else.
function closesFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.length >= fence.length && [...trimmed].every((char) => char === fence[0]);
}

/**
 * Removes the findings a file's suppression comments cover, and adds one `unused-suppression` finding per
 * suppression (or named rule) that covered nothing, or that names no rule of bedrock-models, unless `unused`
 * is `off`. Unused-suppression findings cannot be suppressed themselves. Returns the findings in position order.
 */
export function applySuppressions(text: string, fileName: string, problems: readonly ReportedProblem[], unused: UnusedSuppressionLevel): ReportedProblem[] {
  const suppressions = findSuppressions(text, fileName);
  if (suppressions.length === 0) return [...problems];
  const used = suppressions.map(() => new Set<string>());
  const kept = problems.filter((problem) => {
    let suppressed = false;
    suppressions.forEach((suppression, index) => {
      if (!suppression.lines.has(problem.line)) return;
      if (suppression.rules !== null && !suppression.rules.includes(problem.rule)) return;
      used[index]!.add(problem.rule);
      suppressed = true;
    });
    return !suppressed;
  });
  if (unused === 'off') return kept;
  const reports: ReportedProblem[] = [];
  suppressions.forEach((suppression, index) => {
    const where = [...suppression.lines].length > 1 ? `line ${suppression.line} or ${suppression.line + 1}` : `line ${suppression.line}`;
    const report = (messageId: string, message: string): void =>
      void reports.push({
        line: suppression.line,
        column: suppression.column,
        rule: UNUSED_SUPPRESSION,
        severity: unused,
        messageId,
        message,
        id: suppression.text,
        regions: [],
        suggestions: [],
      });
    if (suppression.rules === null) {
      if (used[index]!.size === 0) report('unusedSuppression', `Unused suppression '${suppression.text}': bedrock-models reports nothing on ${where}.`);
      return;
    }
    if (suppression.rules.length === 0) report('unusedSuppression', `Unused suppression '${suppression.text}': it names no rule.`);
    for (const rule of suppression.rules) {
      if (!(CLI_RULES as readonly string[]).includes(rule) || rule === UNUSED_SUPPRESSION) {
        report(
          'unknownRule',
          `'${rule}' in '${suppression.text}' is not a rule bedrock-models reports; its rules are ${CLI_RULES.filter((name) => name !== UNUSED_SUPPRESSION).join(', ')}.`,
        );
      } else if (!used[index]!.has(rule as CliRule)) {
        report('unusedRuleSuppression', `Unused suppression of '${rule}': it reports nothing on ${where}.`);
      }
    }
  });
  return [...kept, ...reports].sort((a, b) => a.line - b.line || a.column - b.column);
}
