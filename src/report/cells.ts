import type { Cell } from './types.js';

/** How list cells are written in CSV and tables: items joined with ` | ` (documented in the README). */
export const LIST_SEPARATOR = ' | ';

export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(LIST_SEPARATOR);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Display width in terminal cells: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch.codePointAt(0)!);
  return w;
}

function charWidth(c: number): number {
  if (c < 0x20 || (c >= 0x300 && c <= 0x36f) || c === 0x200b) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
    return 2;
  return 1;
}

/**
 * Cut text to at most `max` display cells, ending with … when cut; line breaks become spaces.
 * `cut` 'start' keeps the end (a path's line and column); 'around' keeps a match marked with 【 in sight, a third of the width before it.
 */
export function truncate(text: string, max: number, cut: 'end' | 'start' | 'around' = 'end'): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (displayWidth(flat) <= max) return flat;
  if (cut === 'start') return `…${[...truncate([...flat].reverse().join(''), max).slice(0, -1)].reverse().join('')}`;
  const mark = cut === 'around' ? flat.indexOf('【') : -1;
  if (mark > 0) {
    const before = flat.slice(0, mark);
    const kept = displayWidth(before) <= max / 3 ? before : truncate(before, Math.floor(max / 3), 'start');
    return kept + truncate(flat.slice(mark), max - displayWidth(kept));
  }
  let out = '';
  let w = 0;
  for (const ch of flat) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
