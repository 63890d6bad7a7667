// Texts a string value must contain, in order (a `ValueRange`'s `contains`): the Claude Text Completions
// prompt needs a `\n\nHuman:` turn, then an `\n\nAssistant:` turn.

/** The first of `needles` that `value` does not contain in order; null when it contains them all. */
export function missingText(value: string, needles: readonly string[]): string | null {
  let from = 0;
  for (const needle of needles) {
    const at = value.indexOf(needle, from);
    if (at < 0) return needle;
    from = at + needle.length;
  }
  return null;
}

/**
 * The first needle a template string surely writes wrongly: its marker (`Human:`) stands in the template's own
 * text without the whitespace the needle puts before it (`\n\n`), and no piece holds the whole needle. A needle
 * the pieces do not mention at all may come from an interpolation: nothing is said about it.
 */
export function miswrittenInTemplate(parts: readonly string[], needles: readonly string[]): string | null {
  for (const needle of needles) {
    const marker = needle.trimStart();
    if (marker === needle || parts.some((part) => part.includes(needle))) continue;
    if (parts.some((part) => part.includes(marker))) return needle;
  }
  return null;
}

/**
 * `value` with the whitespace each needle needs put before its marker (`Human: hi` → `\n\nHuman: hi`), when that
 * alone makes it contain every needle in order; null otherwise (a turn missing altogether is not invented).
 */
export function repairedText(value: string, needles: readonly string[]): string | null {
  let text = value;
  let from = 0;
  for (const needle of needles) {
    let at = text.indexOf(needle, from);
    if (at < 0) {
      const marker = needle.trimStart();
      const lead = needle.slice(0, needle.length - marker.length);
      const markerAt = text.indexOf(marker, from);
      if (lead === '' || markerAt < 0) return null;
      const before = text.slice(0, markerAt);
      // Keep the part of the whitespace already written (`\nHuman:` needs one more newline, not two).
      let written = lead.length;
      while (written > 0 && !before.endsWith(lead.slice(0, written))) written--;
      const inserted = lead.slice(written);
      text = before + inserted + text.slice(markerAt);
      at = markerAt - written;
    }
    from = at + needle.length;
  }
  return missingText(text, needles) === null ? text : null;
}
