// What the catalog costs per ID at a given size, in a fresh process: parse and index build once, then per-lookup
// cost for known IDs and per-ID cost of suggestion ranking for unknown ones. Prints one JSON line.
// argv: catalog and judge ES module entries (file URLs), catalog JSON path, inputs JSON path ({ known, unknown, region }), rounds.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';

const [entry, judgeEntry, catalogPath, inputsPath, roundsText] = process.argv.slice(2);
const rounds = Number(roundsText);
const { BedrockCatalog } = await import(entry);
const { judge, judgeKnown } = await import(judgeEntry);
const { known, unknown, region } = JSON.parse(readFileSync(inputsPath, 'utf8'));

const t0 = performance.now();
const data = JSON.parse(readFileSync(catalogPath, 'utf8'));
const t1 = performance.now();
const catalog = BedrockCatalog.of(data);
const t2 = performance.now();
catalog.nearMatches('anthropic.claude', 3);
const t3 = performance.now();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

// Sub-microsecond calls: timed as a batch over every known ID, per round; the figure is the median round's mean.
function batch(fn) {
  for (const id of known) fn(id);
  const means = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    for (const id of known) fn(id);
    means.push(((performance.now() - started) / known.length) * 1000);
  }
  return median(means);
}

// Tens of microseconds: each unknown ID timed on its own, median over rounds; then median and p95 over the IDs.
function perId(fn) {
  for (const id of unknown) fn(id);
  const times = unknown.map(() => []);
  for (let round = 0; round < rounds; round++) {
    unknown.forEach((id, index) => {
      const started = performance.now();
      fn(id);
      times[index].push((performance.now() - started) * 1000);
    });
  }
  const medians = times.map(median);
  return { medianUs: median(medians), p95Us: percentile(medians, 95), maxUs: Math.max(...medians) };
}

const reference = (value) => ({ value, regions: [region], regionSource: 'code', onDemand: true });
let sink = 0;
const result = {
  models: Object.keys(data.models).length,
  profiles: Object.keys(data.profiles).length,
  retired: Object.keys(data.retired).length,
  parseMs: t1 - t0,
  indexMs: t2 - t1,
  suggestionIndexMs: t3 - t2,
  resolveUs: batch((id) => (sink += catalog.resolve(id) ? 1 : 0)),
  judgeKnownIdUs: batch((id) => (sink += judge(catalog, reference(id)).length)),
  nearMatches: perId((id) => (sink += catalog.nearMatches(id, 12).length)),
  judgeUnknown: perId((id) => (sink += judgeKnown(catalog, reference(id))?.suggestions.length ?? 0)),
  unknownWithSuggestions: unknown.filter((id) => (judgeKnown(catalog, reference(id))?.suggestions.length ?? 0) > 0).length,
  sink,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
