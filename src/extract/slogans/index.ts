import type { Document } from '../../document.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { loadStopList, type StopList } from './stoplist.js';
import { judgeEntries, keysOf, rankSlogans, type SloganRow } from './rank.js';
import { findCandidates, findCandidatesInSegmentation, type SloganCandidates, type Segmentation } from './candidates.js';
import type { Token } from '../../segment/segmenter.js';
import { SloganIndex, type BreakDown } from './slogan-index.js';
import { sloganKey, type SloganKind } from './types.js';

export type { SloganRow, BucketCounts } from './rank.js';
export type { BreakDown } from './slogan-index.js';
export { findCandidates, type SloganCandidates, type Segmentation } from './candidates.js';
export type { SloganKind } from './types.js';
export { SLOGAN_KINDS } from './types.js';

export interface SloganOptions {
  /** Only slogans found in at least this many documents (default 2: recurring). */
  minDocs?: number;
  /** Only these kinds. */
  kinds?: readonly SloganKind[];
  /** Extra lexicon files (`slogan<TAB>kind` per line, or one slogan per line). */
  lexiconFiles?: readonly string[];
  /** Extra stop lists (`phrase<TAB>reason` per line, or one phrase per line): never reported. */
  stoplistFiles?: readonly string[];
  /** Count per month, year, region, file or folder as well; several at once give `breakdowns`. */
  by?: BreakDown | readonly BreakDown[];
  /** One row per family of variants (延链补链强链, 强链补链延链, 补链强链…), with its members. */
  families?: boolean;
  /** List every lexicon entry, found or not (those not found with 0 documents), after the rows found: --min-docs 0. */
  listAll?: boolean;
}

/** Slogan mining over documents that arrive one at a time; call `add` for each, then `rows`. */
export class SloganMiner {
  private readonly lexicon: Lexicon;
  private readonly stoplist: StopList;
  private readonly index: SloganIndex;
  /** The lexicon files this miner read besides the project's (a copy: the caller's list may change): a thread finding for it must read the same. */
  readonly lexiconFiles: readonly string[] | undefined;

  constructor(private readonly options: SloganOptions = {}) {
    this.lexiconFiles = options.lexiconFiles && [...options.lexiconFiles];
    this.lexicon = loadLexicon(this.lexiconFiles);
    this.stoplist = loadStopList(options.stoplistFiles);
    this.index = new SloganIndex(this.lexicon, options.by);
  }

  /** Count a document; `candidates` when its finders ran before (`find`, or on a worker thread), found in it otherwise. */
  add(doc: Document, candidates?: SloganCandidates): void {
    this.index.addDocument(doc, candidates);
  }

  /** What the finders see in a cleaned document, with this miner's lexicon: `add` it later, in document order. */
  find(doc: Document): SloganCandidates {
    return findCandidates(doc.text, this.lexicon);
  }

  /** `find` in the document's segmentation, made elsewhere (a worker): this thread does not load jieba. */
  findInSegmentation(doc: Document, segmentation: Segmentation): SloganCandidates {
    return findCandidatesInSegmentation(doc.text, segmentation, this.lexicon);
  }

  /**
   * Ranking in two steps, for when the words of slogans are segmented
   * elsewhere (a worker): the keys whose words it needs, then the rows, given
   * those words. Without words, `rows` segments the keys on this thread. Call
   * it after the last `add`: the verdicts are those of the counts at the call.
   */
  ranking(): { keys: string[]; rows(words?: ReadonlyMap<string, readonly Token[]>): SloganRow[] } {
    const minDocs = this.options.minDocs ?? 2;
    const judged = judgeEntries(this.index.counted(minDocs), minDocs, this.lexicon, this.stoplist);
    const options = { kinds: this.options.kinds, lexicon: this.lexicon, families: this.options.families };
    const withAbsent = (rows: SloganRow[]) => (this.options.listAll ? [...rows, ...absentRows(this.lexicon, rows, this.options.kinds)] : rows);
    return {
      keys: keysOf(judged),
      rows: (words) => withAbsent(rankSlogans(judged, words ? { ...options, words: (key) => wordsOf(words, key) } : options)),
    };
  }

  /** Ranked slogans, best first. */
  rows(): SloganRow[] {
    return this.ranking().rows();
  }
}

/** The lexicon's entries that no document holds, as rows of 0 documents (so that a user can see a slogan is absent). */
function absentRows(lexicon: Lexicon, found: readonly SloganRow[], kinds: readonly SloganKind[] | undefined): SloganRow[] {
  const seen = new Set(found.map((r) => r.slogan));
  return lexicon.entries
    .filter((e) => !seen.has(sloganKey(e.text)) && (!kinds || kinds.includes(e.kind)))
    .map((e) => ({
      slogan: sloganKey(e.text), kind: e.kind, documents: 0, occurrences: 0, forms: [], occurrencesShown: [], foundBy: ['lexicon'],
      score: 0, weight: 0, weightReason: e.tier === 'ok' ? 'generic' : 'core', family: '', undated: 0,
    }));
}

/** A key's words as segmented elsewhere; a missing key is a bug (the keys and the ranking disagree), never a silent empty list. */
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
