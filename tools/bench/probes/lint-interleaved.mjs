// The plugin's cost per file, measured inside one process with ESLint's Node API: every file is linted with every
// configuration back to back (the order rotates from file to file), so machine load that drifts over seconds falls on
// all alike. Whole CLI runs (benchmark 1) cannot resolve a few percent on a noisy VM; milliseconds apart, the
// measurements see the same machine.
// argv: ESLint's package folder, the corpus folder, passes, then one `name=config` per configuration.
// Prints one JSON line: per pass, the summed milliseconds of each configuration; per configuration, the sum over files of
// each file's median time across the passes (a pause that lands on one lint of a file does not move it); and, per
// configuration, the lints that took more than PAUSE_MS over their file's median (every configuration's lints of it),
// with their excess: where the pauses fell, so that a configuration that causes more of them shows.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const [eslintDir, corpus, passArg, ...variantArgs] = process.argv.slice(2);
const { ESLint } = createRequire(join(eslintDir, 'package.json'))('eslint');
const variants = variantArgs.map((arg) => {
  const at = arg.indexOf('=');
  // One ESLint instance per configuration, as the CLI has: the configuration is loaded and normalised once.
  return { name: arg.slice(0, at), engine: new ESLint({ cwd: corpus, overrideConfigFile: arg.slice(at + 1), cache: false }) };
});
const files = readdirSync(corpus, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort()
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

async function lint(variant, file) {
  const started = performance.now();
  await variant.engine.lintText(file.text, { filePath: file.path });
  return performance.now() - started;
}

// One untimed pass compiles every path and builds the catalog index.
for (const file of files) for (const variant of variants) await lint(variant, file);

const count = variants.length;
const times = files.map(() => variants.map(() => []));
const passes = [];
for (let pass = 0; pass < Number(passArg); pass++) {
  const totals = new Array(count).fill(0);
  for (const [index, file] of files.entries()) {
    for (let step = 0; step < count; step++) {
      const which = (index + pass + step) % count;
      const ms = await lint(variants[which], file);
      totals[which] += ms;
      times[index][which].push(ms);
    }
  }
  passes.push(Object.fromEntries(variants.map((variant, which) => [variant.name, totals[which]])));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const fileMedians = Object.fromEntries(variants.map((variant, which) => [variant.name, times.reduce((sum, file) => sum + median(file[which]), 0)]));

const PAUSE_MS = 5;
const pauses = Object.fromEntries(variants.map((variant) => [variant.name, { count: 0, ms: 0 }]));
for (const file of times) {
  const typical = median(file.flat());
  for (const [which, lints] of file.entries()) {
    for (const ms of lints) {
      if (ms - typical <= PAUSE_MS) continue;
      pauses[variants[which].name].count++;
      pauses[variants[which].name].ms += ms - typical;
    }
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, passes, fileMedians, pauseMs: PAUSE_MS, pauses })}\n`);
