/** Turns offsets in `text` into 1-based line and column numbers; `lineOffset` shifts lines (a Markdown code block). */
export function positions(text: string, lineOffset = 0): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1 + lineOffset, column: offset - starts[low]! + 1 };
  };
}
