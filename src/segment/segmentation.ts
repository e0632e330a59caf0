import { Int32List } from '../text/int32-list.js';
import { proposeNgrams } from './ngrams.js';
import type { Segmenter } from './segmenter.js';

/**
 * The segmentation stage's output for one document: where each word starts,
 * and the word n-grams slogan discovery counts, with offsets in the cleaned
 * text. Typed arrays, so that a segmentation made on a worker thread moves to
 * the thread that finds in it without a copy (each may be a view of a buffer
 * up to twice its length: see Int32List). Only the text's pieces with Han
 * characters are segmented (see `hanPieces`).
 */
export interface Segmentation {
  wordStarts: Int32Array;
  /** Start/end pairs (see proposeNgrams), in text order. */
  ngrams: Int32Array;
}

/** One piece of a text (see `hanPieces`) and its part of the text's segmentation. */
export interface SegmentedPiece {
  from: number;
  piece: string;
  /** Where each word starts: offsets in the text (the piece's start, `from`, plus the offset in the piece). */
  wordStarts: Int32Array;
  /** The piece's n-grams, as start/end pairs of offsets in the text. */
  ngrams: Int32Array;
}

/** Segment a cleaned text, piece by piece, with `segmenter`. */
export function segmentText(text: string, segmenter: Segmenter): Segmentation {
  // News has 0.49 word starts and 0.38 n-gram numbers (starts and ends) per character: at most one doubling, mostly none.
  const wordStarts = new Int32List(text.length >> 1);
  const ngrams = new Int32List(text.length >> 1);
  for (const [from, piece] of hanPieces(text)) {
    const tokens = segmenter.segment(piece);
    for (const t of tokens) wordStarts.push(from + t.start);
    const pairs = proposeNgrams(tokens);
    for (let i = 0; i < pairs.length; i += 2) ngrams.push(from + pairs[i], from + pairs[i + 1]);
  }
  return { wordStarts: wordStarts.toInt32Array(), ngrams: ngrams.toInt32Array() };
}

/**
 * The pieces of a text with their part of its segmentation, in order: views
 * of the segmentation's arrays, not copies (copies would be about a quarter of
 * what the main thread allocates in `slogans --jobs 2`).
 * A segmentation of another text fails here rather than give other words.
 */
export function* segmentedPieces(text: string, segmentation: Segmentation): Generator<SegmentedPiece> {
  const { wordStarts: starts, ngrams: pairs } = segmentation;
  let word = 0;
  let pair = 0;
  for (const [from, piece] of hanPieces(text)) {
    const to = from + piece.length;
    const firstWord = word;
    const firstPair = pair;
    while (word < starts.length && starts[word] < to) word++;
    while (pair < pairs.length && pairs[pair] < to) pair += 2;
    yield { from, piece, wordStarts: starts.subarray(firstWord, word), ngrams: pairs.subarray(firstPair, pair) };
  }
  if (word !== starts.length || pair !== pairs.length) throw new Error('a segmentation does not fit the text it came with');
}

/** Longest piece segmented at once. */
const PIECE = 4000;

/** Where each piece with Han characters starts, and its text: pieces without have no words a finder wants. */
function* hanPieces(text: string): Generator<[number, string]> {
  if (!text.trim()) return;
  // A piece at a time (a line, or a slice of a very long one): word objects never pile up for a whole file.
  for (const [from, to] of pieces(text)) {
    const piece = text.slice(from, to);
    if (/\p{Script=Han}/u.test(piece)) yield [from, piece];
  }
}

/** Lines, with lines longer than PIECE cut after a sentence or clause mark (or hard, if there is none). */
function* pieces(text: string): Generator<[number, number]> {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const lineEnd = nl === -1 ? text.length : nl;
    let end = Math.min(lineEnd, start + PIECE);
    if (end < lineEnd) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('，'));
      if (cut > PIECE / 2) end = start + cut + 1;
    }
    if (end > start) yield [start, end];
    start = end === lineEnd ? lineEnd + 1 : end;
  }
}
