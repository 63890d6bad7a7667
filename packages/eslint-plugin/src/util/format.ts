/** `a`, `a and b`, `a, b and c`; lists longer than `max` end with `and N more`. */
export function list(items: readonly string[], max = 6): string {
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)!}`;
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
export function quotedAlternatives(items: readonly string[]): string {
  const quoted = items.map((item) => `'${item}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)!}`;
}

/** Where a profile sends requests from the caller's region, in words. */
export function routing(destinations: readonly string[]): string {
  return destinations.includes('*') ? 'routes to any commercial region' : `routes within ${list(destinations, 8)}`;
}
