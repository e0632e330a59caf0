import type { Document } from '../document.js';
import { contentPrint, forEachLineHash, type ContentPrint } from './fingerprint.js';

/**
 * What a first, cheap pass over a corpus learns before anything is mined, so
 * that every count rests on documents rather than files: which documents
 * repeat an earlier one (a copy, a `.txt` and its `.html` twin), and which
 * lines recur verbatim in so many documents that they are chrome (a licence
 * notice, a site footer). It keeps hashes and counts, never texts (but those
 * of the lines it will remove, to show them).
 */
export interface SurveyOptions {
  /** Keep documents that repeat an earlier one. */
  keepDuplicates?: boolean;
  /** Keep lines that recur across the corpus. */
  keepRepeated?: boolean;
}

/** A line recurring in at least this share of the documents... */
export const REPEATED_SHARE = 0.3;
/** ...of a corpus of at least this many documents is chrome. */
export const REPEATED_MIN_DOCUMENTS = 10;
/** Copies share at least this share of their sampled shingles, both ways. */
const TWIN_SHARE = 0.8;
/** Fewest sampled shingles for a document to be compared by them. */
const MIN_SHINGLES = 8;
/** Documents with fewer (about 1,000 characters) are also compared by their body lines, where a footer weighs more. */
const SHORT_SHINGLES = 64;
/** Repeated lines that make up more than this share of a document are its text, not chrome. */
const MOST_OF_A_DOCUMENT = 0.8;
/** Line counts seen once are forgotten past this many distinct lines (checked every PRUNE_EVERY documents). */
const MAX_LINES = 1_000_000;
const PRUNE_EVERY = 1000;
/** Shingles remembered at most: later documents are still compared, but add none. */
const MAX_SHINGLES = 4_000_000;

export interface RepeatedLine {
  text: string;
  documents: number;
}

export class CorpusSurvey {
  private readonly duplicateOf = new Map<number, number>();
  private documents = 0;
  private seen = 0;
  private readonly lineCounts = new Map<number, number>();
  private readonly lineTexts = new Map<number, string>();
  private readonly wholes = new Map<number, number>();
  private readonly shingleOwner = new Map<number, number>();
  /** Sampled shingles per document, by index (twins are compared both ways). */
  private readonly shingleCounts: number[] = [];
  private repeated: Map<number, RepeatedLine> | undefined;

  constructor(private readonly options: SurveyOptions = {}) {}

  /** Survey the next document in reading order (its index is the number of documents seen before it). */
  add(doc: Pick<Document, 'name' | 'text'>): void {
    const index = this.seen++;
    const print = contentPrint(doc.text);
    const twin = this.options.keepDuplicates ? undefined : this.twinOf(print, index);
    if (twin !== undefined) {
      this.duplicateOf.set(index, twin);
      return;
    }
    const lines = this.options.keepRepeated ? [] : this.countLines(doc.text);
    this.documents++;
    this.final = false;
    // Too short to compare by shingles: compared at the end by their body lines, less the corpus's repeated ones.
    if (!this.options.keepDuplicates && print.length > 0 && print.shingles.length < SHORT_SHINGLES)
      this.short.push({ index, lines, body: bodyLines(doc.text) });
    if (index % PRUNE_EVERY === PRUNE_EVERY - 1) this.pruneLines();
  }

  /** Documents too short for shingles, with their distinct line hashes and those of their body lines. */
  private readonly short: Array<{ index: number; lines: number[]; body: number[] }> = [];
  private final = true;

  /**
   * Short twins (a news page and its text copy differ in chrome): the same
   * body lines once the corpus's repeated lines are set aside. They leave the
   * line counts, as the twins found on the way never entered them.
   */
  private finish(): void {
    if (this.final) return;
    this.final = true;
    this.repeated = undefined;
    const repeated = this.repeatedLines();
    const firstWith = new Map<string, number>();
    let found = false;
    for (const doc of this.short) {
      if (this.duplicateOf.has(doc.index)) continue;
      const key = doc.body
        .filter((h) => !repeated.has(h))
        .sort((a, b) => a - b)
        .join(',');
      if (!key) continue;
      const first = firstWith.get(key);
      if (first === undefined) {
        firstWith.set(key, doc.index);
        continue;
      }
      this.duplicateOf.set(doc.index, first);
      for (const h of doc.lines) this.lineCounts.set(h, (this.lineCounts.get(h) ?? 1) - 1);
      this.documents--;
      found = true;
    }
    if (found) this.repeated = undefined;
  }

