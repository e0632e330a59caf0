import { segmentedPieces, type Segmentation, type SegmentedPiece } from '../../segment/segmentation.js';
import type { Lexicon } from './lexicon.js';
import { findNumbered } from './numbered.js';
import { findPatterned } from './patterned.js';
import { Int32List } from '../../text/int32-list.js';
import { findQuoted } from './quoted.js';
import { findSeries } from './series.js';
import { BoundaryFlags, type Candidate } from './types.js';

/**
 * What the finders see in one document: the part of slogan mining that needs
 * the document alone, so that it can run on a worker thread. Offsets are in the
 * document's cleaned text. Discovered n-grams are many, so they travel as
 * start/end pairs (their key is the text between).
 */
export interface SloganCandidates {
  found: Candidate[];
  discovered: Int32Array;
}

/** Every candidate of every finder in a document's cleaned text, piece by piece, in text order, given its segmentation. */
export function findCandidates(text: string, segmentation: Segmentation, lexicon: Lexicon): SloganCandidates {
  return findInPieces(segmentedPieces(text, segmentation), lexicon);
}

/** The finders on each piece: where they overlap, the longer wins, and discovered n-grams give way to the rest. */
function findInPieces(segmented: Iterable<SegmentedPiece>, lexicon: Lexicon): SloganCandidates {
  const found: Candidate[] = [];
  const discovered = new Int32List();
  for (const { from, piece, wordStarts, ngrams } of segmented) {
    const base = from;
    const boundaries = new BoundaryFlags(piece.length, wordStarts, base);
    const title = columnTitle(piece);
    const outsideTitle = (c: { start: number; end: number }) => !title || c.end <= title[0] || c.start >= title[1];
    const inPiece = resolveOverlaps(
      [
        ...lexicon.find(piece),
        ...findQuoted(piece),
        ...findNumbered(piece, boundaries),
        ...findPatterned(piece, boundaries),
        ...findSeries(piece, boundaries),
      ].filter(outsideTitle),
    );
    for (const c of inPiece) found.push({ ...c, start: from + c.start, end: from + c.end });
    for (let i = 0; i < ngrams.length; i += 2) {
      const start = ngrams[i] - base;
      const end = ngrams[i + 1] - base;
      // An n-gram may extend a find (一个中国 → 一个中国原则: both are counted), not cut into one or cross it.
      if (
        !outsideTitle({ start, end }) ||
        inPiece.some((o) => start < o.end && end > o.start && !(start <= o.start && end >= o.end && end - start > o.end - o.start))
      )
        continue;
      discovered.push(from + start, from + end);
    }
  }
  return { found, discovered: discovered.toInt32Array() };
}

/**
 * A news column's title at the head of a line (【新时代新征程新伟业】, ### 【走进县城看发展】…):
 * the programme's name, not the item's words. Its span in the piece, if any.
 */
function columnTitle(piece: string): [number, number] | undefined {
  const m = /^(?:#{1,6}\s*|\d{1,2}[.．、]\s*)?【[^【】\n]{1,30}】/.exec(piece);
  return m ? [m[0].indexOf('【'), m[0].length] : undefined;
}

/**
 * Where finders overlap, the longer span wins; but a listed slogan is counted
 * wherever it stands, as kwic finds it: inside a longer listed one (nested),
 * or inside a series, quote or pattern found around it. Equal spans count once.
 */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const same = out.some((o) => c.start === o.start && c.end === o.end && c.key === o.key);
    const inside = c.finder !== 'lexicon' && out.some((o) => c.start >= o.start && c.end <= o.end);
    if (!same && !inside) out.push(c);
  }
  return out;
}
