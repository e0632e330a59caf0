import type { Occurrence } from '../occurrence.js';
import { ownCopy } from '../../text/own-copy.js';
import type { Finder, SloganKind } from './types.js';
import { partsOf } from './families.js';

/**
 * Occurrences kept per slogan for reporting (counts stay exact). Every recurring
 * slogan of a corpus holds this many, so it sets most of the memory slogans use.
 */
export const SAMPLES = 20;

const FINDERS: readonly Finder[] = ['lexicon', 'quoted', 'numbered', 'patterned', 'discovered', 'series'];

/**
 * Everything counted about one slogan over the corpus. A corpus yields hundreds
 * of thousands of candidate n-grams, most seen once or twice, so an entry is
 * kept small: finders as a bit set, and the maps created only when needed.
 */
export interface Entry {
  key: string;
  kind: SloganKind;
  /** Counts per kind, once a second kind has been seen. */
  kinds?: Map<SloganKind, number>;
  finders: number;
  occurrences: number;
  documents: number;
  /** Documents without a date. */
  undated: number;
  lastDoc: number;
  firstDate?: string;
  lastDate?: string;
  samples?: Occurrence[];
  /** Most samples this entry may keep: SAMPLES, or 1 once the index's sample budget took the rest. */
  sampleCap: number;
  /** Every how many of its documents a sample is taken (doubles each time the samples fill, halving them). */
  sampleStride: number;
  /** The documents it stands in, for slogans of parts (延链补链强链): a family's documents are their union. */
  docIds?: number[];
  /**
   * Characters seen just left and right of discovered candidates (the first
   * NEIGHBOURS of each side, as a string: a Map per n-gram cost too much memory);
   * clause edges are counted apart.
   */
  left?: string;
  right?: string;
  leftEdges: number;
  rightEdges: number;
  /** Counts per --by bucket ("month\t2024-05"): documents and occurrences. */
  buckets?: Map<string, { documents: number; occurrences: number; lastDoc: number }>;
}

/**
 * Every field is set here, in one order, even when undefined: all entries then
 * share one hidden class with the fields inside the object. Fields added later,
 * in whatever order a document happened to add them, gave entries dozens of
 * shapes (slow property access) and a second allocation each.
 */
export function newEntry(key: string, kind: SloganKind): Entry {
  return {
    key: ownCopy(key),
    kind,
    kinds: undefined,
    finders: 0,
    occurrences: 0,
    documents: 0,
    undated: 0,
    lastDoc: -1,
    firstDate: undefined,
    lastDate: undefined,
    samples: undefined,
    sampleCap: SAMPLES,
    sampleStride: 1,
    docIds: partsOf(key) ? [] : undefined,
    left: undefined,
    right: undefined,
    leftEdges: 0,
    rightEdges: 0,
    buckets: undefined,
  };
}

export function hasFinder(e: Entry, f: Finder): boolean {
  return (e.finders & (1 << FINDERS.indexOf(f))) !== 0;
}

/** True when only this finder has proposed the slogan. */
export function onlyFinder(e: Entry, f: Finder): boolean {
  return e.finders === 1 << FINDERS.indexOf(f);
}

export function finderNames(e: Entry): Finder[] {
  return FINDERS.filter((f) => hasFinder(e, f));
}

/**
 * Count one occurrence, and say whether a sample of it is wanted: the caller then
 * locates it and hands it to `keepSample` (locating costs more than counting,
 * and most occurrences are never kept; a closure to locate each one cost an
 * allocation per occurrence counted).
 */
