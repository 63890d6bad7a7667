// `pnpm demo`: lints examples/ with the plugin on the bundled catalog, shows ESLint's own report (stylish),
// then a one-paragraph summary. `pnpm demo --fix` copies examples/ to a temporary folder, runs the real
// `eslint --fix` there and prints the diff of what it changed; the repository's examples/ is never written.
//
// The example service carries five planted mistakes (PLANTED below). The demo exits 0 when it ran and
// ESLint reported every one of them (findings are the point, so they do not fail it), 1 when a planted
// mistake went unreported, ESLint could not parse a file or crashed, or `--fix` did not make its expected
// change, and 2 on bad arguments. `--examples DIR` lints another copy of the example service (for tests).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The mistakes planted in examples/ (see examples/README.md): each must be reported by its rule. */
const PLANTED = [
  { file: 'src/config/models.ts', rule: 'no-unknown-model-id', id: 'anthropic.claude-3-haiku-2024307-v1:0', what: 'a typo in a model ID' },
  { file: 'src/chat/handler.ts', rule: 'no-deprecated-model-id', id: 'anthropic.claude-3-5-haiku-20241022-v1:0', what: 'a retired model' },
  {
    file: 'src/api/image-route.ts',
    rule: 'no-region-unavailable-model-id',
    id: 'stability.sd3-5-large-v1:0',
    what: 'a model used from a region that lacks it',
  },
  {
    file: 'src/chains/summarize.ts',
    rule: 'require-inference-profile',
    id: 'meta.llama3-3-70b-instruct-v1:0',
    what: 'a base ID that needs an inference profile',
  },
  { file: 'src/embeddings/job.ts', rule: 'no-region-unavailable-model-id', id: 'eu.amazon.nova-lite-v1:0', what: 'an eu. profile from a US client' },
];

/** What `eslint --fix` must change in the copy: the one opt-in autofix (`autofixInGeoProfile`). */
const EXPECTED_FIX = { file: 'src/chains/summarize.ts', from: "'meta.llama3-3-70b-instruct-v1:0'", to: "'us.meta.llama3-3-70b-instruct-v1:0'" };

/** Each rule's findings, in words. */
const KINDS = {
  'no-unknown-model-id': ['unknown model ID', 'unknown model IDs'],
  'no-deprecated-model-id': ['LEGACY or retired model', 'LEGACY or retired models'],
  'no-region-unavailable-model-id': ['model or profile not offered in the region of its call', 'models or profiles not offered in the region of their call'],
  'require-inference-profile': [
    'base model ID that must be called through an inference profile',
    'base model IDs that must be called through an inference profile',
  ],
  'no-unsupported-model-operation': ['operation or endpoint the model does not serve', 'operations or endpoints the model does not serve'],
  'no-unsupported-model-feature': ['request feature the model lacks', 'request features the model lacks'],
  'valid-inference-parameters': ['inference parameter the model rejects', 'inference parameters the model rejects'],
  'valid-invoke-model-body': ['InvokeModel body that does not match the model family', 'InvokeModel bodies that do not match the model family'],
};

let args;
try {
  args = parseArgs({ options: { fix: { type: 'boolean', default: false }, examples: { type: 'string' } }, strict: true }).values;
} catch (error) {
  process.stderr.write(`demo: ${error.message}\nusage: pnpm demo [--fix]\n`);
  process.exit(2);
}

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const examples = resolve(args.examples ?? join(root, 'examples'));
const shown = relative(process.cwd(), examples) || '.';
const require = createRequire(join(examples, 'package.json'));

try {
  process.exitCode = args.fix ? fixDemo() : await lintDemo();
} catch (error) {
  process.stderr.write(`\ndemo: failed: ${error.stack ?? error}\n`);
  process.exitCode = 1;
}

