/** A column: its heading, and how to colour a cell once it is padded (colour never changes the width). */
export interface Column {
  heading: string;
  paint?: (text: string, padded: string) => string;
}

/**
 * Lays rows out in aligned columns separated by two spaces, headings first; the last column is not
 * padded, so no line ends in spaces.
 */
export function table(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, bold: (text: string) => string = (text) => text): string[] {
  const widths = columns.map((column, index) => Math.max(column.heading.length, ...rows.map((row) => (row[index] ?? '').length)));
  const last = columns.length - 1;
  const line = (cells: readonly string[], paint: (index: number, text: string, padded: string) => string): string =>
    cells
      .map((cell, index) => paint(index, cell, index === last ? cell : cell.padEnd(widths[index]!)))
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((column) => column.heading),
      (_index, _text, padded) => bold(padded),
    ),
    ...rows.map((row) => line(row, (index, text, padded) => columns[index]?.paint?.(text, padded) ?? padded)),
  ];
}
