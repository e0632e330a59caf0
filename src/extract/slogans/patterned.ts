import { isParallelSpan } from './shape.js';
import { HAN_ONLY, sloganKey, type Candidate, type WordBoundaries } from './types.js';

/**
 * Parallel coinages (延链补链强链, 招大引强, 做大做强做优) that start and end at
 * word boundaries; the longest parallel span at a place wins.
 */
export function findPatterned(text: string, boundaries: WordBoundaries): Candidate[] {
  const out: Candidate[] = [];
  let lastEnd = -1;
  for (let i = 0; i < text.length - 3; i++) {
    if (i < lastEnd || !boundaries.has(i)) continue;
    for (const len of [12, 9, 8, 6, 4]) {
      // Cheapest tests first: most places fail at a word boundary.
      if (i + len > text.length || !boundaries.has(i + len) || !partsAreWords(i, len, boundaries)) continue;
      if (!isParallelSpan(text, i, len)) continue;
      const s = text.slice(i, i + len);
      if (!HAN_ONLY.test(s)) continue;
      out.push({ key: sloganKey(s), kind: 'patterned', finder: 'patterned', start: i, end: i + len });
      lastEnd = i + len;
      break;
    }
  }
  return out;
}

/** The parts of a parallel formula are words of their own: 延链/补链/强链, not 好建/设好/集聚. */
function partsAreWords(start: number, len: number, boundaries: WordBoundaries): boolean {
  return cutEvery(start, len, 2, boundaries) || cutEvery(start, len, 3, boundaries);
}

/** Whether a word boundary falls every `size` characters inside the span (called for most places: no allocation). */
function cutEvery(start: number, len: number, size: number, boundaries: WordBoundaries): boolean {
  if (len % size !== 0 || len / size < 2) return false;
  for (let p = start + size; p < start + len; p += size) if (!boundaries.has(p)) return false;
  return true;
}
