// Builds the package in the current directory for both module systems:
// dist/esm (tsc: JavaScript and declarations) and dist/cjs (esbuild bundle, with the same declarations
// under a {"type":"commonjs"} marker so TypeScript reads them as CommonJS types).
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
await esbuild.build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/cjs/index.js',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: [...external, ...external.map((name) => `${name}/*`)],
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});

copyDeclarations('dist/esm', 'dist/cjs');
writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
for (const file of options.json) writeFileSync(join('dist', basename(file)), JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))));

function copyDeclarations(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    if (entry.isDirectory()) copyDeclarations(source, join(to, entry.name));
    else if (entry.name.endsWith('.d.ts')) cpSync(source, join(to, entry.name));
  }
}
