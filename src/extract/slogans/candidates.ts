import { segment, addWords, type Token } from '../../segment/segmenter.js';
import { discoverCandidates } from './discovery.js';
import type { Lexicon } from './lexicon.js';
import { findNumbered } from './numbered.js';
import { findPatterned } from './patterned.js';
import { findQuoted } from './quoted.js';
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

/** One piece of a document's cleaned text (see `pieces`) and its words, with offsets in the piece. */
interface SegmentedPiece {
  from: number;
  piece: string;
  tokens: Token[];
}

/** Every candidate of every finder in a document's cleaned text, piece by piece, in text order. */
export function findCandidates(text: string, lexicon: Lexicon): SloganCandidates {
  return findInPieces(segmentedPieces(text, lexicon), lexicon);
}

/**
 * A document's words, segmented on one thread for the finders to run on
 * another (which then need not load jieba): where each word starts in the
 * cleaned text, its length and its tag, as typed arrays whose buffers move.
 */
export interface SloganWords {
  starts: Int32Array;
  lengths: Uint16Array;
  tags: Uint16Array;
  /** The tag names, in the order of the ids in `tags`. */
  tagNames: string[];
}

/** The words `findCandidates` would find in, for `findInWords` to search elsewhere (a whole document's: it is sent whole). */
export function segmentForFinding(text: string, lexicon: Lexicon): SloganWords {
  const starts: number[] = [];
  const lengths: number[] = [];
  const tags: number[] = [];
  const tagIds = new Map<string, number>();
  for (const { from, tokens } of segmentedPieces(text, lexicon)) {
    for (const t of tokens) {
      let id = tagIds.get(t.tag);
      if (id === undefined) tagIds.set(t.tag, (id = tagIds.size));
      starts.push(from + t.start);
      lengths.push(t.word.length);
      tags.push(id);
    }
  }
  return { starts: Int32Array.from(starts), lengths: Uint16Array.from(lengths), tags: Uint16Array.from(tags), tagNames: [...tagIds.keys()] };
}

/** `findCandidates` on words segmented elsewhere by `segmentForFinding`, from the same text: the same candidates. */
export function findInWords(text: string, words: SloganWords, lexicon: Lexicon): SloganCandidates {
  return findInPieces(piecesOfWords(text, words), lexicon);
}

/** The pieces `segmentedPieces` gives, with the words made again from the text and the arrays. */
function* piecesOfWords(text: string, words: SloganWords): Generator<SegmentedPiece> {
  let next = 0;
  for (const [from, piece] of hanPieces(text)) {
    const to = from + piece.length;
    const tokens: Token[] = [];
    // Words were cut from the same pieces, in order. A word jieba saw with a lone surrogate replaced is cut here with
    // the surrogate: the finders test such words only for Han characters, which neither form has.
    for (; next < words.starts.length && words.starts[next] < to; next++) {
      const start = words.starts[next] - from;
      tokens.push({ word: piece.slice(start, start + words.lengths[next]), tag: words.tagNames[words.tags[next]], start });
    }
    yield { from, piece, tokens };
  }
}

/** The pieces of a text with Han characters in them, segmented: pieces without have no words a finder wants. */
function* segmentedPieces(text: string, lexicon: Lexicon): Generator<SegmentedPiece> {
  for (const [from, piece] of hanPieces(text)) {
    // The lexicon goes into jieba when there is something to segment: a run on unreadable paths loads nothing.
    putLexiconInJieba(lexicon);
    yield { from, piece, tokens: segment(piece) };
  }
}

/** Where each piece starts, and its text. */
function* hanPieces(text: string): Generator<[number, string]> {
  if (!text.trim()) return;
  // A piece at a time (a line, or a slice of a very long one): tokens never pile up for a whole file.
  for (const [from, to] of pieces(text)) {
    const piece = text.slice(from, to);
    if (/\p{Script=Han}/u.test(piece)) yield [from, piece];
  }
}

/** The finders on each piece: where they overlap, the longer wins, and discovered n-grams give way to the rest. */
function findInPieces(segmented: Iterable<SegmentedPiece>, lexicon: Lexicon): SloganCandidates {
  const found: Candidate[] = [];
  const discovered: number[] = [];
  for (const { from, piece, tokens } of segmented) {
    const boundaries = new BoundaryFlags(piece.length, tokens.map((t) => t.start));
    const inPiece = resolveOverlaps([
      ...lexicon.find(piece), ...findQuoted(piece), ...findNumbered(piece, boundaries), ...findPatterned(piece, boundaries),
    ]);
    for (const c of inPiece) found.push({ ...c, start: from + c.start, end: from + c.end });
    const ngrams = discoverCandidates(tokens);
    for (let i = 0; i < ngrams.length; i += 2) {
      const start = ngrams[i];
      const end = ngrams[i + 1];
      if (inPiece.some((o) => start < o.end && end > o.start)) continue;
      discovered.push(from + start, from + end);
    }
  }
  return { found, discovered: Int32Array.from(discovered) };
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

/** Where finders overlap, the longer span wins; equal spans are counted once. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const inside = out.some((o) => c.start >= o.start && c.end <= o.end);
    if (!inside) out.push(c);
  }
  return out;
}
