import { matchError, nearestErrors, type BedrockCatalog, type ErrorCause, type KnownError } from '@bedrock-models/catalog';
import { findModelId } from '@bedrock-models/judge';
import { unknownAnswer } from '../commands/describe.js';
import { RULES } from '../scan/judge.js';

/** A cause as explained: the data's, plus whether the rule that catches it ships yet. */
export interface ExplainedCause extends ErrorCause {
  /** Whether `rule` is one bedrock-models reports today (false for the request rules still to come, and for null). */
  ruleAvailable: boolean;
}

/** One known error the text matched. */
export interface ExplainedError {
  id: string;
  exception: string | null;
  httpStatus: number | null;
  message: string;
  causes: ExplainedCause[];
  sources: KnownError['sources'];
}

/** What the catalog says about a model ID quoted in the message. */
export interface QuotedModel {
  id: string;
  known: boolean;
  /** The catalog's words: the kind and lifecycle stage, or why it is unknown. */
  summary: string;
}

/** The answer to "what does this error mean?". */
export interface Explanation {
  input: string;
  /** Best first; empty when no known message matches. */
  matches: ExplainedError[];
  /** For no match: the known messages closest to the text. */
  nearest: Array<Pick<KnownError, 'id' | 'message'>>;
  /** Model IDs found in the text, judged by the catalog. */
  models: QuotedModel[];
}

/** Explains a runtime error text from the catalog's error data, and looks up the model IDs it quotes. */
export function explainError(text: string, catalog: BedrockCatalog): Explanation {
  const matches = matchError(text).map(({ error, causes }) => ({
    id: error.id,
    exception: error.exception,
    httpStatus: error.httpStatus,
    message: error.message,
    causes: causes.map((cause) => ({ ...cause, ruleAvailable: cause.rule !== null && (RULES as readonly string[]).includes(cause.rule) })),
    sources: error.sources,
  }));
  const nearest = matches.length > 0 ? [] : nearestErrors(text).map(({ id, message }) => ({ id, message }));
  return { input: text, matches, nearest, models: quotedModels(text, catalog) };
}

// Model IDs, profile IDs and ARNs in the text, by the shape grammar, in order, once each.
function quotedModels(text: string, catalog: BedrockCatalog): QuotedModel[] {
  const seen = new Set<string>();
  const models: QuotedModel[] = [];
  for (const token of text.split(/[\s"'`‘’“”[\](){},]+/)) {
    const value = token.replace(/[.;]+$/, '');
    const match = value === '' ? null : findModelId(value, catalog);
    if (!match || seen.has(match.id)) continue;
    seen.add(match.id);
    const resolution = catalog.resolve(match.id);
    if (!resolution || resolution.kind === 'unknown') {
      models.push({ id: match.id, known: false, summary: unknownAnswer(catalog, match.id, resolution).message });
    } else if (resolution.kind === 'opaque') {
      models.push({ id: match.id, known: true, summary: `an account-owned ${resolution.arn.resourceType} ARN (opaque to the catalog)` });
    } else {
      const stage = catalog.lifecycle(resolution.id)?.stage ?? 'unknown lifecycle';
      const replacement = catalog.replacementFor(resolution.id);
      models.push({
        id: match.id,
        known: true,
        summary: `a ${resolution.kind} the catalog of ${catalog.date} knows (${stage})${replacement ? `; replacement '${replacement}'` : ''}`,
      });
    }
  }
  return models;
}

/** The explanation as text for a terminal. */
export function renderExplanation(explanation: Explanation): string {
  const lines: string[] = [];
  const [best, ...others] = explanation.matches;
  if (!best) {
    lines.push('No known Bedrock error message matches this text.');
    if (explanation.nearest.length > 0) lines.push('', 'Closest known messages:', ...explanation.nearest.map((error) => `  ${error.message}`));
    lines.push('', "Run 'bedrock-models explain --list' for every message bedrock-models knows.");
  } else {
    lines.push(
      `${[best.exception, best.httpStatus === null ? null : `HTTP ${best.httpStatus}`].filter(Boolean).join(', ') || 'Bedrock error'}: ${best.message}`,
      '',
      'Likely causes, most likely first:',
    );
    best.causes.forEach((cause, index) => {
      const rule =
        cause.rule === null ? 'no static check (it depends on the account)' : cause.ruleAvailable ? cause.rule : `${cause.rule} (a rule not released yet)`;
      lines.push(`  ${index + 1}. ${cause.cause}`, `     How to tell: ${cause.tell}`, `     Caught by: ${rule}`);
    });
    lines.push('', 'Reported in:', ...best.sources.map((source) => `  ${source.url} (${source.date})`));
    if (others.length > 0) lines.push('', 'The text also matches:', ...others.map((error) => `  ${error.message}`));
  }
  if (explanation.models.length > 0) lines.push('', 'Model IDs in the message:', ...explanation.models.map((model) => `  ${model.id}: ${model.summary}`));
  return `${lines.join('\n')}\n`;
}
