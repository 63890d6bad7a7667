import type { BedrockCatalog } from '@bedrock-models/catalog';
import { formatMessage, judgeRequest, REQUEST_RULES, type CapabilityLookup, type RequestEdit } from '@bedrock-models/judge';
import { extractPythonOpenAiRequests } from '../extract/python-openai.js';
import { extractPythonRequests, type PythonLocation } from '../extract/python-requests.js';
import { positions } from '../extract/position.js';
import type { Problem } from './judge.js';

/**
 * The request findings of a Python file: its boto3 requests and its OpenAI-compatible clients' calls to Bedrock, judged by the same four request judgements as the
 * ESLint plugin's rules, as problems at the place each finding names. A finding is an error only when the rule is
 * an error in `recommended` and the model ID is the one value the call can have.
 */
export function requestProblems(text: string, catalog: BedrockCatalog, capabilities: CapabilityLookup): Problem[] {
  const occurrences = [...extractPythonRequests(text), ...extractPythonOpenAiRequests(text)];
  if (occurrences.length === 0) return [];
  const at = positions(text);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const occurrence of occurrences) {
    for (const finding of judgeRequest(catalog, capabilities, occurrence)) {
      const message = formatMessage(REQUEST_RULES[finding.rule].messages[finding.messageId]!, finding.data);
      const key = `${finding.location.offset}|${finding.rule}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({
        ...at(finding.location.offset),
        rule: finding.rule,
        severity: finding.severity === 'error' ? 'error' : 'warning',
        messageId: finding.messageId,
        message,
        id: occurrence.modelId,
        regions: [],
        suggestions: finding.suggestions.map((suggestion) => written(suggestion.edit)).filter((value): value is string => value !== null),
      });
    }
  }
  return problems;
}

// What a suggestion writes: the value set or the key renamed to; nothing for a removal.
function written(edit: RequestEdit<PythonLocation>): string | null {
  if (edit.kind === 'replace-value') return String(edit.value);
  if (edit.kind === 'rename-key') return edit.key;
  if (edit.kind === 'insert-entry') return `${edit.key}: ${JSON.stringify(edit.value)}`;
  return null;
}
