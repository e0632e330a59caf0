import { readFileSync } from 'node:fs';
import { forEachLine } from '../text/lines.js';
import { ownCopy } from '../text/own-copy.js';
import { ShortWordTags } from './short-word-tags.js';

/** How many longer words' tags a lookup table remembers: about 4 MB per thread. */
const REMEMBERED = 65_536;

/**
 * jieba's part-of-speech lookup, done in JavaScript. nodejieba's `tag` is
 * `cut` followed by a dictionary lookup per word, but it hands each word back
 * as a new object with freshly made keys, which costs as much as the
 * segmentation itself. Looking the tags up here from the same dictionary files
 * gives the same tags (the tests compare the two) at half the time, for about
 * 28 MB and 0.3 s per thread.
 */
export class PosTags {
  private readonly tags = new Map<string, string>();
  /** One string per distinct tag, shared by all the words that carry it. */
  private readonly tagNames = new Map<string, string>();
  /** The tags of words of one and two code units (most of jieba's words), as they are looked up. */
  private readonly shortWords = new ShortWordTags();
  /** Whether a tag may have been remembered (a lookup missed) since the table last changed. */
  private mayHaveRemembered = false;
  /**
   * The tags of the first REMEMBERED distinct longer words looked up (never
   * evicted: the words a text repeats come early). jieba's words are new
   * strings, and a lookup in the 350,000-word table misses the processor's
   * caches more often than one in a small table of the common words.
   */
  private readonly remembered = new Map<string, string>();

  /**
   * jieba's main dictionary (`word freq tag`) and user dictionaries (`word`,
   * `word tag` or `word freq tag`), in the order jieba loads them: a later entry
   * wins. Lines are split as cppjieba splits them. A user line with more than
   * three fields is skipped, as cppjieba skips it; a main-dictionary line without
   * exactly three stops cppjieba from loading at all, so it never gets here.
   */
  constructor(mainDictionary: string, userDictionaries: readonly string[]) {
    const main = readFileSync(mainDictionary, 'utf8');
    forEachLine(main, (start, end) => {
      const f = fieldsOf(main, start, end);
      if (f.count === 3) this.set(main.slice(start, f.firstEnd), main.slice(f.lastStart, f.end));
    });
    for (const file of userDictionaries) {
      const text = readFileSync(file, 'utf8');
      forEachLine(text, (start, end) => {
        const f = fieldsOf(text, start, end);
        // A user word without a tag has jieba's empty tag, which falls back to the rule below.
        if (f.count <= 3) this.set(text.slice(start, f.firstEnd), f.count === 1 ? '' : text.slice(f.lastStart, f.end));
      });
    }
  }

  /** Record a word added to jieba at run time, as `insertWord(word, tag)` does. */
  set(word: string, tag: string): void {
    // A word retagged at run time must not keep the tag remembered for it (the constructor's 350,000 calls find it empty).
    if (this.mayHaveRemembered) this.forgetLookUps();
    let name = this.tagNames.get(tag);
    if (name === undefined) this.tagNames.set(tag, (name = ownCopy(tag)));
    // A word of 13 characters or more, cut from a dictionary file, would keep the whole file's text alive (56 words of
    // jieba's own: 6 MB per thread).
    this.tags.set(ownCopy(word), name);
  }

  /** The tag jieba gives this word. */
  of(word: string): string {
    if (word.length <= 2) {
      let tag = this.shortWords.get(word);
      if (tag === undefined) this.shortWords.remember(word, (tag = this.lookUp(word)));
      return tag;
    }
    let tag = this.remembered.get(word);
    if (tag === undefined) {
      tag = this.lookUp(word);
      if (this.remembered.size < REMEMBERED) this.remembered.set(word, tag);
    }
    return tag;
  }

  private lookUp(word: string): string {
    this.mayHaveRemembered = true;
    return this.tags.get(word) || tagByCharacters(word);
  }

  private forgetLookUps(): void {
    this.shortWords.clear();
    this.remembered.clear();
    this.mayHaveRemembered = false;
  }
}

/**
 * cppjieba's rule for a word with no tag in the dictionary: `x` when it has no
 * ASCII, `m` when its ASCII is all digits, else `eng`. Its loop stops once half
 * the characters are ASCII, so only those are looked at, and a one-character
 * word is always `x`.
 */
export function tagByCharacters(word: string): string {
  // Most words outside the dictionary are Chinese or punctuation: no ASCII, so `x` without counting characters.
  if (!/[\0-\x7f]/.test(word)) return 'x';
  const chars = Array.from(word);
  const half = Math.floor(chars.length / 2);
  let ascii = 0;
  let digits = 0;
  for (let i = 0; i < chars.length && ascii < half; i++) {
    const c = chars[i].codePointAt(0)!;
    if (c >= 0x80) continue;
    ascii++;
    if (c >= 0x30 && c <= 0x39) digits++;
  }
  if (ascii === 0) return 'x';
  return digits === ascii ? 'm' : 'eng';
}

/** Where the fields of a line are: how many, where the first ends and where the last starts and ends. */
interface Fields {
  count: number;
  firstEnd: number;
  lastStart: number;
  end: number;
}

/**
 * The fields of text[start, end) between single spaces, as cppjieba's Split
 * gives them: empty fields kept, but not a last one after a trailing space.
 * Found character by character, without splitting: the main dictionary has
 * 350,000 lines, and an array and a string per field cost about a third of
 * loading the table. (indexOf would search past the line's end, through the
 * rest of the file when a line, or a whole user dictionary, has no space.)
 */
export function fieldsOf(text: string, start: number, end: number): Fields {
  // A trailing space ends the line without starting a field (a line of one space is one empty field).
  const last = end > start && text.charCodeAt(end - 1) === 32 ? end - 1 : end;
  let count = 1;
  let firstEnd = last;
  let lastStart = start;
  for (let at = start; at < last; at++) {
    if (text.charCodeAt(at) !== 32) continue;
    if (count === 1) firstEnd = at;
    lastStart = at + 1;
    count++;
  }
  return { count, firstEnd, lastStart, end: last };
}
