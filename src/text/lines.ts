/**
 * Each non-empty line of a text, as its bounds in the text: no string per
 * line. The dictionaries read this way have hundreds of thousands of lines,
 * and a line cut out as a string would keep the whole file's text alive
 * through any long word sliced from it (see ownCopy).
 */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) visit(start, end);
    start = end + 1;
  }
}
