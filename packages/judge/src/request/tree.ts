import type { RequestEntry, RequestLiteral, RequestObject, RequestValue } from './types.js';

/** The entry of `key` in an object value; null when the value is not an object or has no such key. */
export function entryOf<L>(value: RequestValue<L> | null | undefined, key: string): RequestEntry<L> | null {
  if (!value || value.kind !== 'object') return null;
  // The last entry wins, as in an object literal.
  for (let index = value.entries.length - 1; index >= 0; index--) if (value.entries[index]!.key === key) return value.entries[index]!;
  return null;
}

/** The value at a dotted path (`inferenceConfig.maxTokens`); null when any step is missing. */
export function valueAt<L>(value: RequestValue<L> | null | undefined, path: string): RequestValue<L> | null {
  let current: RequestValue<L> | null = value ?? null;
  for (const key of path.split('.')) {
    current = entryOf(current, key)?.value ?? null;
    if (!current) return null;
  }
  return current;
}

/** The entry at a dotted path. */
export function entryAt<L>(value: RequestValue<L> | null | undefined, path: string): RequestEntry<L> | null {
  const keys = path.split('.');
  const parent = keys.length > 1 ? valueAt(value, keys.slice(0, -1).join('.')) : (value ?? null);
  return entryOf(parent, keys.at(-1)!);
}

/** A number written statically. */
export function numberOf<L>(value: RequestValue<L> | null | undefined): (RequestLiteral<L> & { value: number }) | null {
  return value?.kind === 'literal' && typeof value.value === 'number' ? (value as RequestLiteral<L> & { value: number }) : null;
}

/** A string written statically. */
export function stringOf<L>(value: RequestValue<L> | null | undefined): (RequestLiteral<L> & { value: string }) | null {
  return value?.kind === 'literal' && typeof value.value === 'string' ? (value as RequestLiteral<L> & { value: string }) : null;
}

/** Whether an entry surely sends something: its value is not a literal `null` (an unknown value may be `undefined`, which the SDK drops). */
export function sendsStatic<L>(entry: RequestEntry<L> | null): entry is RequestEntry<L> {
  return entry !== null && entry.value.kind !== 'unknown' && !(entry.value.kind === 'literal' && entry.value.value === null);
}

/** Whether an entry is present with a value that is not a literal `null`, known or not: a feature the code uses. */
export function isPresent<L>(entry: RequestEntry<L> | null): entry is RequestEntry<L> {
  return entry !== null && !(entry.value.kind === 'literal' && entry.value.value === null);
}

/** Every object reachable through arrays at a path: `messages[].content[]` with `path = ['messages', 'content']`. */
export function objectsAlong<L>(value: RequestValue<L> | null | undefined, path: readonly string[]): Array<RequestObject<L>> {
  let current: Array<RequestValue<L>> = value ? [value] : [];
  for (const key of path) {
    const next: Array<RequestValue<L>> = [];
    for (const item of current) {
      const child = entryOf(item, key)?.value;
      if (!child) continue;
      if (child.kind === 'array') next.push(...child.items);
      else next.push(child);
    }
    current = next;
  }
  return current.filter((item): item is RequestObject<L> => item.kind === 'object');
}
