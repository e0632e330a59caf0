import { regionName, type Document } from '../../document.js';
import { occurrenceAt } from '../occurrence.js';
import type { SloganCandidates } from './candidates.js';
import { FirstSeen, type FirstSighting } from './first-seen.js';
import { countOccurrence, hasFinder, keepSample, newEntry, noteNeighbours, onlyFinder, SAMPLES, trimSamples, type Entry } from './entry.js';
import type { SloganKind } from './types.js';

export type BreakDown = 'month' | 'year' | 'region' | 'city' | 'file' | 'dir';

/** Discovered n-grams seen once are forgotten after this many documents: memory stays flat. */
const PRUNE_EVERY = 100;
const DISCOVERED_SAMPLES = 3;
/** Most discovered n-grams kept at once (the xwlb corpus, 1,637 days of news, has 150,000 in two documents or more). */
const MAX_DISCOVERED = 100_000;
/** Most one-document finds of the other finders kept at once (the xwlb corpus has about 17,000). */
const MAX_SINGLETONS = 50_000;
/** Most recurring finds of the other finders (quotes, numbered, patterned) kept at once (xwlb: about 6,000). */
const MAX_OTHERS = 50_000;
/**
 * Most samples kept over all slogans beyond each one's first (xwlb, 1,637
 * documents: about 170,000; a sample costs about 200 bytes). Samples are what
 * grew with the corpus once the counts had reached their ceilings: on a long run
 * every recurring slogan fills its SAMPLES. Past the budget, the slogans in the
 * fewest documents keep only their first; the first samples are bounded by the
 * ceilings on entries.
 */
const MAX_SAMPLES = 200_000;
/** Trimming goes down to this share of the budget, so that it does not run at every pruning. */
const SAMPLES_AFTER_TRIM = 0.8;
const CLAUSE_BREAK = /[^\p{Script=Han}\p{Letter}\d+]/u;

/**
 * The corpus-level state of slogan mining: counts per slogan, never texts.
 * Documents are added one at a time; `counted` gives the entries for ranking, at any time.
 */
export class SloganIndex {
  /** Every slogan counted, except discovered n-grams seen in one document so far: those wait in `firstSeen` (`counted` gives both). */
  readonly entries = new Map<string, Entry>();
  private readonly firstSeen = new FirstSeen<CountedDoc>();
  private docId = 0;
  /** The most documents of a slogan that the sample budget trimmed at its last pass. */
  private trimmedUpTo = 0;

  private readonly bys: readonly BreakDown[];

  /** Ceilings on what is kept; tests lower them. */
  private readonly limits = { discovered: MAX_DISCOVERED, singletons: MAX_SINGLETONS, others: MAX_OTHERS, samples: MAX_SAMPLES };

  constructor(by?: BreakDown | readonly BreakDown[], limits?: Partial<SloganIndex['limits']>) {
    Object.assign(this.limits, limits);
    this.bys = by === undefined ? [] : typeof by === 'string' ? [by] : by;
  }

  /** Count one document: `candidates` are what the finders saw in its text (`findCandidates`). */
  addDocument(doc: Document, candidates: SloganCandidates): void {
    const id = this.docId++;
    if (doc.text.trim()) this.count(doc, id, candidates);
    // Pruning keeps its rhythm whatever the documents hold (an empty one must not skip a window).
    if (id % PRUNE_EVERY === PRUNE_EVERY - 1) this.prune(id);
  }

  private count(doc: Document, id: number, candidates: SloganCandidates): void {
    const { found, discovered } = candidates;
    // One bucket key per breakdown, tagged with it ("month\t2024-05"): an entry counts them in one map.
    const buckets = this.bys.length ? this.bys.map((by) => `${by}\t${bucketOf(doc, by)}`) : undefined;
    // Kept with the first sightings while they wait, to locate a discovered n-gram's first occurrence once it recurs.
    const counted: CountedDoc = { id, date: doc.meta.date, buckets, ...(doc.text.length <= LOCATABLE ? { doc } : {}) };
    const text = doc.text;
    for (const c of found) {
      const e = this.entry(c.key, c.kind);
      if (countOccurrence(e, id, c.kind, c.finder, counted.date, buckets)) keepSample(e, occurrenceAt(doc, c.start, c.end));
    }
    for (let i = 0; i < discovered.length; i += 2) {
      const start = discovered[i];
      const end = discovered[i + 1];
      const key = text.slice(start, end);
      const left = neighbour(text[start - 1]);
      const right = neighbour(text[end]);
      let e = this.entries.get(key);
      if (!e) {
        // Counted among the first sightings, unless it waited there from an earlier document: then it has recurred.
        const recurred = this.firstSeen.see(key, counted, left, right, start, end);
        if (!recurred) continue;
        e = this.promote(recurred);
      }
      // Discovered n-grams are located only once they recur in a second document: most never do.
      const limit = e.documents >= 1 && e.lastDoc !== id ? DISCOVERED_SAMPLES : (e.samples?.length ?? 0);
      if (countOccurrence(e, id, 'term', 'discovered', counted.date, buckets, limit)) keepSample(e, occurrenceAt(doc, start, end));
      noteNeighbours(e, left, right);
    }
  }

