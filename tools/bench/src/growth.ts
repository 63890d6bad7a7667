// 5. How cost grows: the lint run at 1x, 2x and 4x corpus size (the same files, copied k times), and the catalog
// at 1x and 10x size (a generated catalog): per-file time must stay constant, per-ID costs must not grow.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BedrockCatalog } from '@bedrock-models/catalog';
import { sample, replicate } from './corpus.ts';
import { runEslint, type LintRun } from './eslint.ts';
import { scaledCatalog } from './generate.ts';
import type { RealCorpus } from './lint-overhead.ts';
import { log, type Options, type Row, type Section } from './report.ts';
import { fmt, interleave, median, pairedDifferences } from './stats.ts';
import type { Workspace } from './workspace.ts';
import { runScaleProbe, writeProbeInputs, type ScaleProbe } from './worst-case.ts';

const SIZES = [1, 2, 4] as const;
const CATALOG_FACTOR = 10;
/** Per-file (lint) and per-ID (catalog) costs may differ between sizes by this factor at most. */
export const TARGET_GROWTH = 1.5;

type LintVariant = `${'plugin' | 'base'}-${(typeof SIZES)[number]}x`;

export async function runGrowth(options: Options, workspace: Workspace, corpus: RealCorpus): Promise<Section> {
  const names = sample(corpus.names, options.growthBase);
  const dirs = new Map<number, string>();
  for (const size of SIZES) {
    const dir = join(workspace.dir, `growth-${size}x`);
    replicate(corpus.dir, names, dir, size);
    dirs.set(size, dir);
  }
  const variants = SIZES.flatMap((size) => [`plugin-${size}x`, `base-${size}x`] as LintVariant[]);
  log(`growth: ${options.growthRounds} interleaved rounds of ${variants.length} lint runs (${SIZES.map((size) => size * names.length).join(' / ')} files)`);
  const runs = await interleave<LintVariant, LintRun>(variants, options.growthRounds, (variant) => {
    const [config, size] = variant.split('-') as ['plugin' | 'base', string];
    return runEslint(workspace.configs[config], dirs.get(Number.parseInt(size, 10))!);
  });
  const wall = (variant: LintVariant): number[] => runs[variant].map((run) => run.ms);
  const at = (config: 'plugin' | 'base', size: number): number => median(wall(`${config}-${size}x` as LintVariant));
  const n = names.length;
  // The marginal cost of one more file: what doubling the corpus adds, per added file (startup cancels out).
  const slope1 = (at('plugin', 2) - at('plugin', 1)) / n;
  const slope2 = (at('plugin', 4) - at('plugin', 2)) / (2 * n);
  const addedPerFile = SIZES.map(
    (size) => median(pairedDifferences(wall(`plugin-${size}x` as LintVariant), wall(`base-${size}x` as LintVariant))) / (size * n),
  );
  const slopeRatio = slope2 / slope1;

  log(`growth: the catalog at 1x and ${CATALOG_FACTOR}x, ${options.probeProcesses} fresh processes each, interleaved`);
  const scaledPath = join(workspace.dir, `catalog-${CATALOG_FACTOR}x.json`);
  // Written like the published catalog (compact), so that parse times compare like for like.
  writeFileSync(scaledPath, JSON.stringify(scaledCatalog(BedrockCatalog.bundled().data, CATALOG_FACTOR)));
  const inputs = writeProbeInputs(workspace, 500);
  const probes = await interleave<'1x' | '10x', ScaleProbe>(['1x', '10x'], options.probeProcesses, (size) =>
    runScaleProbe(workspace, size === '1x' ? workspace.built.catalogJson : scaledPath, inputs, 5),
  );
  const of = (size: '1x' | '10x', read: (probe: ScaleProbe) => number): number => median(probes[size].map(read));
  const ratioOf = (read: (probe: ScaleProbe) => number): number => of('10x', read) / of('1x', read);
  const build = (probe: ScaleProbe): number => probe.parseMs + probe.indexMs + probe.suggestionIndexMs;
  const perId: Array<[string, (probe: ScaleProbe) => number, string]> = [
    ['resolve(id), known ID', (probe) => probe.resolveUs, 'µs'],
    ['judge(known ID), all four judgements', (probe) => probe.judgeKnownIdUs, 'µs'],
    ['judgeKnown(unknown ID) with suggestions', (probe) => probe.judgeUnknown.medianUs, 'µs'],
  ];
  const first = probes['1x'][0]!;
  const scaled = probes['10x'][0]!;
  const rows: Row[] = [
    {
      benchmark: '5 growth',
      figure: `lint: marginal ms/file, 1x→2x / 2x→4x (${n} → ${2 * n} → ${4 * n} files)`,
      value: `${fmt(slope1)} / ${fmt(slope2)} (ratio ${fmt(slopeRatio)})`,
      target: `ratio ≤ ${TARGET_GROWTH}`,
      met: slopeRatio <= TARGET_GROWTH && slopeRatio >= 1 / TARGET_GROWTH,
    },
    { benchmark: '5 growth', figure: 'lint: plugin µs/file at 1x / 2x / 4x', value: addedPerFile.map((value) => fmt(value * 1000)).join(' / ') },
    ...perId.map(([figure, read, unit]): Row => {
      const ratio = ratioOf(read);
      return {
        benchmark: '5 growth',
        figure: `catalog 1x→${CATALOG_FACTOR}x: ${figure}`,
        value: `${fmt(of('1x', read))} → ${fmt(of('10x', read))} ${unit} (×${fmt(ratio)})`,
        target: `× ≤ ${TARGET_GROWTH}`,
        met: ratio <= TARGET_GROWTH,
      };
    }),
    {
      benchmark: '5 growth',
      figure: `catalog 1x→${CATALOG_FACTOR}x: parse + index build`,
      value: `${fmt(of('1x', build))} → ${fmt(of('10x', build))} ms (×${fmt(ratioOf(build))})`,
    },
  ];
  const notes = [
    `5: lint growth over a stride sample of ${n} corpus files copied 1, 2 and 4 times (hard links), plugin and base interleaved, ${options.growthRounds} rounds; medians (ms) ${SIZES.map((size) => `${size}x plugin ${Math.round(at('plugin', size))} base ${Math.round(at('base', size))}`).join('; ')}`,
    `5: catalog 1x: ${first.models} models, ${first.profiles} profiles, ${first.retired} retired; ${CATALOG_FACTOR}x: ${scaled.models} / ${scaled.profiles} / ${scaled.retired}, made by cloning every entry under renamed providers (anthropic → anthropic-c1 …; model names kept) and validated with validateCatalog`,
    `5: build at 1x / ${CATALOG_FACTOR}x (ms): JSON.parse ${fmt(of('1x', (probe) => probe.parseMs))} / ${fmt(of('10x', (probe) => probe.parseMs))}, BedrockCatalog.of ${fmt(of('1x', (probe) => probe.indexMs))} / ${fmt(of('10x', (probe) => probe.indexMs))}, suggestion index ${fmt(of('1x', (probe) => probe.suggestionIndexMs))} / ${fmt(of('10x', (probe) => probe.suggestionIndexMs))}; nearMatches per unknown ID ${fmt(of('1x', (probe) => probe.nearMatches.medianUs))} / ${fmt(of('10x', (probe) => probe.nearMatches.medianUs))} µs; ${options.probeProcesses} processes per size`,
  ];
  return { name: 'growth', rows, notes };
}
