// `pnpm demo`: lints examples/ with the plugin on the bundled catalog, shows ESLint's own report, then a summary.
// `pnpm demo --fix` applies the autofixes (the opt-in ones; the rest are editor suggestions) to a copy.
import { cpSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const examples = new URL('../examples/', import.meta.url).pathname;
const require = createRequire(join(examples, 'package.json'));
const { ESLint } = require('eslint');
const fix = process.argv.includes('--fix');

const cwd = fix ? join(mkdtempSync(join(tmpdir(), 'bedrock-demo-')), 'examples') : examples;
if (fix) cpSync(examples, cwd, { recursive: true, filter: (path) => !path.includes('node_modules') });
const eslint = new ESLint({ cwd, overrideConfigFile: join(examples, 'eslint.config.js'), fix });
const results = await eslint.lintFiles(['src/**/*.ts']);
if (fix) await ESLint.outputFixes(results);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

// The catalog the plugin reads, resolved from the plugin so the summary names the same data.
const { BedrockCatalog } = createRequire(require.resolve('@bedrock-models/eslint-plugin'))('@bedrock-models/catalog');
const catalog = BedrockCatalog.bundled();
const messages = results.flatMap((result) => result.messages.map((message) => ({ ...message, file: result.filePath.slice(cwd.length + 1) })));
const byRule = new Map();
for (const message of messages) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
const withSuggestions = messages.filter((message) => message.suggestions?.length).length;
const ruleSummary = [...byRule].sort().map(([rule, count]) => `${count} × ${rule}`).join(', ');
process.stdout.write(
  `\nSummary: ESLint found ${messages.length} problem${messages.length === 1 ? '' : 's'} with Bedrock model IDs in ${results.filter((r) => r.messages.length > 0).length} of ${results.length} files of examples/ (${ruleSummary || 'none'}). ` +
    `Each would have failed at run time with a ValidationException; ${withSuggestions} of them carry editor suggestions (quick fixes) naming the ID to use instead. ` +
    `Judged against the bundled catalog of ${Object.keys(catalog.data.models).length} models and ${Object.keys(catalog.data.profiles).length} inference profiles in ${Object.keys(catalog.data.regions).length} regions, generated ${catalog.data.generatedAt.slice(0, 10)}.` +
    (fix ? ` Autofixes were written to ${cwd}.` : ' Run `pnpm demo --fix` to apply the autofixes to a copy.') + '\n',
);