export function countOccurrence(
  e: Entry,
  docId: number,
  kind: SloganKind,
  finder: Finder,
  date: string | undefined,
  buckets?: readonly string[],
  sampleLimit = SAMPLES,
): boolean {
  if (kind !== e.kind || e.kinds) {
    e.kinds ??= new Map([[e.kind, e.occurrences]]);
    e.kinds.set(kind, (e.kinds.get(kind) ?? 0) + 1);
  }
  e.finders |= 1 << FINDERS.indexOf(finder);
  e.occurrences++;
  const newDocument = e.lastDoc !== docId;
  if (newDocument) {
    e.documents++;
    e.lastDoc = docId;
    e.docIds?.push(docId);
    if (!date) e.undated++;
  }
  if (buckets) for (const b of buckets) countBucket(e, b, docId);
  if (date) {
    if (!e.firstDate || date < e.firstDate) e.firstDate = date;
    if (!e.lastDate || date > e.lastDate) e.lastDate = date;
  }
  // One sample per document, from every sampleStride-th of its documents: spread over the corpus, the first kept.
  return (
    newDocument &&
    (e.documents - 1) % e.sampleStride === 0 &&
    (e.samples?.length ?? 0) < Math.min(sampleLimit, e.sampleCap) + (e.sampleCap > 1 ? 1 : 0)
  );
}

/**
 * Keep a sample of an occurrence `countOccurrence` wanted one of. When the
 * samples overflow, every other one after the first is let go and the stride
 * doubles: the samples stay spread over all the documents seen, in order.
 */
export function keepSample(e: Entry, occurrence: Occurrence): void {
  // concat() makes an array with room for exactly its samples; push() reserved 17 slots from the first sample on
  // (a spread gave 19 at two). Samples are few per slogan, so the copy costs little.
  e.samples = e.samples ? e.samples.concat([occurrence]) : [occurrence];
  if (e.samples.length > e.sampleCap && e.sampleCap > 1) {
    e.samples = e.samples.filter((_s, i) => i === 0 || i % 2 === 0);
    e.sampleStride *= 2;
  }
}

/** Keep only the first sample from now on (the counts stay exact); returns how many were let go. */
export function trimSamples(e: Entry): number {
  const before = e.samples?.length ?? 0;
  e.sampleCap = 1;
  if (before > 1) e.samples = e.samples!.slice(0, 1);
  return Math.max(0, before - 1);
}

function countBucket(e: Entry, bucket: string, docId: number): void {
  e.buckets ??= new Map();
  const b = e.buckets.get(bucket) ?? { documents: 0, occurrences: 0, lastDoc: -1 };
  b.occurrences++;
  if (b.lastDoc !== docId) {
    b.documents++;
    b.lastDoc = docId;
  }
  e.buckets.set(bucket, b);
}

const NEIGHBOURS = 64;

export function noteNeighbours(e: Entry, left: string | undefined, right: string | undefined): void {
  if (!left) e.leftEdges++;
  else e.left = withNeighbour(e.left, left);
  if (!right) e.rightEdges++;
  else e.right = withNeighbour(e.right, right);
}

/** One side's neighbours with `ch` added, while there is room (the first NEIGHBOURS are kept). */
export function withNeighbour(chars: string | undefined, ch: string): string | undefined {
  return (chars?.length ?? 0) < NEIGHBOURS ? appendNeighbour(chars, ch) : chars;
}

/**
 * One more neighbour, in a flat string. `chars + ch` would make a
 * concatenation node (32 bytes) over the old string from 13 characters on, and
 * flattening only every 16 characters left chains of up to 15 nodes, each
 * holding a one-character string of its own (V8 caches only Latin-1 ones): on a
 * long run, with every kept n-gram's neighbours filling up, they were the live
 * heap's largest growth (a heap snapshot at 3× the xwlb corpus held 474,000
 * nodes and 487,000 one-character strings). Array join builds a flat string,
 * at about a third of the cost of ownCopy's JSON round trip.
 */
function appendNeighbour(chars: string | undefined, ch: string): string {
  return chars === undefined ? ch : [chars, ch].join('');
}

/** Neighbour counts of one side, for the entropy. */
export function neighbourCounts(chars: string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of chars ?? '') counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** The kind seen most often for a slogan; shape kinds win ties over `term`. */
export function mainKind(e: Entry): SloganKind {
  if (!e.kinds) return e.kind;
  let best: SloganKind = 'term';
  let n = -1;
  for (const [k, c] of e.kinds)
    if (c > n || (c === n && best === 'term')) {
      best = k;
      n = c;
    }
  return best;
}