  private entry(key: string, kind: SloganKind): Entry {
    let e = this.entries.get(key) ?? this.fromFirstSeen(key);
    if (!e) {
      e = newEntry(key, kind);
      this.entries.set(e.key, e);
    }
    return e;
  }

  /** The entry of a discovered n-gram first seen in an earlier document, if it waits there. */
  private fromFirstSeen(key: string): Entry | undefined {
    const sighting = this.firstSeen.take(key);
    return sighting && this.promote(sighting);
  }

  /** A first sighting made an entry, counted as if it had been one from the start, its first occurrence located. */
  private promote(sighting: FirstSighting<CountedDoc>): Entry {
    const e = entryOf(sighting);
    if (sighting.doc.doc) keepSample(e, occurrenceAt(sighting.doc.doc, sighting.start, sighting.end));
    this.entries.set(e.key, e);
    return e;
  }

  /**
   * Every entry, for ranking, with the discovered n-grams seen in one document
   * among them when `minDocs` lets such n-grams through (as entries made for
   * the occasion: they keep waiting, and counting can go on as before).
   */
  *counted(minDocs: number): IterableIterator<Entry> {
    yield* this.entries.values();
    if (minDocs <= 1) for (const sighting of this.firstSeen.sightings()) yield entryOf(sighting);
  }

  /**
   * Forget what will not recur: discovered-only n-grams seen in one document
   * long ago (a phrase that recurs across a corpus comes back within a few
   * hundred documents: lossy counting), and, past a ceiling, the oldest
   * one-document finds of the other finders (news quotes, mostly). Keeping them
   * all would make memory grow with the corpus.
   */
  private prune(now: number): void {
    const discovered: Entry[] = [];
    const singletons: Entry[] = [];
    const others: Entry[] = [];
    this.firstSeen.forgetBefore(now - PRUNE_EVERY + 1);
    for (const e of this.entries.values()) {
      if (onlyFinder(e, 'discovered')) discovered.push(e);
      else if (!hasFinder(e, 'lexicon')) (e.documents === 1 ? singletons : others).push(e);
    }
    // The n-grams still in one document are the fewest-documents ones, so the ceiling takes them first.
    this.firstSeen.forgetOldest(this.firstSeen.size + discovered.length - this.limits.discovered);
    this.dropBeyond(discovered, this.limits.discovered - this.firstSeen.size);
    this.dropBeyond(singletons, this.limits.singletons);
    this.dropBeyond(others, this.limits.others);
    this.trimSamplesBeyond(this.limits.samples);
  }

  /**
   * The sample budget. When the samples kept beyond each slogan's first exceed
   * it, the slogans in the fewest documents, seen longest ago, keep only their
   * first from then on (the rows an analyst reads first are in many documents
   * and keep theirs). A trimmed slogan that later recurs in more documents than
   * any slogan trimmed at the last pass gets its samples back. Counts are never
   * touched.
   */
  private trimSamplesBeyond(budget: number): void {
    let kept = 0;
    const trimmable: Entry[] = [];
    for (const e of this.entries.values()) {
      if (e.sampleCap < SAMPLES && e.documents > this.trimmedUpTo) e.sampleCap = SAMPLES;
      const n = e.samples?.length ?? 0;
      if (n > 1) {
        kept += n - 1;
        trimmable.push(e);
      }
    }
    if (kept <= budget) return;
    trimmable.sort(fewestOldestFirst);
    for (const e of trimmable) {
      if (kept <= budget * SAMPLES_AFTER_TRIM) break;
      kept -= trimSamples(e);
      this.trimmedUpTo = e.documents;
    }
  }

