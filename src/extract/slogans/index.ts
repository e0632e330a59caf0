import type { Document } from '../../document.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { needsWords, rankSlogans, type SloganRow } from './rank.js';
import type { SloganCandidates } from './candidates.js';
import type { Token } from '../../segment/segmenter.js';
import { SloganIndex, type BreakDown } from './slogan-index.js';
import type { SloganKind } from './types.js';

export type { SloganRow, BucketCounts } from './rank.js';
export type { BreakDown } from './slogan-index.js';
export { findCandidates, type SloganCandidates } from './candidates.js';
export type { SloganKind } from './types.js';
export { SLOGAN_KINDS } from './types.js';

export interface SloganOptions {
  /** Only slogans found in at least this many documents (default 2: recurring). */
  minDocs?: number;
  /** Only these kinds. */
  kinds?: readonly SloganKind[];
  /** Extra lexicon files (`slogan<TAB>kind` per line, or one slogan per line). */
  lexiconFiles?: readonly string[];
  /** Count per month, year, region, file or folder as well; several at once give `breakdowns`. */
  by?: BreakDown | readonly BreakDown[];
}

/** Slogan mining over documents that arrive one at a time; call `add` for each, then `rows`. */
export class SloganMiner {
  private readonly lexicon: Lexicon;
  private readonly index: SloganIndex;

  constructor(private readonly options: SloganOptions = {}) {
    this.lexicon = loadLexicon(options.lexiconFiles);
    this.index = new SloganIndex(this.lexicon, options.by);
  }

  /** Count a document; `candidates` when its finders ran elsewhere (a worker thread), found in it otherwise. */
  add(doc: Document, candidates?: SloganCandidates): void {
    this.index.addDocument(doc, candidates);
  }

  /** The slogans whose words ranking needs (the others are settled without them): a worker can segment them ahead (`rows(words)`). */
  keysToSegment(): string[] {
    const minDocs = this.options.minDocs ?? 2;
    return [...this.index.entries.values()].filter((e) => needsWords(e, minDocs, this.lexicon)).map((e) => e.key);
  }

  /** Ranked slogans; `words` gives the segmentation of each key in `keysToSegment()` when it was done elsewhere. */
  rows(words?: ReadonlyMap<string, readonly Token[]>): SloganRow[] {
    return rankSlogans(this.index.entries.values(), {
      minDocs: this.options.minDocs ?? 2, kinds: this.options.kinds, lexicon: this.lexicon,
      ...(words ? { words: (key: string) => wordsOf(words, key) } : {}),
    });
  }
}

/** A key's words as segmented elsewhere; a missing key is a bug (keysToSegment and ranking disagree), never a silent empty list. */
function wordsOf(words: ReadonlyMap<string, readonly Token[]>, key: string): readonly Token[] {
  const found = words.get(key);
  if (!found) throw new Error(`slogan ranking needs the words of ${JSON.stringify(key)}, which were not segmented`);
  return found;
}

/** The slogans of a set of cleaned documents, best first. */
export function mineSlogans(docs: Iterable<Document>, options: SloganOptions = {}): SloganRow[] {
  const miner = new SloganMiner(options);
  for (const doc of docs) miner.add(doc);
  return miner.rows();
}
