import { readFileSync } from 'node:fs';
import { getErrorsData, type BedrockCatalog } from '@bedrock-models/catalog';
import { UsageError, type ParsedArgs } from '../args.js';
import { explainError, renderExplanation } from '../explain/explain.js';
import type { Io } from '../io.js';

/**
 * `bedrock-models explain "<error text>" [--json]`: the likely causes of a Bedrock runtime error, how to
 * tell them apart and the rule that catches each. `-` reads the text from stdin; `--list` prints every known
 * message. Exit 1 when no known message matches.
 */
export function explain(args: ParsedArgs, io: Io, catalog: BedrockCatalog): number {
  const json = args.flags.has('json');
  if (args.flags.has('list')) {
    const { errors } = getErrorsData();
    io.stdout.write(json ? `${JSON.stringify(errors, null, 2)}\n` : `${errors.map((error) => `${error.exception ?? 'error'}: ${error.message}`).join('\n')}\n`);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError("'explain' takes the error text (quoted), or - to read it from stdin");
  const text = args.positionals.length === 1 && args.positionals[0] === '-' ? readFileSync(0, 'utf8') : args.positionals.join(' ');
  const explanation = explainError(text.trim(), catalog);
  io.stdout.write(json ? `${JSON.stringify(explanation, null, 2)}\n` : renderExplanation(explanation));
  return explanation.matches.length > 0 ? 0 : 1;
}