  /**
   * A hard ceiling: the entries in the fewest documents, seen longest ago, go
   * first (an order that depends only on the input, so runs stay reproducible).
   */
  private dropBeyond(entries: Entry[], ceiling: number): void {
    if (entries.length <= ceiling) return;
    for (const e of fewestOldest(entries, entries.length - ceiling)) this.entries.delete(e.key);
  }
}

/** What the index keeps of a document while first sightings in it wait: one object, shared by them all. */
interface CountedDoc {
  readonly id: number;
  readonly date: string | undefined;
  readonly buckets: readonly string[] | undefined;
  /** The document itself, when short enough to hold while its sightings wait (at most PRUNE_EVERY documents). */
  readonly doc?: Document;
}

/** Longest document held for its first sightings: a hundred of them stay under about 40 MB with their maps. */
const LOCATABLE = 64 * 1024;

/** The entry a first sighting would have been: its occurrences counted again (no samples: they were not located), its neighbours as seen. */
function entryOf(s: FirstSighting<CountedDoc>): Entry {
  const e = newEntry(s.key, 'term');
  // A limit of 0 samples: countOccurrence never asks for one, as nothing here could locate it.
  for (let i = 0; i < s.occurrences; i++) countOccurrence(e, s.doc.id, 'term', 'discovered', s.doc.date, s.doc.buckets, 0);
  e.left = s.left;
  e.right = s.right;
  e.leftEdges = s.leftEdges;
  e.rightEdges = s.rightEdges;
  return e;
}

/**
 * Entries in the fewest documents, seen longest ago, first: an order that
 * depends only on the input. fewestOldest applies its first two levels itself;
 * change them together.
 */
export function fewestOldestFirst(a: Entry, b: Entry): number {
  return a.documents - b.documents || a.lastDoc - b.lastDoc || (a.key < b.key ? -1 : 1);
}

/**
 * The first `count` entries in fewestOldestFirst order, without sorting them
 * all: pruning runs every 100 documents over 100,000 entries or more, and a
 * full sort each time was most of its cost. Entries are grouped by documents,
 * then the group at the cut by last document; only the group still at the cut
 * is sorted (by key).
 */
export function fewestOldest(entries: readonly Entry[], count: number): Entry[] {
  if (count < 0) throw new RangeError(`fewestOldest: count ${count}`);
  const out: Entry[] = [];
  let atCut: readonly Entry[] = entries;
  for (const level of [(e: Entry) => e.documents, (e: Entry) => e.lastDoc]) {
    const groups = groupBy(atCut, level);
    atCut = [];
    for (const value of [...groups.keys()].sort((a, b) => a - b)) {
      const group = groups.get(value)!;
      if (out.length + group.length > count) {
        atCut = group;
        break;
      }
      for (const e of group) out.push(e);
    }
    if (out.length >= count || atCut.length === 0) return out;
  }
  const rest = [...atCut].sort(fewestOldestFirst);
  for (let i = 0; out.length < count; i++) out.push(rest[i]);
  return out;
}

function groupBy(entries: readonly Entry[], value: (e: Entry) => number): Map<number, Entry[]> {
  const groups = new Map<number, Entry[]>();
  for (const e of entries) {
    const v = value(e);
    const group = groups.get(v);
    if (group) group.push(e);
    else groups.set(v, [e]);
  }
  return groups;
}

/** A neighbouring character, or undefined at a clause edge (punctuation, space, line end). */
function neighbour(ch: string | undefined): string | undefined {
  return ch === undefined || CLAUSE_BREAK.test(ch) ? undefined : ch;
}

export function bucketOf(doc: Document, by: BreakDown): string {
  switch (by) {
    case 'month':
      return doc.meta.date?.slice(0, 7) ?? 'unknown';
    case 'year':
      return doc.meta.date?.slice(0, 4) ?? 'unknown';
    case 'region':
      return doc.meta.province ?? 'unknown';
    case 'city':
      return regionName(doc.meta) ?? 'unknown';
    case 'file':
      return doc.path;
    case 'dir':
      return doc.path.includes('/') ? doc.path.slice(0, doc.path.lastIndexOf('/')) : '.';
  }
}
