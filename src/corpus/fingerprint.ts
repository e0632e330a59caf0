/**
 * Hashes that let a corpus be surveyed without keeping its text: one per line
 * (whitespace ignored), one per document's Han characters, and a sample of the
 * document's shingles for telling a copy that differs in its chrome (a `.txt`
 * and the `.html` page it was stripped from).
 */

/** 53 bits from two 32-bit hashes: collisions among millions of lines stay improbable, and the key is a plain number. */
function combine(h1: number, h2: number): number {
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;
}

/** Hash of `text[start, end)` without its spaces; undefined for a blank line. */
export function lineHash(text: string, start: number, end: number): number | undefined {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let any = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    any = true;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
  }
  return any ? combine(h1, h2) : undefined;
}

/** Each line's start and end, then its hash: `visit(index, hash)` for every line that is not blank. */
export function forEachLineHash(text: string, visit: (index: number, hash: number, start: number, end: number) => void): void {
  let index = 0;
  for (let start = 0; start <= text.length; index++) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const h = lineHash(text, start, end);
    if (h !== undefined) visit(index, h, start, end);
    if (nl === -1) break;
    start = nl + 1;
  }
}

/** Han characters and digits: what stays the same between a page and its text copy. */
function isContent(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x30 && c <= 0x39);
}

const SHINGLE = 12;
/** One shingle in this many is kept (by its hash, so that two copies keep the same ones). */
const SAMPLE_MASK = 15;

export interface ContentPrint {
  /** Hash of all the content characters in order: equal for copies that differ only in spacing, punctuation or markup. */
  whole: number;
  /** Sampled shingle hashes, distinct. */
  shingles: number[];
  /** Content characters counted. */
  length: number;
}

/** The content print of a text (see ContentPrint). */
export function contentPrint(text: string): ContentPrint {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let length = 0;
  const window = new Int32Array(SHINGLE);
  const shingles = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isContent(c)) continue;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 13;
    window[length % SHINGLE] = c;
    length++;
    if (length >= SHINGLE) {
      const s = shingleHash(window, length % SHINGLE);
      if ((s & SAMPLE_MASK) === 0) shingles.add(s);
    }
  }
  return { whole: combine(h1, h2), shingles: [...shingles], length };
}

/** The hash of the shingle in a ring buffer whose oldest character is at `from`. */
function shingleHash(ring: Int32Array, from: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < SHINGLE; k++) h = Math.imul(h ^ ring[(from + k) % SHINGLE], 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}
