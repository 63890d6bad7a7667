// The CommonJS build must export the plugin object itself: `require('@bedrock-models/eslint-plugin')` is
// what ESLint configs and tools such as eslint-doc-generator load. esbuild turns `export default plugin`
// into `module.exports = { default: plugin }`; this makes the plugin the export and keeps `.default`
// pointing at it for `import plugin from …` under esModuleInterop.
// Its declarations say the same (`export =` an object that also has `default`), or TypeScript would make
// CommonJS users write `require(…).default`
// (https://github.com/arethetypeswrong/arethetypeswrong.github.io/blob/main/docs/problems/MissingExportEquals.md).
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const file = 'dist/cjs/index.js';
const marker = '// finish-cjs';
if (!readFileSync(file, 'utf8').includes(marker)) {
  appendFileSync(file, `${marker}\nmodule.exports = Object.assign(module.exports.default, { default: module.exports.default });\n`);
}

if (!existsSync('dist/cjs/plugin.d.ts')) {
  renameSync('dist/cjs/index.d.ts', 'dist/cjs/plugin.d.ts');
  writeFileSync(
    'dist/cjs/index.d.ts',
    `import type { BedrockModelsPlugin as Plugin } from './plugin.js';
/** The plugin object ESLint loads: \`const bedrockModels = require('@bedrock-models/eslint-plugin')\`. */
declare const plugin: Plugin & { default: Plugin };
declare namespace plugin {
  type BedrockModelsPlugin = Plugin;
}
export = plugin;
`,
  );
}
