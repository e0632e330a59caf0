import { segment, addWords } from '../../segment/segmenter.js';
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

/** Every candidate of every finder in a document's cleaned text, piece by piece, in text order. */
export function findCandidates(text: string, lexicon: Lexicon): SloganCandidates {
  const found: Candidate[] = [];
  const discovered: number[] = [];
  if (!text.trim()) return { found, discovered: new Int32Array(0) };
  // A piece at a time (a line, or a slice of a very long one): tokens never pile up for a whole file.
  for (const [from, to] of pieces(text)) {
    const piece = text.slice(from, to);
    if (!/\p{Script=Han}/u.test(piece)) continue;
    // The lexicon goes into jieba when there is something to segment: a run on unreadable paths loads nothing.
    putLexiconInJieba(lexicon);
    const tokens = segment(piece);
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
