import { readDataLines } from '../../data-files.js';
import { segment, type Token } from '../../segment/segmenter.js';
import type { Occurrence } from '../occurrence.js';
import { branchingEntropy, idfTable } from './discovery.js';
import { finderNames, mainKind, neighbourCounts, onlyFinder, type Entry } from './entry.js';
import type { Lexicon } from './lexicon.js';
import type { BreakDown } from './slogan-index.js';
import { hanCount, type SloganKind } from './types.js';

export interface SloganRow {
  slogan: string;
  kind: SloganKind;
  documents: number;
  occurrences: number;
  firstDate?: string;
  lastDate?: string;
  /** The forms as written (traditional, quoted, with pinyin…), most frequent first. */
  forms: string[];
  occurrencesShown: Occurrence[];
  /** How the slogan was found: lexicon, quoted, numbered, patterned, discovered. */
  foundBy: string[];
  score: number;
  /** Counts per bucket of the first (or only) breakdown asked for. */
  buckets?: Record<string, BucketCounts>;
  /** Counts per bucket of every breakdown asked for: `breakdowns.month['2024-05']`. */
  breakdowns?: Partial<Record<BreakDown, Record<string, BucketCounts>>>;
}

export interface BucketCounts {
  documents: number;
  occurrences: number;
}

export interface RankOptions {
  kinds?: readonly SloganKind[];
  lexicon: Lexicon;
  /** A slogan's words; jieba in this thread unless they were segmented elsewhere (a worker). */
  words?: (key: string) => readonly Token[];
}

/** A slogan that passed every test but the one its words decide (`test`, when there is one). */
export interface Judged {
  entry: Entry;
  test?: (words: readonly Token[]) => boolean;
}

/** Minimum left and right branching entropy for a discovered n-gram: at least two different neighbours. */
const MIN_ENTROPY = 0.6;
/** A discovered n-gram needs one word at least this specific (jieba IDF; 发展 is 3.6, 园区 8.9, 招商引资 9.3); 9 was chosen on the development set (eval/README.md). */
const MIN_MAX_IDF = 9;
const UNKNOWN_IDF = 12;

let notSlogans: Set<string> | undefined;
function isNotSlogan(key: string): boolean {
  notSlogans ??= new Set(readDataLines('not-slogans.txt').map((l) => l.trim()));
  return notSlogans.has(key);
}

/**
 * Ranking's first step: every test that needs no segmenting, run once per
 * entry. What is left to decide needs the words of its key (`keysOf`), which
 * a worker can segment while this thread waits.
 */
export function judgeEntries(entries: Iterable<Entry>, minDocs: number, lexicon: Lexicon): Judged[] {
  const out: Judged[] = [];
  for (const entry of entries) {
    if (entry.documents < minDocs || isNotSlogan(entry.key)) continue;
    const verdict = judge(entry, lexicon);
    if (verdict === true) out.push({ entry });
    else if (verdict !== false) out.push({ entry, test: verdict });
  }
  return out;
}

/** The keys whose words ranking needs. */
export function keysOf(judged: readonly Judged[]): string[] {
  return judged.filter((j) => j.test).map((j) => j.entry.key);
}

/**
 * Turn corpus counts into the rows an analyst reads first: recurring across
 * documents, slogan-shaped before generic vocabulary, names and chrome out.
 */
export function rankSlogans(judged: readonly Judged[], options: RankOptions): SloganRow[] {
  const words = options.words ?? segment;
  const kept = judged.filter((j) => !j.test || j.test(words(j.entry.key))).map((j) => j.entry);
  const survivors = dropSubsumed(kept, options.lexicon);
  return survivors
    .map((e) => toRow(e))
    .filter((r) => !options.kinds || options.kinds.includes(r.kind))
    .sort((a, b) => b.score - a.score || b.documents - a.documents || b.occurrences - a.occurrences || (a.slogan < b.slogan ? -1 : 1));
}

/**
 * Whether a slogan is plausible, or, when only its words can tell, the test
 * to run on them: everything else is judged first, so that only the keys
 * that need it are segmented.
 */
function judge(e: Entry, lexicon: Lexicon): boolean | ((words: readonly Token[]) => boolean) {
  if (lexicon.has(e.key)) return true;
  if (TITLE.test(e.key)) return false;
  const onlyDiscovered = onlyFinder(e, 'discovered');
  if (onlyFinder(e, 'patterned') && commonHalves(e.key)) return false;
  if (!onlyDiscovered) return mainKind(e) !== 'quoted' || notIdiom;
  if (ACTION_START.test(e.key) || BODY.test(e.key)) return false;
  const h = hanCount(e.key);
  if (h < 4 || h > 8) return false;
  const left = branchingEntropy(neighbourCounts(e.left), e.leftEdges);
  const right = branchingEntropy(neighbourCounts(e.right), e.rightEdges);
  if (left < MIN_ENTROPY || right < MIN_ENTROPY) return false;
  return specificEnough;
}

const notIdiom = (words: readonly Token[]): boolean => !isIdiom(words);
const specificEnough = (words: readonly Token[]): boolean => maxIdf(words) >= MIN_MAX_IDF;

