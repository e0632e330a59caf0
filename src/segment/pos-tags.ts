import { readFileSync } from 'node:fs';

/**
 * jieba's part-of-speech lookup, done in JavaScript. nodejieba's `tag` is
 * `cut` followed by a dictionary lookup per word, but it hands each word back
 * as a new object with freshly made keys, which costs as much as the
 * segmentation itself. Looking the tags up here from the same dictionary files
 * gives the same tags (the tests compare the two) at half the time, for about
 * 30 MB per thread.
 */
export class PosTags {
  private readonly tags = new Map<string, string>();
  /** One string per distinct tag, shared by all the words that carry it. */
  private readonly tagNames = new Map<string, string>();

  /**
   * jieba's main dictionary (`word freq tag`) and user dictionaries (`word`,
   * `word tag` or `word freq tag`), in the order jieba loads them: a later entry
   * wins. Lines are split as cppjieba splits them. A user line with more than
   * three fields is skipped, as cppjieba skips it; a main-dictionary line without
   * exactly three stops cppjieba from loading at all, so it never gets here.
   */
  constructor(mainDictionary: string, userDictionaries: readonly string[]) {
    eachLine(mainDictionary, (line) => {
      const fields = splitFields(line);
      if (fields.length === 3) this.set(fields[0], fields[2]);
    });
    for (const file of userDictionaries) {
      eachLine(file, (line) => {
        const fields = splitFields(line);
        // A user word without a tag has jieba's empty tag, which falls back to the rule below.
        if (fields.length <= 3) this.set(fields[0], fields.length === 1 ? '' : fields[fields.length - 1]);
      });
    }
  }

  /** Record a word added to jieba at run time, as `insertWord(word, tag)` does. */
  set(word: string, tag: string): void {
    let name = this.tagNames.get(tag);
    if (name === undefined) this.tagNames.set(tag, (name = tag));
    this.tags.set(word, name);
  }

  /** The tag jieba gives this word. */
  of(word: string): string {
    return this.tags.get(word) || tagByCharacters(word);
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

/** Fields between single spaces, as cppjieba's Split gives them: empty fields kept, but not a last one after a trailing space. */
function splitFields(line: string): string[] {
  const fields = line.split(' ');
  if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
  return fields;
}

function eachLine(file: string, visit: (line: string) => void): void {
  const text = readFileSync(file, 'utf8');
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) visit(text.slice(start, end));
    start = end + 1;
  }
}
