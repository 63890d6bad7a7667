// Starts the local Bedrock test server from a shell and keeps it running until Ctrl-C. See README.md.
// Usage: tsx bedrock-test-server/cli.ts [--date YYYY-MM-DD | --fixtures DIR] [--port N] [--latency MS]
//        [--page-size N] [--fault KIND[:REGION[:OPERATION]]]...
import { parseArgs } from 'node:util';
import { fixtureDir, snapshotDates } from '../fixtures/paths.ts';
import { startBedrockTestServer, type FaultKind, type FaultRule, type Operation } from './server.ts';

/** `throttle`, `throttle:us-east-1`, `hang:eu-west-1:ListInferenceProfiles`; an empty region means every region. */
function parseFault(text: string): FaultRule {
  const [fault, region, operation] = text.split(':');
  return {
    fault: fault as FaultKind,
    ...(region ? { region } : {}),
    ...(operation ? { operation: operation as Operation } : {}),
  };
}

const number = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number, got ${value}`);
  return Number(value);
};

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      date: { type: 'string' },
      fixtures: { type: 'string' },
      port: { type: 'string' },
      latency: { type: 'string' },
      'page-size': { type: 'string' },
      fault: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const fixturesDir = values.fixtures ?? fixtureDir(values.date ?? snapshotDates().at(-1)!);
  const server = await startBedrockTestServer({
    fixturesDir,
    faults: (values.fault ?? []).map(parseFault),
    latencyMs: number(values.latency, 'latency'),
    defaultPageSize: number(values['page-size'], 'page-size'),
    port: number(values.port, 'port'),
  });
  // The first line is the URL alone, so a script can read it.
  process.stdout.write(`${server.url}\n`);
  process.stderr.write(`bedrock-test-server: answering from ${fixturesDir}; Ctrl-C stops it\n`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bedrock-test-server: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
