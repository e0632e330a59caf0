import { segment, addWords } from '../../segment/segmenter.js';
import { discoverCandidates } from './discovery.js';
import type { Lexicon } from './lexicon.js';
import { findNumbered } from './numbered.js';
import { findPatterned } from './patterned.js';
import { Int32List } from './int32-list.js';
import { findQuoted } from './quoted.js';
import { findSeries } from './series.js';
import { BoundaryFlags, type Candidate } from './types.js';

/**
 * What the finders see in one document: the part of slogan mining that needs
 * the text alone, so that it can run on a worker thread. Offsets are in the
 * document's cleaned text. Discovered n-grams are many, so they travel as
 * start/end pairs (their key is the text between).
 */
export interface SloganCandidates {
  found: Candidate[];
  discovered: Int32Array;
}

const PIECE = 4000;
const lexiconsInJieba = new WeakSet<Lexicon>();

/** One piece of a document's cleaned text (see `pieces`) and what the finders need of its segmentation. */
interface SegmentedPiece {
  from: number;
  piece: string;
  /** Where each word starts: offsets in the piece, plus `base`. */
  wordStarts: ArrayLike<number>;
  /** The n-grams discovery proposes, as start/end pairs (see discoverCandidates): offsets in the piece, plus `base`. */
  ngrams: ArrayLike<number>;
  /** 0 for a piece segmented by itself; its start when the arrays are views of a whole text's segmentation. */
  base: number;
}

/** Every candidate of every finder in a document's cleaned text, piece by piece, in text order. */
export function findCandidates(text: string, lexicon: Lexicon): SloganCandidates {
  return findInPieces(segmentedPieces(text, lexicon), lexicon);
}

/**
 * What the finders need of a document's segmentation, done on one thread for
 * them to run on another (which then need not load jieba), with offsets in
 * the cleaned text: typed arrays, whose buffers move between threads (each
 * may be a view of a buffer up to twice its length: see Int32List).
 */
export interface Segmentation {
  wordStarts: Int32Array;
  /** Start/end pairs, before the other finders' candidates take their place. */
  ngrams: Int32Array;
}

/**
 * The segmentation `findCandidates` would find in, for
 * `findCandidatesInSegmentation` to search elsewhere; of the whole text at
 * once (at most MAX_SHIPPED characters are sent).
 */
export function segmentForFinding(text: string, lexicon: Lexicon): Segmentation {
  // News has 0.49 word starts and 0.38 n-gram numbers (starts and ends) per character: at most one doubling, mostly none.
  const wordStarts = new Int32List(text.length >> 1);
  const ngrams = new Int32List(text.length >> 1);
  for (const { from, wordStarts: starts, ngrams: pairs } of segmentedPieces(text, lexicon)) {
    for (let i = 0; i < starts.length; i++) wordStarts.push(from + starts[i]);
    for (let i = 0; i < pairs.length; i += 2) ngrams.push(from + pairs[i], from + pairs[i + 1]);
  }
  return { wordStarts: wordStarts.toInt32Array(), ngrams: ngrams.toInt32Array() };
}

/** `findCandidates` on a segmentation made elsewhere by `segmentForFinding`, of the same text: the same candidates. */
export function findCandidatesInSegmentation(text: string, segmentation: Segmentation, lexicon: Lexicon): SloganCandidates {
  return findInPieces(piecesOf(text, segmentation), lexicon);
}

/**
 * The pieces `segmentedPieces` gives, made again from the text and a
 * segmentation of it (cut from the same pieces, in order): each piece's words
 * and n-grams are views of the segmentation's arrays, based at the piece's
 * start (copies of them were 0.28 of the 3.6 GB the main thread allocated in
 * `slogans --jobs 2` over xwlb-2022-2026).
 */
function* piecesOf(text: string, segmentation: Segmentation): Generator<SegmentedPiece> {
  const { wordStarts: starts, ngrams: pairs } = segmentation;
  let word = 0;
  let pair = 0;
  for (const [from, piece] of hanPieces(text)) {
    const to = from + piece.length;
    const firstWord = word;
    const firstPair = pair;
    while (word < starts.length && starts[word] < to) word++;
    while (pair < pairs.length && pairs[pair] < to) pair += 2;
    yield { from, piece, wordStarts: starts.subarray(firstWord, word), ngrams: pairs.subarray(firstPair, pair), base: from };
  }
  // A segmentation of another text, or of other pieces, must fail here rather than give other candidates.
  if (word !== starts.length || pair !== pairs.length) throw new Error('a segmentation does not fit the text it came with');
}

/** The pieces of a text with Han characters in them, segmented: pieces without have no words a finder wants. */
function* segmentedPieces(text: string, lexicon: Lexicon): Generator<SegmentedPiece> {
  for (const [from, piece] of hanPieces(text)) {
    // The lexicon goes into jieba when there is something to segment: a run on unreadable paths loads nothing.
    putLexiconInJieba(lexicon);
    const tokens = segment(piece);
    yield { from, piece, wordStarts: tokens.map((t) => t.start), ngrams: discoverCandidates(tokens), base: 0 };
  }
}

/** Where each piece starts, and its text. */
function* hanPieces(text: string): Generator<[number, string]> {
  if (!text.trim()) return;
  // A piece at a time (a line, or a slice of a very long one): word objects never pile up for a whole file.
  for (const [from, to] of pieces(text)) {
    const piece = text.slice(from, to);
    if (/\p{Script=Han}/u.test(piece)) yield [from, piece];
  }
}

/** The finders on each piece: where they overlap, the longer wins, and discovered n-grams give way to the rest. */
function findInPieces(segmented: Iterable<SegmentedPiece>, lexicon: Lexicon): SloganCandidates {
  const found: Candidate[] = [];
  const discovered = new Int32List();
  for (const { from, piece, wordStarts, ngrams, base } of segmented) {
    const boundaries = new BoundaryFlags(piece.length, wordStarts, base);
    const title = columnTitle(piece);
    const outsideTitle = (c: { start: number; end: number }) => !title || c.end <= title[0] || c.start >= title[1];
    const inPiece = resolveOverlaps([
      ...lexicon.find(piece), ...findQuoted(piece), ...findNumbered(piece, boundaries), ...findPatterned(piece, boundaries), ...findSeries(piece, boundaries),
    ].filter(outsideTitle));
    for (const c of inPiece) found.push({ ...c, start: from + c.start, end: from + c.end });
    for (let i = 0; i < ngrams.length; i += 2) {
      const start = ngrams[i] - base;
      const end = ngrams[i + 1] - base;
      // An n-gram may extend a find (一个中国 → 一个中国原则: both are counted), not cut into one or cross it.
      if (!outsideTitle({ start, end }) || inPiece.some((o) => start < o.end && end > o.start && !(start <= o.start && end >= o.end && end - start > o.end - o.start))) continue;
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

/** Load jieba with the lexicon's slogans as words (once per lexicon), so that segmentation keeps them whole. */
export function putLexiconInJieba(lexicon: Lexicon): void {
  if (lexiconsInJieba.has(lexicon)) return;
  addWords(lexicon.entries.map((e) => e.text));
  lexiconsInJieba.add(lexicon);
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
