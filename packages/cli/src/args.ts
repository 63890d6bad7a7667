/** A command line the user got wrong: reported with the usage, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What an option takes: a flag (`--json`), one value (`--format sarif`), or values that may repeat (`--region a --region b,c`). */
export type OptionKind = 'flag' | 'value' | 'list';

/** Parsed arguments: positionals in order, options by their long name. */
export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
  lists: Map<string, string[]>;
}

/**
 * Parses `argv` against the options a command accepts (`{ json: 'flag', region: 'list' }`). Accepts
 * `--name value`, `--name=value`, `--no-color`-style flags as written, and `--` to end the options.
 * Unknown options and missing values are usage errors.
 */
export function parseArgs(argv: readonly string[], options: Readonly<Record<string, OptionKind>>): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], flags: new Set(), values: new Map(), lists: new Map() };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
      parsed.positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const kind = Object.hasOwn(options, name) ? options[name] : undefined;
    if (kind === undefined) throw new UsageError(`unknown option '--${name}'`);
    if (kind === 'flag') {
      if (equals >= 0) throw new UsageError(`option '--${name}' takes no value`);
      parsed.flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      value = argv[index + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`option '--${name}' needs a value`);
      index++;
    }
    if (value === '') throw new UsageError(`option '--${name}' needs a value`);
    if (kind === 'value') {
      if (parsed.values.has(name)) throw new UsageError(`option '--${name}' is given twice`);
      parsed.values.set(name, value);
    } else {
      const items = value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), ...items]);
    }
  }
  return parsed;
}

/** The value of a `value` option restricted to `choices`, or `fallback` when absent. */
export function choice<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const value = args.values.get(name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`option '--${name}' must be one of ${choices.join(', ')}, not '${value}'`);
  return value as T;
}
