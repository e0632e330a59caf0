import type { Token } from './segmenter.js';
import { readIdf } from './idf.js';

/** Han characters only: what a slogan is written in. */
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** Tags of words that can be part of a slogan. jieba tags many policy words as names (城市/ns, 高水平/nr), so names are judged by rarity below. */
const CONTENT_TAGS = new Set([
  'n',
  'vn',
  'v',
  'a',
  'an',
  'nz',
  'x',
  'l',
  'j',
  'b',
  'ad',
  'd',
  'i',
  'ns',
  'nr',
  'nrt',
  'nrfg',
  'nt',
  's',
  'f',
  'h',
  'k',
  'ng',
  'vg',
  'ag',
  'g',
]);
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
 * The n-grams slogan discovery counts, proposed as a text is segmented (for
 * slogans nobody listed): word n-grams of 4–10 characters inside a clause, of
 * words that can stand in a slogan. Returned as start/end offset pairs in the
 * segmented text, in text order (a page has thousands, and each key is cut
 * out only where it is counted); the index records the characters on their
 * left and right, and ranking judges their words (see slogan-index, rank).
 */
export function proposeNgrams(tokens: readonly Token[]): number[] {
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
      // Words that start with a verb are an action (加强组织领导, 举行新闻发布会, 作出更大贡献), and two that end with one
      // too (全面贯彻, 推进园区): not the name of a policy. A formulation after its verb is proposed from the next word.
      if (tokens[i].tag === 'v' || (n === 2 && t.tag === 'v')) continue;
      out.push(tokens[i].start, tokens[i].start + chars);
    }
  }
  return out;
}

function isRealName(t: Token): boolean {
  return NAME_LIKE.has(t.tag) && !commonWords().has(t.word);
}

let common: Set<string> | undefined;

/**
 * The words the IDF table rates too common to be a real name (a fifth of it):
 * what proposing n-grams needs: 6 MB per thread, where the whole table (for ranking) is 18 MB.
 */
function commonWords(): Set<string> {
  if (!common) {
    const words = new Set<string>();
    readIdf((word, value) => {
      if (value < RARE_NAME_IDF) words.add(word);
    });
    common = words;
  }
  return common;
}
