import type { StopList } from './stoplist.js';
import type { Token } from '../../segment/segmenter.js';
import type { Occurrence } from '../occurrence.js';
import { branchingEntropy, idfTable } from './discovery.js';
import { finderNames, hasFinder, mainKind, neighbourCounts, onlyFinder, type Entry } from './entry.js';
import type { Lexicon } from './lexicon.js';
import type { BreakDown } from './slogan-index.js';
import { hanCount, type SloganKind } from './types.js';
import { familiesOf } from './families.js';

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
  /** documents × weight: what the rows are ordered by. */
  score: number;
  /** The family of variants it belongs to (named by the variant in most documents), or ''. */
  family: string;
  /** With --families: the variants folded into this row. */
  members?: string[];
  /** Documents it stands in that have no date (first and last date leave them out). */
  undated: number;
  /** How much each document counts (1 core, 0.5 discovered, 0.3 generic vocabulary), and which of those it is. */
  weight: number;
  weightReason: 'core' | 'discovered' | 'generic';
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
  /** One row per family of variants (--families). */
  families?: boolean;
  lexicon: Lexicon;
  /** A slogan's words, segmented as its documents were (here, or on a worker). */
  words: (key: string) => readonly Token[];
}

/** A slogan that passed every test but the one its words decide (`test`, when there is one). */
export interface Judged {
  entry: Entry;
  test?: (words: readonly Token[]) => boolean;
}

/** Minimum left and right branching entropy for a discovered n-gram: several different neighbours on each side. */
const MIN_ENTROPY = 1;
/**
 * A discovered n-gram's words together must be rare in general language
 * (jieba's IDF, from its general corpus: 发展 3.6, 对外开放 8.7, 高水平 7.8):
 * the sum of their IDFs, so that a formula of common words (高水平对外开放) passes
 * where an everyday phrase (有关部门要, 积极开展, 中国经济) does not.
 */
const MIN_IDF_SUM = 14;
const UNKNOWN_IDF = 12;
/** Words a formulation does not start or end with: function words, cue words of a sentence. */
const EDGE_WORDS =
  /^(要|将|请|经|对|在|有|是|被|把|为|从|以|和|与|及|或|等|的|了|着|也|都|并|还|就|又|更|已|均|各|该|此|其|之|所|而|但|如)$/;

/**
 * Ranking's first step: every test that needs no segmenting, run once per
 * entry. What is left to decide needs the words of its key (`keysOf`), which
 * a worker can segment while this thread waits.
 */
export function judgeEntries(entries: Iterable<Entry>, minDocs: number, lexicon: Lexicon, stoplist: StopList): Judged[] {
  const out: Judged[] = [];
  for (const entry of entries) {
    if (entry.documents < minDocs || stoplist.reasonFor(entry.key) !== undefined) continue;
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
  const words = options.words;
  const kept = judged.filter((j) => !j.test || j.test(words(j.entry.key))).map((j) => j.entry);
  const survivors = dropSubsumed(kept, options.lexicon).filter((e) => !options.kinds || options.kinds.includes(mainKind(e)));
  const rows = survivors.map((e) => toRow(e, options.lexicon));
  const families = familiesOf(rows);
  rows.forEach((r, i) => {
    r.family = families[i];
  });
  const ranked = options.families ? foldFamilies(rows, survivors, options.lexicon) : rows;
  return ranked.sort(byRank);
}

/** Score, then documents, then occurrences, then the slogan: an order that depends only on the counts. */
function byRank(a: SloganRow, b: SloganRow): number {
  return b.score - a.score || b.documents - a.documents || b.occurrences - a.occurrences || (a.slogan < b.slogan ? -1 : 1);
}

/**
 * One row per family: its representative's, with the documents any variant
 * stands in (their union), the occurrences of all, the dates of all, and the
 * members listed. Rows without variants stay as they are.
 */
function foldFamilies(rows: SloganRow[], entries: readonly Entry[], lexicon: Lexicon): SloganRow[] {
  const byFamily = new Map<string, number[]>();
  rows.forEach((r, i) => {
    if (r.family) byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), i]);
  });
  const folded = rows.filter((r) => !r.family);
  for (const [family, members] of byFamily) {
    const head = rows[members.find((i) => rows[i].slogan === family)!];
    const docs = new Set(members.flatMap((i) => entries[i].docIds ?? []));
    const documents = docs.size || Math.max(...members.map((i) => rows[i].documents));
    const dates = members
      .flatMap((i) => [rows[i].firstDate, rows[i].lastDate])
      .filter((d): d is string => Boolean(d))
      .sort();
    folded.push({
      ...head,
      documents,
      occurrences: members.reduce((n, i) => n + rows[i].occurrences, 0),
      ...(dates.length ? { firstDate: dates[0], lastDate: dates.at(-1) } : {}),
      undated: Math.max(...members.map((i) => rows[i].undated)),
      forms: [...new Set(members.flatMap((i) => rows[i].forms))],
      members: members.map((i) => rows[i].slogan).sort((a, b) => (a === family ? -1 : b === family ? 1 : a < b ? -1 : 1)),
      score: Math.round(documents * weightOf(entries[members.find((i) => rows[i].slogan === family)!], lexicon).weight * 1000) / 1000,
    });
  }
  return folded;
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
  // A quoted name with a number in it (新三样) is a formula, whatever jieba calls it.
  if (!onlyDiscovered) return mainKind(e) !== 'quoted' || /[一二两三四五六七八九十百千万\d]/.test(e.key) || notIdiom;
  if (ACTION_START.test(e.key) || BODY.test(e.key)) return false;
  const h = hanCount(e.key);
  if (h < 4 || h > 10) return false;
  const left = branchingEntropy(neighbourCounts(e.left), e.leftEdges);
  const right = branchingEntropy(neighbourCounts(e.right), e.rightEdges);
  if (left < MIN_ENTROPY || right < MIN_ENTROPY) return false;
  return specificEnough;
}

