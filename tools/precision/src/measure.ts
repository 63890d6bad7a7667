// pnpm --filter @bedrock-models/precision measure: both tools over the corpus, with the README's configuration; prints
// every line that differs from its marks and the precision and recall of each tool, by rule.
import { compare, corpusFiles } from './compare.js';
import { figures, percent } from './figures.js';
import { readCatalog, runCli, runPlugin } from './run.js';

const catalog = readCatalog();
const files = corpusFiles();
const results = [...compare(files, 'plugin', await runPlugin(catalog)), ...compare(files, 'cli', runCli(catalog))];
const same = (a: readonly string[], b: readonly string[]): boolean => a.join(',') === b.join(',');

for (const result of results) {
  if (same(result.expected, result.actual)) continue;
  const gap = result.gap && same(result.gap, result.actual) ? ' (recorded gap)' : '';
  console.log(`${result.tool} ${result.file}:${result.line}: expected [${result.expected.join(', ')}], got [${result.actual.join(', ')}]${gap}`);
  for (const finding of result.findings) console.log(`    ${finding.severity} ${finding.rule}: ${finding.message}`);
}
const lines = (tool: string): number => results.filter((result) => result.tool === tool).length;
console.log(`\n${files.length} files; marked or reported lines: plugin ${lines('plugin')}, CLI ${lines('cli')}\n`);
console.log('tool    rule                              true  false  false errors  missed  precision  recall');
for (const row of figures(results)) {
  console.log(
    `${row.tool.padEnd(7)} ${row.rule.padEnd(33)} ${String(row.truePositives).padStart(4)} ${String(row.falsePositives).padStart(6)} ${String(row.falseErrors).padStart(13)} ${String(row.missed).padStart(7)}  ${percent(row.truePositives, row.truePositives + row.falsePositives).padStart(9)}  ${percent(row.truePositives, row.truePositives + row.missed).padStart(6)}`,
  );
}
