// Builds the package in the current directory for both module systems, each as one esbuild bundle:
// dist/esm/index.js and dist/cjs/index.js, with tsc's declarations beside both (under a {"type":"commonjs"}
// marker in dist/cjs so TypeScript reads them as CommonJS types). One file rather than tsc's module per
// source file because Node's ES module loader pays per module: importing the catalog as 11 modules took
// ~26 ms cold, as one ~7 ms (BENCHMARKS.md, "What was profiled and fixed").
// `--json <file>` (repeatable) also writes dist/<basename> as compact JSON: the repository keeps the
// pretty-printed, diffable file, the published package carries the same content without the whitespace
// (for the catalog, about 40 % of catalog.json; `node scripts/package-size.mjs` measures it).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(join(process.cwd(), 'package.json'));
const pkg = require('./package.json');
const esbuild = require('esbuild');
const { values: options } = parseArgs({ options: { json: { type: 'string', multiple: true, default: [] } } });

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });

const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {}), pkg.name];
const common = {
  entryPoints: ['src/index.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  logLevel: 'warning',
};
removeJavaScript('dist/esm');
await esbuild.build({ ...common, outfile: 'dist/esm/index.js', format: 'esm' });
await esbuild.build({
  ...common,
  outfile: 'dist/cjs/index.js',
  format: 'cjs',
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});

copyDeclarations('dist/esm', 'dist/cjs');
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
for (const file of options.json) writeFileSync(join('dist', basename(file)), JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));

/** tsc's per-module JavaScript, replaced by the bundle; its declarations stay. */
function removeJavaScript(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) removeJavaScript(path);
    else if (entry.name.endsWith('.js')) rmSync(path);
  }
}

function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) cpSync(source, join(to, entry.name));
  }
}
