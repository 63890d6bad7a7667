// The plugin's cost per file, measured inside one process with ESLint's Node API: every file is linted
// with both configurations back to back (which goes first alternates from file to file), so machine load
// that drifts over seconds falls on both alike. Whole CLI runs (benchmark 1) cannot resolve a few percent on
// a noisy VM; milliseconds apart, the two measurements see the same machine.
// argv: ESLint's package folder, the plugin config, the base config, the corpus folder, passes.
// Prints one JSON line: per pass, the summed milliseconds of each configuration.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [eslintDir, pluginConfigPath, baseConfigPath, corpus, passArg] = process.argv.slice(2);
const { ESLint } = createRequire(join(eslintDir, 'package.json'))('eslint');
// One ESLint instance per configuration, as the CLI has: the configuration is loaded and normalised once.
const engines = {
  plugin: new ESLint({ cwd: corpus, overrideConfigFile: pluginConfigPath, cache: false }),
  base: new ESLint({ cwd: corpus, overrideConfigFile: baseConfigPath, cache: false }),
};
const files = readdirSync(corpus, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort()
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

async function lint(variant, file) {
  const started = performance.now();
  await engines[variant].lintText(file.text, { filePath: file.path });
  return performance.now() - started;
}

// One untimed pass compiles both paths and builds the catalog index.
for (const file of files) {
  await lint('plugin', file);
  await lint('base', file);
}
const passes = [];
for (let pass = 0; pass < Number(passArg); pass++) {
  const totals = { plugin: 0, base: 0 };
  for (const [index, file] of files.entries()) {
    const order = (index + pass) % 2 === 0 ? ['plugin', 'base'] : ['base', 'plugin'];
    for (const variant of order) totals[variant] += await lint(variant, file);
  }
  passes.push(totals);
}
process.stdout.write(`${JSON.stringify({ files: files.length, passes })}\n`);
