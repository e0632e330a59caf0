import type { Document } from '../../document.js';
import { segment, addWords } from '../../segment/segmenter.js';
import { occurrenceAt } from '../occurrence.js';
import { discoverCandidates } from './discovery.js';
import { newEntry, noteNeighbours, onlyFinder, recordOccurrence, type Entry } from './entry.js';
import type { SloganKind } from './types.js';
import type { Lexicon } from './lexicon.js';
import { findNumbered } from './numbered.js';
import { findPatterned } from './patterned.js';
import { findQuoted } from './quoted.js';
import type { Candidate } from './types.js';

export type BreakDown = 'month' | 'year' | 'region' | 'file' | 'dir';

/** Discovered n-grams seen once are forgotten after this many documents: memory stays flat. */
const PRUNE_EVERY = 100;
const DISCOVERED_SAMPLES = 3;
/** Most discovered n-grams kept at once (about 100 MB of counts). */
const MAX_DISCOVERED = 200_000;
const CLAUSE_BREAK = /[^\p{Script=Han}\p{Letter}\d+]/u;

/**
 * The corpus-level state of slogan mining: counts per slogan, never texts.
 * Documents are added one at a time; `entries` is read once at the end.
 */
export class SloganIndex {
  readonly entries = new Map<string, Entry>();
  private docId = 0;

  private wordsAdded = false;

  private readonly bys: readonly BreakDown[];

  constructor(private readonly lexicon: Lexicon, by?: BreakDown | readonly BreakDown[]) {
    this.bys = by === undefined ? [] : typeof by === 'string' ? [by] : by;
  }

  addDocument(doc: Document): void {
    const id = this.docId++;
    if (!doc.text.trim()) return;
    // One bucket key per breakdown, tagged with it ("month\t2024-05"): an entry counts them in one map.
    const bucket = this.bys.length ? this.bys.map((by) => `${by}\t${bucketOf(doc, by)}`) : undefined;
    // A piece at a time (a line, or a slice of a very long one): tokens never pile up for a whole file.
    for (const [from, to] of pieces(doc.text)) this.addPiece(doc, id, bucket, from, to);
    if (id % PRUNE_EVERY === PRUNE_EVERY - 1) this.prune(id);
  }

  private addPiece(doc: Document, id: number, bucket: readonly string[] | undefined, from: number, to: number): void {
    const text = doc.text.slice(from, to);
    if (!/\p{Script=Han}/u.test(text)) return;
    if (!this.wordsAdded) {
      // The lexicon goes into jieba when there is something to segment: a run on unreadable paths loads nothing.
      addWords(this.lexicon.entries.map((e) => e.text));
      this.wordsAdded = true;
    }
    const tokens = segment(text);
    const boundaries = new Set<number>(tokens.map((t) => t.start));
    boundaries.add(text.length);
    const found = resolveOverlaps([
      ...this.lexicon.find(text), ...findQuoted(text), ...findNumbered(text, boundaries), ...findPatterned(text, boundaries),
    ]);
    for (const c of found) {
      recordOccurrence(this.entry(c.key, c.kind), id, c.kind, c.finder, doc.meta.date, () => occurrenceAt(doc, from + c.start, from + c.end), bucket);
    }
    const claimed = found.map((c) => [c.start, c.end] as const);
    for (const c of discoverCandidates(text, tokens)) {
      if (claimed.some(([s, e]) => c.start < e && c.end > s)) continue;
      const e = this.entry(c.key, c.kind);
      // Discovered n-grams are located only once they recur in a second document: most never do.
      recordOccurrence(e, id, c.kind, c.finder, doc.meta.date, () => occurrenceAt(doc, from + c.start, from + c.end), bucket, e.documents >= 1 && e.lastDoc !== id ? DISCOVERED_SAMPLES : e.samples?.length ?? 0);
      noteNeighbours(e, neighbour(text[c.start - 1]), neighbour(text[c.end]));
    }
  }

  private entry(key: string, kind: SloganKind): Entry {
    let e = this.entries.get(key);
    if (!e) this.entries.set(key, (e = newEntry(key, kind)));
    return e;
  }

  /**
   * Forget discovered-only n-grams seen in one document long ago: a phrase that
   * recurs across a corpus comes back within a few hundred documents (lossy
   * counting); keeping every one-off n-gram would make memory grow with the corpus.
   */
  private prune(now: number): void {
    const discovered: Entry[] = [];
    for (const [key, e] of this.entries) {
      if (!onlyFinder(e, 'discovered')) continue;
      if (e.documents === 1 && now - e.lastDoc >= PRUNE_EVERY) this.entries.delete(key);
      else discovered.push(e);
    }
    // A hard ceiling keeps memory flat however large the corpus: the n-grams in
    // the fewest documents, seen longest ago, go first (an order that depends
    // only on the input, so runs stay reproducible).
    if (discovered.length <= MAX_DISCOVERED) return;
    discovered.sort((a, b) => a.documents - b.documents || a.lastDoc - b.lastDoc || (a.key < b.key ? -1 : 1));
    for (const e of discovered.slice(0, discovered.length - MAX_DISCOVERED)) this.entries.delete(e.key);
  }
}

const PIECE = 4000;

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

/** A neighbouring character, or undefined at a clause edge (punctuation, space, line end). */
function neighbour(ch: string | undefined): string | undefined {
  return ch === undefined || CLAUSE_BREAK.test(ch) ? undefined : ch;
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

export function bucketOf(doc: Document, by: BreakDown): string {
  switch (by) {
    case 'month': return doc.meta.date?.slice(0, 7) ?? 'unknown';
    case 'year': return doc.meta.date?.slice(0, 4) ?? 'unknown';
    case 'region': return doc.meta.region ?? 'unknown';
    case 'file': return doc.path;
    case 'dir': return doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '.';
  }
}
