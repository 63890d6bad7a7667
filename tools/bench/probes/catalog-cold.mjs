// One cold start of the catalog package, measured inside a fresh process (`node --expose-gc`): the ES module
// import, then `BedrockCatalog.bundled()` (reads and parses the JSON, builds the indexes) and one lookup.
// Prints one JSON line. argv: the file URL of the catalog's ES module entry.
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const entry = process.argv[2];
// Node compiles parts of its module loader on the first dynamic import of a file, whatever the file: warm it.
const warmStarted = performance.now();
await import('./empty-module.mjs');
const loaderWarmMs = performance.now() - warmStarted;
globalThis.gc();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
const { BedrockCatalog } = await import(entry);
const imported = performance.now();
const catalog = BedrockCatalog.bundled();
const resolution = catalog.resolve('anthropic.claude-sonnet-4-5-20250929-v1:0');
const done = performance.now();
const heapAfter = process.memoryUsage().heapUsed;
globalThis.gc();
const heapRetained = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({
    importMs: imported - started,
    buildMs: done - imported,
    totalMs: done - started,
    // performance.now() counts from the process's time origin: everything before the import is Node's own start.
    nodeStartMs: started,
    heapRetainedMb: (heapRetained - heapBefore) / 2 ** 20,
    heapPeakMb: (heapAfter - heapBefore) / 2 ** 20,
    loaderWarmMs,
    kind: resolution?.kind ?? null,
    models: Object.keys(catalog.data.models).length,
  })}\n`,
);