  /** Documents seen, by their index in reading order, that repeat an earlier one: the index of that one. */
  duplicateOfIndex(index: number): number | undefined {
    this.finish();
    return this.duplicateOf.get(index);
  }

  /** Lines that recur in REPEATED_SHARE of the documents, when there are REPEATED_MIN_DOCUMENTS or more. */
  repeatedLines(): ReadonlyMap<number, RepeatedLine> {
    this.finish();
    if (this.repeated) return this.repeated;
    const repeated = new Map<number, RepeatedLine>();
    if (this.documents >= REPEATED_MIN_DOCUMENTS) {
      const least = Math.max(3, Math.ceil(REPEATED_SHARE * this.documents));
      for (const [hash, n] of this.lineCounts) {
        if (n >= least) repeated.set(hash, { text: this.lineTexts.get(hash) ?? '', documents: n });
      }
    }
    this.repeated = repeated;
    return repeated;
  }

  /**
   * The 0-based indices of a document's lines that are repeated chrome; none
   * when they are most of the document (copies of one text kept with
   * keepDuplicates are documents, not chrome).
   */
  repeatedLinesOf(text: string): number[] {
    const repeated = this.repeatedLines();
    if (repeated.size === 0) return [];
    const out: number[] = [];
    let removed = 0;
    forEachLineHash(text, (i, h, start, end) => {
      if (!repeated.has(h)) return;
      out.push(i);
      removed += end - start;
    });
    return removed > MOST_OF_A_DOCUMENT * text.length ? [] : out;
  }

  private countLines(text: string): number[] {
    const seen = new Set<number>();
    forEachLineHash(text, (_i, h, start, end) => {
      if (seen.has(h)) return;
      seen.add(h);
      const n = (this.lineCounts.get(h) ?? 0) + 1;
      this.lineCounts.set(h, n);
      // Texts only of lines seen twice: the few that may be shown as removed.
      if (n === 2) this.lineTexts.set(h, text.slice(start, end).trim().slice(0, 200));
    });
    return [...seen];
  }

  /** Lossy counting: a line seen in one document of the last thousand cannot reach a share of 30%. */
  private pruneLines(): void {
    if (this.lineCounts.size <= MAX_LINES) return;
    for (const [h, n] of this.lineCounts) if (n === 1) this.lineCounts.delete(h);
  }

  /** The earlier document this text copies: the same content characters, or most of the same shingles both ways. */
  private twinOf(print: ContentPrint, index: number): number | undefined {
    this.shingleCounts[index] = print.shingles.length;
    if (print.length === 0) return undefined;
    const same = this.wholes.get(print.whole);
    if (same !== undefined) return same;
    this.wholes.set(print.whole, index);
    if (print.shingles.length < MIN_SHINGLES) return undefined;
    const shared = new Map<number, number>();
    for (const s of print.shingles) {
      const owner = this.shingleOwner.get(s);
      if (owner !== undefined) shared.set(owner, (shared.get(owner) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestCount = 0;
    for (const [owner, n] of shared)
      if (n > bestCount || (n === bestCount && best !== undefined && owner < best)) [best, bestCount] = [owner, n];
    const twin =
      best !== undefined && bestCount >= TWIN_SHARE * print.shingles.length && bestCount >= TWIN_SHARE * this.shingleCounts[best];
    if (twin) {
      this.wholes.delete(print.whole);
      return best;
    }
    if (this.shingleOwner.size < MAX_SHINGLES)
      for (const s of print.shingles) if (!this.shingleOwner.has(s)) this.shingleOwner.set(s, index);
    return undefined;
  }
}

/** Lines long enough to be body text (15 content characters or more): what a page and its text copy share. */
function bodyLines(text: string): number[] {
  const out: number[] = [];
  forEachLineHash(text, (_i, h, start, end) => {
    if (contentPrint(text.slice(start, end)).length >= 15) out.push(h);
  });
  return out;
}
