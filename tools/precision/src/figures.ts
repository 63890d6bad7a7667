import type { LineResult } from './compare.js';
import type { Tool } from './markers.js';

/** Findings counted against the marks: true (marked), false (not marked, and how many of those are errors), missed. */
export interface Figures {
  tool: Tool;
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseErrors: number;
  missed: number;
}

/** The counts per tool and rule, and over all rules (`rule: 'all'`). */
export function figures(results: readonly LineResult[]): Figures[] {
  const table = new Map<string, Figures>();
  const row = (tool: Tool, rule: string): Figures => {
    const key = `${tool}|${rule}`;
    let entry = table.get(key);
    if (!entry) table.set(key, (entry = { tool, rule, truePositives: 0, falsePositives: 0, falseErrors: 0, missed: 0 }));
    return entry;
  };
  for (const result of results) {
    const remaining = [...result.expected];
    for (const finding of result.findings) {
      const index = remaining.indexOf(finding.rule);
      for (const entry of [row(result.tool, finding.rule), row(result.tool, 'all')]) {
        if (index >= 0) entry.truePositives++;
        else {
          entry.falsePositives++;
          if (finding.severity === 'error') entry.falseErrors++;
        }
      }
      if (index >= 0) remaining.splice(index, 1);
    }
    for (const rule of remaining) for (const entry of [row(result.tool, rule), row(result.tool, 'all')]) entry.missed++;
  }
  return [...table.values()].sort((a, b) => a.tool.localeCompare(b.tool) || (a.rule === 'all' ? 1 : b.rule === 'all' ? -1 : a.rule.localeCompare(b.rule)));
}

/** `found / (found + false)` as a percentage with one decimal; `n/a` with nothing found. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`;
}
