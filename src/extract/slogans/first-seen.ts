import { ownCopy } from '../../text/own-copy.js';
import { withNeighbour } from './entry.js';

/** What a first sighting says of its document; the index gives one per document, shared by all its sightings. */
export interface SeenIn {
  readonly id: number;
}

/** A discovered n-gram's counts in the one document it was seen in, as an Entry would hold them. */
export interface FirstSighting<D extends SeenIn> {
  /** As the caller gave it to `take` or `see` (maybe a slice of its document: copy it before keeping it). */
  key: string;
  doc: D;
  occurrences: number;
  left: string | undefined;
  right: string | undefined;
  leftEdges: number;
  rightEdges: number;
  /** Where its first occurrence is in the document's cleaned text. */
  start: number;
  end: number;
}

const INITIAL_SLOTS = 1024;

/**
 * Discovered n-grams seen in one document so far, kept apart from the index's
 * entries and without an object each. A document of the news corpus brings
 * about 900 n-grams never seen before; nearly all never recur and are
 * forgotten 100 documents later. As Entry objects (about 300 bytes each, old
 * enough to reach V8's old generation before they die) they would be most of
 * what the main thread's heap throws away, and tens of megabytes of its peak.
 * Here an n-gram costs its key, a slot in one Map and a few numbers.
 *
 * The Map keeps insertion order, and documents come in order, so its first
 * sightings are its oldest: forgetting walks from the front.
 */
export class FirstSeen<D extends SeenIn> {
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  private docs: Array<D | undefined> = [];
  private occurrences = new Int32Array(INITIAL_SLOTS);
  /** The first occurrence's start and end in its document, per slot. */
  private starts = new Int32Array(INITIAL_SLOTS);
  private ends = new Int32Array(INITIAL_SLOTS);
  private readonly left = new NeighbourColumn(INITIAL_SLOTS);
  private readonly right = new NeighbourColumn(INITIAL_SLOTS);
  private newest = -1;

  get size(): number {
    return this.slots.size;
  }

  /**
   * One occurrence in `doc`: the first of a new sighting, or one more in the
   * document it was first seen in. An n-gram waiting from an earlier document
   * has recurred: it is not counted here but taken out and returned, for the
   * caller to count from then on (one lookup does both: this runs for every
   * discovered n-gram of every document).
   */
  see(key: string, doc: D, left: string | undefined, right: string | undefined, start = 0, end = 0): FirstSighting<D> | undefined {
    // Forgetting walks the Map from the front, oldest first, and a sighting from another document is an earlier one:
    // both hold only while documents come in order.
    if (doc.id < this.newest) throw new Error(`first sightings out of document order (${doc.id} after ${this.newest})`);
    this.newest = doc.id;
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.allocate();
      this.slots.set(ownCopy(key), slot);
      this.docs[slot] = doc;
      this.starts[slot] = start;
      this.ends[slot] = end;
    } else if (this.docs[slot]!.id !== doc.id) {
      return this.takeAt(key, slot);
    }
    this.occurrences[slot]++;
    this.left.note(slot, left);
    this.right.note(slot, right);
    return undefined;
  }

  /** Remove a sighting and return its counts (it recurred). */
  take(key: string): FirstSighting<D> | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.takeAt(key, slot);
  }

  private takeAt(key: string, slot: number): FirstSighting<D> {
    const sighting = this.sightingAt(key, slot);
    this.release(key, slot);
    return sighting;
  }

  /** Every sighting still waiting, oldest first, left in place (they are made anew: the store keeps none). */
  *sightings(): IterableIterator<FirstSighting<D>> {
    for (const [key, slot] of this.slots) yield this.sightingAt(key, slot);
  }

  private sightingAt(key: string, slot: number): FirstSighting<D> {
    return {
      key,
      doc: this.docs[slot]!,
      occurrences: this.occurrences[slot],
      left: this.left.chars(slot),
      right: this.right.chars(slot),
      leftEdges: this.left.edges[slot],
      rightEdges: this.right.edges[slot],
      start: this.starts[slot],
      end: this.ends[slot],
    };
  }

  /** Forget the sightings in documents before `docId`. */
  forgetBefore(docId: number): void {
    for (const [key, slot] of this.slots) {
      if (this.docs[slot]!.id >= docId) break;
      this.release(key, slot);
    }
  }

  /**
   * Forget `count` sightings, oldest document first and, within the document
   * at the cut, in key order: the order SloganIndex's ceilings use
   * (fewestOldestFirst), so that runs stay reproducible.
   */
  forgetOldest(count: number): void {
    count = Math.min(count, this.size);
    if (count <= 0) return;
    const cut = this.cutAt(count);
    const atCut: string[] = [];
    for (const [key, slot] of this.slots) {
      const id = this.docs[slot]!.id;
      if (id > cut.doc) break;
      if (id < cut.doc) this.release(key, slot);
      else atCut.push(key);
    }
    for (const key of atCut.sort().slice(0, cut.fromIt)) this.release(key, this.slots.get(key)!);
  }

  /** The document in which the `count`th oldest sighting lies, and how many of its own sightings that takes. */
  private cutAt(count: number): { doc: number; fromIt: number } {
    let before = 0;
    let doc = -1;
    let run = 0;
    for (const slot of this.slots.values()) {
      const id = this.docs[slot]!.id;
      if (id !== doc) {
        if (before + run >= count) break;
        before += run;
        doc = id;
        run = 0;
      }
      run++;
    }
    return { doc, fromIt: count - before };
  }

  private allocate(): number {
    const slot = this.free.pop() ?? this.slots.size;
    if (slot >= this.occurrences.length) this.grow();
    return slot;
  }

  private release(key: string, slot: number): void {
    this.slots.delete(key);
    this.docs[slot] = undefined;
    this.occurrences[slot] = 0;
    this.left.clear(slot);
    this.right.clear(slot);
    this.free.push(slot);
  }

  private grow(): void {
    const size = this.occurrences.length * 2;
    this.occurrences = resized(this.occurrences, size);
    this.starts = resized(this.starts, size);
    this.ends = resized(this.ends, size);
    this.left.grow(size);
    this.right.grow(size);
  }
}

/**
 * One side's neighbours per slot: the first character as a code, and the
 * string Entry would keep only once there are two (an n-gram seen more than
 * once in its document); clause edges counted apart. A neighbour is never
 * U+0000 (not a letter), so 0 means none.
 */
class NeighbourColumn {
  first: Uint16Array;
  edges: Int32Array;
  private readonly more = new Map<number, string>();

  constructor(size: number) {
    this.first = new Uint16Array(size);
    this.edges = new Int32Array(size);
  }

  note(slot: number, ch: string | undefined): void {
    if (!ch) this.edges[slot]++;
    else if (this.first[slot] === 0) this.first[slot] = ch.charCodeAt(0);
    else this.more.set(slot, withNeighbour(this.chars(slot), ch)!);
  }

  chars(slot: number): string | undefined {
    return this.more.get(slot) ?? (this.first[slot] === 0 ? undefined : String.fromCharCode(this.first[slot]));
  }

  clear(slot: number): void {
    this.first[slot] = 0;
    this.edges[slot] = 0;
    this.more.delete(slot);
  }

  grow(size: number): void {
    this.first = resized(this.first, size);
    this.edges = resized(this.edges, size);
  }
}

function resized<T extends Int32Array | Uint16Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