/**
 * Official titles (市委副书记, 国务院副总理), people named with a title (习近平同志, 国家主席习近平,
 * 习近平总书记指出) and bodies (农业农村部, 中央广播电视总台, 综合频道) are not policies.
 */
const TITLE = /(书记|市长|省长|县长|区长|主任|部长|主席|委员|局长|厅长|秘书长|常委|总理|同志)$|(主席|总书记|同志|总理)(指出|强调|提出|重要|表示|要求)|^(国家主席|总书记|主席|总理)/;
/** Names of bodies, judged only for n-grams nobody quoted or listed (引大引强引头部 is a slogan). */
const BODY = /([^全内外头]部|总台|频道|办公室|委员会)$/;
/** Verbs that open a report of an action, not a name (要深入学习贯彻, 学习贯彻习近平, 播发央视快评). */
const ACTION_START = /^(要|学习贯彻|深入学习|播发|认真贯彻|全面贯彻)/;
/** Below this IDF a word is everyday vocabulary (体制 6.8, 机制 6.0, 生产 4.4). */
const COMMON_IDF = 8;

/** 体制机制, 生产生活, 有力有序: two everyday words side by side look parallel but are not coinages. */
function commonHalves(key: string): boolean {
  if (key.length !== 4) return false;
  const idf = idfTable();
  const a = idf.get(key.slice(0, 2));
  const b = idf.get(key.slice(2));
  return a !== undefined && b !== undefined && a < COMMON_IDF && b < COMMON_IDF;
}

function isIdiom(words: readonly Token[]): boolean {
  return words.length === 1 && (words[0].tag === 'i' || words[0].tag === 'l');
}

function maxIdf(words: readonly Token[]): number {
  const idf = idfTable();
  return Math.max(...words.map((t) => idf.get(t.word) ?? UNKNOWN_IDF));
}

/**
 * A candidate found mostly inside a longer one is a fragment of it
 * (补链强链 inside 延链补链强链): keep the longer unless the lexicon lists both.
 */
function dropSubsumed(entries: Entry[], lexicon: Lexicon): Entry[] {
  // Every substring of every kept key, with the largest count of a key containing it:
  // linear in the entries (keys are short), where comparing all pairs was quadratic.
  const containers = new Map<string, Entry>();
  for (const o of entries) {
    for (let i = 0; i < o.key.length; i++) {
      for (let j = i + 2; j <= o.key.length; j++) {
        if (j - i === o.key.length) continue;
        const sub = o.key.slice(i, j);
        const best = containers.get(sub);
        if (!best || outranks(o, best, lexicon)) containers.set(sub, o);
      }
    }
  }
  return entries.filter((e) => {
    const container = containers.get(e.key);
    if (!container || container.occurrences < 0.7 * e.occurrences) return true;
    return lexicon.has(e.key) && lexicon.has(container.key);
  });
}

/**
 * Which of two keys containing a slogan it is judged against: the more frequent; on a tie, one the lexicon lists (two
 * listed slogans explain each other, so the shorter stays), then the smaller key. Never the order entries were made in,
 * which first sightings change.
 */
function outranks(o: Entry, best: Entry, lexicon: Lexicon): boolean {
  if (o.occurrences !== best.occurrences) return o.occurrences > best.occurrences;
  const listed = Number(lexicon.has(o.key)) - Number(lexicon.has(best.key));
  return listed !== 0 ? listed > 0 : o.key < best.key;
}

const KIND_WEIGHT: Record<SloganKind, number> = { numbered: 1.3, patterned: 1.3, series: 1.3, quoted: 1.2, term: 1 };

function toRow(e: Entry): SloganRow {
  const kind = mainKind(e);
  const discoveredOnly = onlyFinder(e, 'discovered');
  const score = e.documents * KIND_WEIGHT[kind] * (discoveredOnly ? 0.6 : 1) + Math.log1p(e.occurrences) * 0.1;
  const row: SloganRow = {
    slogan: e.key, kind, documents: e.documents, occurrences: e.occurrences,
    ...(e.firstDate ? { firstDate: e.firstDate } : {}), ...(e.lastDate ? { lastDate: e.lastDate } : {}),
    forms: formsOf(e.samples ?? []),
    occurrencesShown: e.samples ?? [], foundBy: finderNames(e).sort(), score: Math.round(score * 1000) / 1000,
  };
  if (e.buckets?.size) {
    row.breakdowns = breakdowns(e.buckets);
    row.buckets = Object.values(row.breakdowns)[0];
  }
  return row;
}


/** "month\t2024-05" bucket keys back into one sorted table per breakdown, in the order they were asked for. */
function breakdowns(buckets: NonNullable<Entry['buckets']>): NonNullable<SloganRow['breakdowns']> {
  const out: NonNullable<SloganRow['breakdowns']> = {};
  for (const [key, v] of buckets) {
    const tab = key.indexOf('\t');
    ((out[key.slice(0, tab) as BreakDown] ??= {}))[key.slice(tab + 1)] = { documents: v.documents, occurrences: v.occurrences };
  }
  for (const [by, table] of Object.entries(out)) {
    out[by as BreakDown] = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return out;
}

/** The written forms of the kept samples, most frequent first (counted here, not per entry: most entries never reach a row). */
function formsOf(samples: readonly Occurrence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(s.form, (counts.get(s.form) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
}
