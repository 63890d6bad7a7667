// Regenerates src/generated/* from catalog.schema.json and data/catalog.json.
// Run by the sync after every change; a test fails when the committed files drift.
import { writeFileSync } from 'node:fs';
import { renderGeneratedFiles } from './generated-files.ts';

for (const [path, text] of await renderGeneratedFiles()) writeFileSync(new URL(`../${path}`, import.meta.url), text);
