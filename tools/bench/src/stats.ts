// Small statistics over repeated measurements: every figure the suite prints is a median or a ratio of medians.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The p-th percentile (0..100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function min(values: readonly number[]): number {
  return Math.min(...values);
}

export function max(values: readonly number[]): number {
  return Math.max(...values);
}

/**
 * Runs every variant once per round, `rounds` times, rotating the order each round (A B C, B C A, C A B, …)
 * so that a drift in machine load falls on every variant alike. Returns each variant's measurements,
 * in round order, so that round i of one variant can be paired with round i of another.
 */
export async function interleave<K extends string, T>(
  variants: readonly K[],
  rounds: number,
  measure: (variant: K, round: number) => Promise<T>,
): Promise<Record<K, T[]>> {
  const results = Object.fromEntries(variants.map((variant) => [variant, [] as T[]])) as Record<K, T[]>;
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < variants.length; step++) {
      const variant = variants[(round + step) % variants.length]!;
      results[variant].push(await measure(variant, round));
    }
  }
  return results;
}

/** Element-wise ratios of paired measurements (round i of `a` over round i of `b`). */
export function pairedRatios(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, index) => value / b[index]!);
}

export function pairedDifferences(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, index) => value - b[index]!);
}

/** `1.234` → `1.23`; `0.0123` → `0.0123`: enough digits to be read, not more. */
export function fmt(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toFixed(Math.min(decimals, 6));
}