const notIdiom = (words: readonly Token[]): boolean => !isIdiom(words);
const specificEnough = (words: readonly Token[]): boolean =>
  words.length > 0 &&
  !EDGE_WORDS.test(words[0].word) &&
  !EDGE_WORDS.test(words[words.length - 1].word) &&
  !words.some((w) => PERSON.has(w.tag) || OFFICE.test(w.word)) &&
  idfSum(words) >= MIN_IDF_SUM;
/** People, places and offices (国务院总理李强, 俄罗斯总统普京, 张掖经济技术开发区): news about someone or somewhere, not a formulation. */
const PERSON = new Set(['nr', 'nrfg', 'nrt', 'ns']);
const OFFICE = /^(总理|主席|委员长|总统|首相|书记|部长|省长|市长|外长|大使|会见|会谈|致电|出席|主持|考察|调研|指出|强调|表示)$/;

/**
 * Official titles (市委副书记, 国务院副总理), people named with a title (习近平同志, 国家主席习近平,
 * 习近平总书记指出) and bodies (农业农村部, 中央广播电视总台, 综合频道) are not policies.
 */
const TITLE =
  /(书记|市长|省长|县长|区长|主任|部长|主席|委员|局长|厅长|秘书长|常委|总理|同志)$|(主席|总书记|同志|总理)(指出|强调|提出|重要|表示|要求)|^(国家主席|总书记|主席|总理)/;
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

function idfSum(words: readonly Token[]): number {
  const idf = idfTable();
  return words.reduce((sum, t) => sum + (idf.get(t.word) ?? UNKNOWN_IDF), 0);
}

/**
 * A candidate found mostly inside a longer one is a fragment of it
 * (补链强链 inside 延链补链强链): keep the longer, and the shorter only when it
 * is a formula of its own (listed, quoted or numbered).
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
    // A formula of its own stays beside the longer form (三个代表 and 三个代表重要思想; 人工智能+ and 人工智能+行动).
    return lexicon.has(e.key) || hasFinder(e, 'quoted') || hasFinder(e, 'numbered');
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

/**
 * How much a document counts toward a slogan's rank: a listed core slogan or a
 * formula the pattern finders found counts fully; a phrase only discovery
 * proposed, half; generic vocabulary the lexicon lists as tier ok, a fifth.
 */
export const WEIGHTS = { core: 1, discovered: 0.5, generic: 0.2 } as const;

/** The weight a slogan's documents count with, and why (the reason shown beside its score). */
export function weightOf(e: Entry, lexicon: Lexicon): { weight: number; why: keyof typeof WEIGHTS } {
  const patterned = hasFinder(e, 'quoted') || hasFinder(e, 'numbered') || hasFinder(e, 'patterned') || hasFinder(e, 'series');
  if (lexicon.has(e.key))
    return lexicon.tierOf(e.key) === 'ok' && !patterned
      ? { weight: WEIGHTS.generic, why: 'generic' }
      : { weight: WEIGHTS.core, why: 'core' };
  return patterned ? { weight: WEIGHTS.core, why: 'core' } : { weight: WEIGHTS.discovered, why: 'discovered' };
}

function toRow(e: Entry, lexicon: Lexicon): SloganRow {
  const kind = mainKind(e);
  const { weight, why } = weightOf(e, lexicon);
  const score = e.documents * weight;
  const row: SloganRow = {
    slogan: e.key,
    kind,
    documents: e.documents,
    occurrences: e.occurrences,
    ...(e.firstDate ? { firstDate: e.firstDate } : {}),
    ...(e.lastDate ? { lastDate: e.lastDate } : {}),
    forms: formsOf(e.samples ?? []),
    occurrencesShown: e.samples ?? [],
    foundBy: finderNames(e).sort(),
    score: Math.round(score * 1000) / 1000,
    weight,
    weightReason: why,
    family: '',
    undated: e.undated,
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
    (out[key.slice(0, tab) as BreakDown] ??= {})[key.slice(tab + 1)] = { documents: v.documents, occurrences: v.occurrences };
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
