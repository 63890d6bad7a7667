import { positions } from './position.js';
import { scanStrings, type StringSyntax } from './strings.js';
import type { Candidate, Extraction } from './types.js';

// JSON, with the comments JSONC files (tsconfig.json, VS Code settings) allow.
const JSON_SYNTAX: StringSyntax = { quotes: '"', escaping: '"', interpolating: '', triple: false, lineComments: ['//'], blockComments: true, keyMarks: ':' };

/** The string values of a JSON file (keys are names, not values); CloudFormation's `Fn::Sub` `${…}` marks a template. */
export function extractJson(text: string): Extraction {
  const at = positions(text);
  const candidates: Candidate[] = [];
  for (const token of scanStrings(text, JSON_SYNTAX)) {
    if (token.key) continue;
    candidates.push({
      value: token.value,
      ...at(token.start),
      ...(token.keys ? { keys: token.keys } : {}),
      ...(token.listed ? { listed: true } : {}),
      ...(token.beside ? { beside: token.beside } : {}),
      ...templateParts(token.value),
    });
  }
  return { candidates };
}

/**
 * The static parts of a value that interpolates with `${…}` (CloudFormation `Fn::Sub`, Terraform, shell-style
 * `.env` values); nothing for a value without one.
 */
export function templateParts(value: string): { parts?: string[] } {
  if (!value.includes('${')) return {};
  const parts: string[] = [];
  let rest = value;
  for (let open = rest.indexOf('${'); open >= 0; open = rest.indexOf('${')) {
    const close = rest.indexOf('}', open);
    if (close < 0) break;
    parts.push(rest.slice(0, open));
    rest = rest.slice(close + 1);
  }
  parts.push(rest);
  return { parts };
}