/** Lints examples/ through ESLint's Node API, prints the stylish report and the summary, checks the planted mistakes. */
async function lintDemo() {
  const { ESLint } = require('eslint');
  const eslint = new ESLint({ cwd: examples });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  const formatter = await eslint.loadFormatter('stylish');
  process.stdout.write(await formatter.format(results));

  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ ...message, file: relative(examples, result.filePath).split('\\').join('/') })),
  );
  const fatal = messages.filter((message) => message.fatal || message.ruleId === null);
  const isPlanted = (message, planted) =>
    message.file === planted.file && message.ruleId === `@bedrock-models/${planted.rule}` && message.message.includes(`'${planted.id}'`);
  const missing = PLANTED.filter((planted) => !messages.some((message) => isPlanted(message, planted)));
  const others = messages.filter((message) => !PLANTED.some((planted) => isPlanted(message, planted)) && !fatal.includes(message));

  const byRule = new Map();
  for (const message of messages) if (message.ruleId?.startsWith('@bedrock-models/')) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
  const kinds = [...byRule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, count]) => {
      const [one, many] = KINDS[rule.slice('@bedrock-models/'.length)] ?? [rule, rule];
      return `${count} ${count === 1 ? one : many} (${rule})`;
    });
  const fixable = messages.filter((message) => message.fix).length;
  const suggestable = messages.filter((message) => !message.fix && message.suggestions?.length).length;
  const errors = messages.filter((message) => message.severity === 2).length;
  const { BedrockCatalog } = createRequire(require.resolve('@bedrock-models/eslint-plugin'))('@bedrock-models/catalog');
  const catalog = BedrockCatalog.bundled().data;

  const summary = [
    `Summary: ESLint reported ${plural(messages.length, 'problem')} (${plural(errors, 'error')}, ${plural(messages.length - errors, 'warning')}) in ${results.filter((result) => result.messages.length > 0).length} of ${plural(results.length, 'file')} of ${shown}/src: ${list(kinds) || 'nothing'}.`,
    missing.length === 0
      ? `All ${PLANTED.length} planted mistakes were found (${list(PLANTED.map((planted) => planted.what))})${others.length ? `; the other ${plural(others.length, 'finding')} ${others.length === 1 ? 'is' : 'are'} also true of the code as written against this catalog` : ''}.`
      : `${missing.length} of the ${PLANTED.length} planted mistakes went unreported.`,
    `${fixable} ${fixable === 1 ? 'is' : 'are'} fixable by \`eslint --fix\`${fixable ? ' (the in-geo inference profile, because examples/eslint.config.js opts in with `autofixInGeoProfile`)' : ''}; ${suggestable} more carr${suggestable === 1 ? 'ies an editor suggestion' : 'y editor suggestions'}, quick fixes you apply in an editor with the ESLint extension, since the CLI cannot apply suggestions and a different model or profile changes cost, behaviour or where data is processed; the rest need a decision in the code.`,
    `Run \`pnpm demo --fix\` to see what \`eslint --fix\` changes, on a copy of examples/.`,
    `Judged offline against the bundled catalog (${Object.keys(catalog.models).length} models, ${Object.keys(catalog.profiles).length} inference profiles, ${Object.keys(catalog.regions).length} regions, current to ${(catalog.currentTo ?? catalog.generatedAt).slice(0, 10)}).`,
  ].join(' ');
  process.stdout.write(`\n${summary}\n`);

  for (const planted of missing)
    process.stderr.write(`\ndemo: NOT REPORTED: ${planted.what}: '${planted.id}' in ${planted.file} should be reported by @bedrock-models/${planted.rule}`);
  for (const message of fatal) process.stderr.write(`\ndemo: ESLint could not lint ${message.file}:${message.line}: ${message.message}`);
  if (missing.length > 0 || fatal.length > 0 || results.length === 0) {
    process.stderr.write(`\ndemo: FAILED: the demo no longer shows what it is meant to show.\n`);
    return 1;
  }
  return 0;
}

