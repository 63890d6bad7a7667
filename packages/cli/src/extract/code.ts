import { positions } from './position.js';
import { scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

// Object keys are read (`{ 'eu-west-1': 'eu.anthropic…' }`, `{ modelId: '…' }`) where a key can stand: after `{` or `,`.
const JS_SYNTAX: StringSyntax = {
  quotes: '"\'`',
  escaping: '"\'`',
  interpolating: '`',
  triple: false,
  lineComments: ['//'],
  blockComments: true,
  keyMarks: ':',
  keyAfter: '{,',
};
// `--model-id anthropic.claude-…`, `MODEL_ID=us.amazon.nova-lite-v1:0`, `"modelId": "…"` in shell sessions and prose.
const WORD = /[^\s"'`=,;()[\]{}<>|]+/g;

/** The string literals of JavaScript or TypeScript code (Markdown examples); template literals keep their static parts. */
export function extractJavaScript(text: string): Extraction {
  const at = positions(text);
  // Keys stay candidates too: a lookup table keyed by ID is judged as the plugin judges it.
  const candidates: Candidate[] = scanStrings(text, JS_SYNTAX).map((token) => ({
    value: token.value,
    ...at(token.start),
    ...(token.parts ? { parts: token.parts } : {}),
    ...(token.keys && token.keys.length > 0 ? { keys: token.keys } : {}),
    ...(token.listed ? { listed: true } : {}),
    ...(token.beside ? { beside: token.beside } : {}),
  }));
  return { candidates };
}

/**
 * The words of a shell session or a block in an unknown language: whitespace-separated, unquoted, split at
 * `=`. The shape grammar decides which of them are model references.
 */
export function extractWords(text: string): Extraction {
  const at = positions(text);
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(/[.:]+$/, '');
    if (word.includes('.')) candidates.push({ value: word, ...at(match.index) });
  }
  return { candidates };
}
