import type { Document } from '../../document.js';
import type { Lexicon } from './lexicon.js';
import { loadStopList, type StopList } from './stoplist.js';
import { judgeEntries, keysOf, rankSlogans, type SloganRow } from './rank.js';
import type { SloganCandidates } from './candidates.js';
import type { Token } from '../../segment/segmenter.js';
import { findIn, FindTools } from '../finders.js';
import { SloganIndex, type BreakDown } from './slogan-index.js';
import { sloganKey, type SloganKind } from './types.js';

export type { SloganRow, BucketCounts } from './rank.js';
export type { BreakDown } from './slogan-index.js';
export { findCandidates, type SloganCandidates } from './candidates.js';
export type { Segmentation } from '../../segment/segmentation.js';
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
  /**
   * This miner's lexicon (the bundled one and the user's files) and its
   * segmenter: what finding in a document needs. A worker makes the same
   * from `tools.setup` (a copy of the caller's list of files, which may change).
   */
  readonly tools: FindTools;

  constructor(private readonly options: SloganOptions = {}) {
    this.tools = new FindTools({ lexiconFiles: options.lexiconFiles && [...options.lexiconFiles] });
    this.lexicon = this.tools.lexicon;
    this.stoplist = loadStopList(options.stoplistFiles);
    this.index = new SloganIndex(options.by);
  }

  /**
   * Count a document, in document order, with what the slogan finder found
   * in it (see finders.ts); none when it found nothing or failed on it.
   */
  add(doc: Document, candidates: SloganCandidates | undefined): void {
    this.index.addDocument(doc, candidates ?? NONE);
  }

  /** Find in a cleaned document and count it, on this thread. */
  addFound(doc: Document): void {
    this.add(doc, findIn(doc, { slogans: {} }, this.tools).slogans);
  }

  /**
   * Ranking in two steps, for when the words of slogans are segmented
   * elsewhere (a worker): the keys whose words it needs, then the rows, given
   * those words. Without words, `rows` segments the keys with this miner's
   * segmenter. Call it after the last `add`: the verdicts are those of the
   * counts at the call.
   */
  ranking(): { keys: string[]; rows(words?: ReadonlyMap<string, readonly Token[]>): SloganRow[] } {
    const minDocs = this.options.minDocs ?? 2;
    const judged = judgeEntries(this.index.counted(minDocs), minDocs, this.lexicon, this.stoplist);
    const options = { kinds: this.options.kinds, lexicon: this.lexicon, families: this.options.families };
    const withAbsent = (rows: SloganRow[]) =>
      this.options.listAll ? [...rows, ...absentRows(this.lexicon, rows, this.options.kinds)] : rows;
    return {
      keys: keysOf(judged),
      rows: (words) =>
        withAbsent(
          rankSlogans(judged, { ...options, words: words ? (key) => wordsOf(words, key) : (key) => this.tools.segmenter.segment(key) }),
        ),
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
      slogan: sloganKey(e.text),
      kind: e.kind,
      documents: 0,
      occurrences: 0,
      forms: [],
      occurrencesShown: [],
      foundBy: ['lexicon'],
      score: 0,
      weight: 0,
      weightReason: e.tier === 'ok' ? 'generic' : 'core',
      family: '',
      undated: 0,
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
  for (const doc of docs) miner.addFound(doc);
  return miner.rows();
}

const NONE: SloganCandidates = { found: [], discovered: new Int32Array(0) };