/** Copies examples/ to a temporary folder, runs the real `eslint --fix` there and prints the diff. */
function fixDemo() {
  const copy = join(mkdtempSync(join(tmpdir(), 'bedrock-models-demo-')), 'examples');
  cpSync(examples, copy, { recursive: true, filter: (path) => relative(examples, path).split(/[\\/]/)[0] !== 'node_modules' });
  // The copy resolves eslint, typescript-eslint and the plugin through the workspace's own installation.
  symlinkSync(join(examples, 'node_modules'), join(copy, 'node_modules'), 'junction');

  const eslintPackage = require.resolve('eslint/package.json');
  const bin = join(dirname(eslintPackage), JSON.parse(readFileSync(eslintPackage, 'utf8')).bin.eslint);
  process.stdout.write(`$ eslint --fix src    # in ${copy}\n`);
  const run = spawnSync(process.execPath, [bin, '--fix', 'src'], { cwd: copy, stdio: 'inherit' });
  // eslint exits 1 when problems remain after fixing (expected here), 2 when it could not run.
  if (run.status !== 0 && run.status !== 1) throw new Error(`eslint --fix exited with ${run.status ?? run.signal}`);

  const changed = [];
  for (const file of listFiles(join(examples, 'src'))) {
    const name = `src/${relative(join(examples, 'src'), file).split('\\').join('/')}`;
    const before = readFileSync(file, 'utf8');
    const after = readFileSync(join(copy, name), 'utf8');
    if (before !== after) changed.push({ name, before, after });
  }
  process.stdout.write(`\n$ diff -u examples/ ${copy}/\n`);
  for (const { name, before, after } of changed) process.stdout.write(unifiedDiff(`examples/${name}`, `${copy}/${name}`, before, after));

  const expected = changed.find(
    (change) => change.name === EXPECTED_FIX.file && change.before.includes(EXPECTED_FIX.from) && change.after.includes(EXPECTED_FIX.to),
  );
  process.stdout.write(
    `\nSummary: \`eslint --fix\` changed ${plural(changed.length, 'file')} of the copy in ${copy}; ${shown}/ itself is untouched. ` +
      "It applies only autofixes, and this plugin makes only one kind, and only when you opt in: `require-inference-profile` with `autofixInGeoProfile` puts the single inference profile of the call's own geography in place of a base model ID. " +
      'Every other finding is left for you: replacements and profiles in other geographies are editor suggestions (a different model changes cost, behaviour and where data is processed), and a model with no known replacement needs a decision. ' +
      'The remaining problems are listed above the diff.\n',
  );
  if (!expected) {
    process.stderr.write(`\ndemo: FAILED: eslint --fix should have replaced ${EXPECTED_FIX.from} with ${EXPECTED_FIX.to} in ${EXPECTED_FIX.file}.\n`);
    return 1;
  }
  return 0;
}

function listFiles(directory) {
  return readdirSync(directory)
    .sort()
    .flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? listFiles(path) : existsSync(path) ? [path] : [];
    });
}

/** A unified diff (3 lines of context) of two small texts, from their longest common subsequence of lines. */
function unifiedDiff(fromName, toName, before, after) {
  const lines = (text) => (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const a = lines(before);
  const b = lines(after);
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i], i: i++, j: j++ });
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', line: a[i], i: i++, j });
    else ops.push({ kind: '+', line: b[j], i, j: j++ });
  }
  let out = `--- ${fromName}\n+++ ${toName}\n`;
  const changes = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index >= 0);
  for (let start = 0; start < changes.length;) {
    let end = start;
    while (end + 1 < changes.length && changes[end + 1] - changes[end] <= 7) end++;
    const first = Math.max(0, changes[start] - 3);
    const last = Math.min(ops.length - 1, changes[end] + 3);
    const hunk = ops.slice(first, last + 1);
    const fromCount = hunk.filter((op) => op.kind !== '+').length;
    const toCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${ops[first].i + (fromCount ? 1 : 0)},${fromCount} +${ops[first].j + (toCount ? 1 : 0)},${toCount} @@\n`;
    out += hunk.map((op) => `${op.kind}${op.line}\n`).join('');
    start = end + 1;
  }
  return out;
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function list(items) {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
