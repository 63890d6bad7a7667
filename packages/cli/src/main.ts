import { createRequire } from 'node:module';
import { parseArgs, UsageError, type OptionKind } from './args.js';
import { check } from './commands/check.js';
import { list } from './commands/list.js';
import { lookup } from './commands/lookup.js';
import { regions } from './commands/regions.js';
import type { Io } from './io.js';
import { loadCatalog } from './load-catalog.js';
import { palette, useColour } from './terminal/colour.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const COMMON: Readonly<Record<string, OptionKind>> = { catalog: 'value', color: 'flag', 'no-color': 'flag', help: 'flag' };
const COMMANDS = {
  check: { ...COMMON, region: 'list', format: 'value', allow: 'list', today: 'value', 'max-file-size': 'value' },
  lookup: { ...COMMON, json: 'flag' },
  regions: { ...COMMON },
  list: { ...COMMON, region: 'list', provider: 'value', status: 'value', json: 'flag' },
} as const satisfies Record<string, Readonly<Record<string, OptionKind>>>;

export const USAGE = `Usage: bedrock-models <command> [options]

Commands:
  check [paths…]     Check the Bedrock model IDs in .py .json .yaml .yml .tf .env .toml and .md files
                     (code blocks): unknown, deprecated and region-unavailable IDs, and models that need
                     an inference profile. Exit 1 when an error is found.
      --region <r>       where the code runs when a file does not say (repeatable, or a,b)
      --format <f>       stylish (default), json or sarif
      --allow <id>       accept an ID the catalog does not list yet (repeatable)
      --today <date>     judge lifecycle at YYYY-MM-DD (default: the catalog's date)
      --max-file-size <bytes>  skip larger files with a note (default 1048576)
  lookup <id|arn>    Everything the catalog knows about a model, profile or ARN (--json for scripts).
                     Exit 1 for an unknown ID, with the closest IDs.
  regions <id>       Where a model or profile can be called, and how.
  list               The catalog's models: --region <r>, --provider <p>,
                     --status active|legacy|past-end-of-life|retired, --json.

Options for every command:
  --catalog <file>   judge by this catalog JSON instead of the bundled @bedrock-models/catalog
  --color, --no-color  force colour on or off (default: on for a terminal, off with NO_COLOR)
  --help, --version

Exit codes: 0 done, 1 a finding of error severity (check) or an unknown ID (lookup, regions), 2 bad usage.
`;

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export function main(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? io.stderr : io.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  try {
    if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command '${command}'`);
    const name = command as keyof typeof COMMANDS;
    const args = parseArgs(rest.map((arg) => (arg === '-h' ? '--help' : arg)), COMMANDS[name]);
    if (args.flags.has('help')) {
      io.stdout.write(USAGE);
      return 0;
    }
    const flag = args.flags.has('no-color') ? false : args.flags.has('color') ? true : null;
    const paint = palette(useColour({ isTTY: io.stdout.isTTY === true, env: io.env, flag }));
    const catalog = loadCatalog(args.values.get('catalog'), io.cwd);
    switch (name) {
      case 'check':
        return check(args, io, catalog, paint, version);
      case 'lookup':
        return lookup(args, io, catalog, paint);
      case 'regions':
        return regions(args, io, catalog, paint);
      case 'list':
        return list(args, io, catalog, paint);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`bedrock-models: ${error.message}\nRun 'bedrock-models --help' for usage.\n`);
    return 2;
  }
}
