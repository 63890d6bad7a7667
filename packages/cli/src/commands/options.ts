import { UsageError, type ParsedArgs } from '../args.js';

/** A whole number of days (`--days 90`), checked; `fallback` when absent. */
export function readDays(args: ParsedArgs, name: string, fallback: number): number;
export function readDays(args: ParsedArgs, name: string): number | undefined;
export function readDays(args: ParsedArgs, name: string, fallback?: number): number | undefined {
  const value = args.values.get(name);
  if (value === undefined) return fallback;
  const days = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(days)) throw new UsageError(`'--${name}' must be a whole number of days, not '${value}'`);
  return days;
}
