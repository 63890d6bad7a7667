/** One pattern of a `.gitignore` file, compiled. */
interface Rule {
  regex: RegExp;
  negated: boolean;
  directoryOnly: boolean;
}

/**
 * The patterns of one `.gitignore` file, for paths relative to the folder that holds it. Follows
 * gitignore(5): blank lines and `#` comments skipped, `\#` and `\!` escapes, trailing spaces trimmed, `!`
 * negation, a trailing `/` for folders only, a leading or inner `/` anchoring to the folder, `*`, `?`,
 * `[…]` classes and `**` (leading, trailing, inner).
 */
export class GitignoreFile {
  private readonly rules: Rule[];

  constructor(source: string) {
    this.rules = source
      .split('\n')
      .map((line) => compile(line))
      .filter((rule): rule is Rule => rule !== null);
  }

  /** true: ignored, false: re-included by a negation, null: no pattern matches. The last matching pattern wins. */
  match(relativePath: string, isDirectory: boolean): boolean | null {
    for (let index = this.rules.length - 1; index >= 0; index--) {
      const rule = this.rules[index]!;
      if (rule.directoryOnly && !isDirectory) continue;
      if (rule.regex.test(relativePath)) return !rule.negated;
    }
    return null;
  }
}

function compile(rawLine: string): Rule | null {
  let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
  // Trailing spaces are ignored unless escaped.
  line = line.replace(/(?<!\\)\s+$/, '');
  if (line === '' || line.startsWith('#')) return null;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith('/')) {
    directoryOnly = true;
    line = line.slice(0, -1);
  }
  if (line === '') return null;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's folder; otherwise it matches at any depth.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = translate(line);
  const prefix = anchored ? '^' : '^(?:.*/)?';
  return { regex: new RegExp(`${prefix}${body}$`), negated, directoryOnly };
}

// The glob as a regular expression over `/`-separated paths.
function translate(glob: string): string {
  let out = '';
  for (let index = 0; index < glob.length; index++) {
    const char = glob[index]!;
    if (char === '*' && glob[index + 1] === '*') {
      const atStart = index === 0 || glob[index - 1] === '/';
      const atEnd = index + 2 === glob.length || glob[index + 2] === '/';
      if (atStart && atEnd) {
        if (index + 2 === glob.length) out += '.*';
        else {
          // `**/` matches zero or more folders.
          out += '(?:.*/)?';
          index++;
        }
        index++;
        continue;
      }
      out += '[^/]*';
      index++;
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const close = glob.indexOf(']', index + 2);
      if (close < 0) {
        out += '\\[';
        continue;
      }
      let set = glob.slice(index + 1, close);
      if (set.startsWith('!') || set.startsWith('^')) set = `^${set.slice(1)}`;
      out += `[${set.replace(/\\/g, '\\\\')}]`;
      index = close;
    } else if (char === '\\' && index + 1 < glob.length) {
      out += escapeRegex(glob[index + 1]!);
      index++;
    } else {
      out += escapeRegex(char);
    }
  }
  return out;
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(char) ? `\\${char}` : char;
}

/** The `.gitignore` files in force in a folder: each with the path of its folder relative to the scan's base. */
export interface IgnoreLayer {
  base: string;
  file: GitignoreFile;
}

/**
 * Whether `path` (relative to the scan's base, `/`-separated) is ignored by the layers in force, outermost
 * first: a deeper `.gitignore` overrides a shallower one, and within a file the last matching pattern wins.
 */
export function isIgnored(layers: readonly IgnoreLayer[], path: string, isDirectory: boolean): boolean {
  for (let index = layers.length - 1; index >= 0; index--) {
    const layer = layers[index]!;
    let relative: string;
    if (layer.base === '') relative = path;
    else if (path.startsWith(`${layer.base}/`)) relative = path.slice(layer.base.length + 1);
    else continue;
    const result = layer.file.match(relative, isDirectory);
    if (result !== null) return result;
  }
  return false;
}
