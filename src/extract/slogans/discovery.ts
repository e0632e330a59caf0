import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Token } from '../../segment/segmenter.js';
import { forEachLine } from '../../text/lines.js';
import { ownCopy } from '../../text/own-copy.js';
import { HAN_ONLY } from './types.js';

/** Tags of words that can be part of a slogan. jieba tags many policy words as names (城市/ns, 高水平/nr), so names are judged by rarity below. */
const CONTENT_TAGS = new Set(['n', 'vn', 'v', 'a', 'an', 'nz', 'x', 'l', 'j', 'b', 'ad', 'd', 'i', 'ns', 'nr', 'nrt', 'nrfg', 'nt', 's', 'f', 'h', 'k', 'ng', 'vg', 'ag', 'g']);
/** Name tags: a rare word under one of them is a real name (卢小亨, 张掖), a common one a mis-tag. */
const NAME_LIKE = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt']);
const RARE_NAME_IDF = 10.5;
/** Adverbs do not start or end a slogan (切实…, …积极). */
const START_BAD_TAGS = new Set(['d', 'ad', 'f']);
const END_BAD_TAGS = new Set(['d', 'ad', 'f']);

const MIN_CHARS = 4;
const MAX_CHARS = 10;
/** Joining words allowed inside a longer formulation (投资于物和投资于人), never at its edges. */
const JOINERS = new Set(['和', '与', '的', '于']);

/**
 * Corpus-level discovery of slogans nobody listed: word n-grams of 4–10
 * characters inside a clause, kept as candidates with the characters on their
 * left and right so that ranking can measure boundary freedom (branching
 * entropy) across the corpus, and with their words for cohesion (IDF).
 * Returned as start/end offset pairs in the segmented text, in text order: a
 * page has thousands, and each key is cut out only where it is counted.
 */
export function discoverCandidates(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  // Whether each token may sit inside a slogan, worked out once: every token is looked at by up to four n-grams.
  const content = tokens.map((t) => HAN_ONLY.test(t.word) && CONTENT_TAGS.has(t.tag) && !isRealName(t));
  for (let i = 0; i < tokens.length; i++) {
    let chars = 0;
    for (let n = 1; n <= 4 && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      const joiner = n > 1 && JOINERS.has(t.word);
      if (!joiner && !content[i + n - 1]) break;
      if (joiner) {
        // 的 and 和 join longer formulations only (以人民为中心的发展思想), not 存在的问题.
        if (n < 3) break;
        chars += t.word.length;
        continue;
      }
      chars += t.word.length;
      if (chars > MAX_CHARS) break;
      if (chars < MIN_CHARS) continue;
      if (n === 1 && !['x', 'nz', 'l', 'j'].includes(t.tag)) continue;
      if (n > 1 && (START_BAD_TAGS.has(tokens[i].tag) || END_BAD_TAGS.has(t.tag))) continue;
      // Two words that start or end with a verb are an action (全面贯彻, 推进园区, 出席会议), not a name.
      if (n === 2 && (t.tag === 'v' || tokens[i].tag === 'v')) continue;
      out.push(tokens[i].start, tokens[i].start + chars);
    }
  }
  return out;
}

function isRealName(t: Token): boolean {
  return NAME_LIKE.has(t.tag) && !isCommonWord(t.word);
}

/** Whether jieba's IDF table rates a word too common to be a real name. */
function isCommonWord(word: string): boolean {
  if (findingOnly) return commonWords().has(word);
  return (idfTable().get(word) ?? Infinity) < RARE_NAME_IDF;
}

let findingOnly = false;

/**
 * For a thread that finds and never ranks (a worker): hold only the words
 * finding asks about, 6 MB instead of the 18 MB table. A thread that ranks
 * too uses the whole table for both, so that the file is read once.
 */
export function holdIdfForFindingOnly(): void {
  findingOnly = true;
}

let idf: Map<string, number> | undefined;
let common: Set<string> | undefined;

/** jieba's IDF table: generic vocabulary (发展 3.6, 建设 4.9) scores low, policy coinages high. */
export function idfTable(): Map<string, number> {
  if (!idf) {
    const table = new Map<string, number>();
    readIdf((word, value) => table.set(word, value));
    idf = table;
  }
  return idf;
}

/**
 * The words the IDF table rates too common to be a real name (a fifth of it):
 * what discovery needs, so that each worker thread holds 6 MB, not the 18 MB table.
 */
function commonWords(): Set<string> {
  if (!common) {
    const words = new Set<string>();
    readIdf((word, value) => { if (value < RARE_NAME_IDF) words.add(word); });
    common = words;
  }
  return common;
}

/** Each line of jieba's IDF file (`word idf`), read without a string per line. */
function readIdf(visit: (word: string, idf: number) => void): void {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'idf.utf8');
  const text = readFileSync(dict, 'utf8');
  forEachLine(text, (start, end) => {
    const sp = text.lastIndexOf(' ', end - 1);
    // A word of 13 characters or more, cut from the file's text, would keep all of it alive (44 words: 9 MB).
    if (sp > start) visit(ownCopy(text.slice(start, sp)), Number(text.slice(sp + 1, end)));
  });
}

/** Natural-log entropy of a neighbour distribution; clause edges count as all different. */
export function branchingEntropy(neighbours: ReadonlyMap<string, number>, edges: number): number {
  let total = edges;
  for (const c of neighbours.values()) total += c;
  if (total === 0) return 0;
  let h = edges > 0 ? (edges / total) * Math.log(total) : 0;
  for (const c of neighbours.values()) h -= (c / total) * Math.log(c / total);
  return h;
}
