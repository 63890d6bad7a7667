import { createRequire } from 'node:module';
import { parseArgs, UsageError, type OptionKind } from './args.js';
import { check } from './commands/check.js';
import { explain } from './commands/explain.js';
import { list } from './commands/list.js';
import { lookup } from './commands/lookup.js';
import { regions } from './commands/regions.js';
import { upcoming } from './commands/upcoming.js';
import type { Io } from './io.js';
import { loadCatalog } from './load-catalog.js';
import { serveStdio } from './mcp/stdio.js';
import { palette, useColour } from './terminal/colour.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const COMMON: Readonly<Record<string, OptionKind>> = { catalog: 'value', color: 'flag', 'no-color': 'flag', help: 'flag' };
const COMMANDS = {
  check: {
    ...COMMON,
    region: 'list',
    format: 'value',
    allow: 'list',
    today: 'value',
    'max-file-size': 'value',
    'end-of-life-within': 'value',
    'report-unused-suppressions': 'value',
    capabilities: 'value',
    'application-profile': 'list',
  },
  upcoming: { ...COMMON, region: 'list', format: 'value', today: 'value', days: 'value', 'application-profile': 'list' },
  lookup: { ...COMMON, json: 'flag', 'application-profile': 'list' },
  regions: { ...COMMON },
  list: { ...COMMON, region: 'list', provider: 'value', status: 'value', json: 'flag' },
  explain: { ...COMMON, json: 'flag', list: 'flag' },
  mcp: { ...COMMON },
} as const satisfies Record<string, Readonly<Record<string, OptionKind>>>;

export const USAGE = `Usage: bedrock-models <command> [options]

Commands:
  check [paths…]     Check the Bedrock model IDs in .py .json .yaml .yml .tf .env .toml and .md files
                     (code blocks): unknown, deprecated and region-unavailable IDs, and models that need
                     an inference profile. Exit 1 when an error is found.
      --region <r>       where the code runs when a file does not say (repeatable, or a,b)
      --format <f>       stylish (default), json, sarif or github (workflow annotations)
      --allow <id>       accept an ID the catalog does not list yet (repeatable)
      --today <date>     judge lifecycle at YYYY-MM-DD (default: the catalog's date)
      --capabilities <file>  judge requests by this capabilities JSON instead of the bundled one
      --application-profile <arn>=<id>  judge calls through an application inference profile as calls
                         to the model or profile ID it copies from (repeatable)
      --end-of-life-within <days>  also warn about models whose end of life is that close
      --report-unused-suppressions off|warn|error  (default warn)
      --max-file-size <bytes>  skip larger files with a note (default 1048576)
                     Suppress a finding with '# bedrock-models: ignore[rule,…]' on its line or the
                     line above ('<!-- bedrock-models: ignore -->' in Markdown, '//' in Terraform).
  upcoming [paths…]  Every model ID in the code that becomes legacy, enters extended access or reaches
                     its end of life within --days <n> (default 90) of the catalog's date or --today,
                     earliest first, with the replacement. Exit 1 when there is any.
      --format <f>       stylish (default), json, github or sarif;  --region <r>, --application-profile
                         <arn>=<id> as for check
  lookup <id|arn>    Everything the catalog knows about a model, profile or ARN (--json for scripts).
                     Exit 1 for an unknown ID, with the closest IDs. --application-profile <arn>=<id>
                     as for check: a mapped application inference profile is looked up as its model.
  regions [id]       Where a model or profile can be called, and how; with no ID, every region: when its
                     answers last changed and when the sync last checked it.
  list               The catalog's models: --region <r>, --provider <p>,
                     --status active|legacy|past-end-of-life|retired, --json.
  explain "<error>"  The likely causes of a Bedrock runtime error message, how to tell them apart and
                     the rule that catches each (- reads stdin; --json; --list: every known message).
                     Exit 1 when no known message matches.
  mcp                A Model Context Protocol server on stdio (tools: lookup, list_models,
                     resolve_for_region, check_code, explain_error), offline.

Options for every command:
  --catalog <file>   judge by this catalog JSON instead of the bundled @bedrock-models/catalog
  --color, --no-color  force colour on or off (default: on for a terminal, off with NO_COLOR)
  --help, --version

Exit codes: 0 done, 1 a finding of error severity (check), an upcoming date (upcoming), an unknown ID
(lookup, regions) or an unknown message (explain), 2 bad usage.
`;

/**
 * Runs the command line `argv` (without `node` and the script) and returns the exit code; for `mcp`, a
 * promise of it, settled when the client closes stdin.
 */
export function main(argv: readonly string[], io: Io): number | Promise<number> {
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
    const args = parseArgs(
      rest.map((arg) => (arg === '-h' ? '--help' : arg)),
      COMMANDS[name],
    );
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
      case 'upcoming':
        return upcoming(args, io, catalog, paint, version);
      case 'explain':
        return explain(args, io, catalog);
      case 'mcp':
        if (args.positionals.length > 0) throw new UsageError("'mcp' takes no arguments");
        return serveStdio(catalog, version, { stdin: io.stdin ?? process.stdin, stdout: io.stdout, stderr: io.stderr });
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`bedrock-models: ${error.message}\nRun 'bedrock-models --help' for usage.\n`);
    return 2;
  }
}
