// The CommonJS build must export the plugin object itself: `require('@bedrock-models/eslint-plugin')` is
// what ESLint configs and tools such as eslint-doc-generator load. esbuild turns `export default plugin`
// into `module.exports = { default: plugin }`; this makes the plugin the export and keeps `.default`
// pointing at it for `import plugin from …` under esModuleInterop.
import { appendFileSync, readFileSync } from 'node:fs';

const file = 'dist/cjs/index.js';
const marker = '// finish-cjs';
if (!readFileSync(file, 'utf8').includes(marker)) {
  appendFileSync(file, `${marker}\nmodule.exports = Object.assign(module.exports.default, { default: module.exports.default });\n`);
}
