import { createRequire } from 'node:module';
import { dataPath, readDataLines } from '../data-files.js';
import { canonicalLine } from '../normalize/normalize.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { PosTags } from './pos-tags.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset of the word in the segmented text. */
  start: number;
}

/** The calls the rest of the project may make (a type, not a wrapper): jieba's dictionary is changed only here, with the tags in step. */
export interface JiebaReader {
  cut(text: string, hmm: boolean): string[];
}

interface Jieba extends JiebaReader {
  load(options: { dict: string; userDict: string; idfDict?: string }): void;
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
}

const require = createRequire(import.meta.url);

/** jieba with the project's dictionary additions, loaded once per thread on first use; never changed after. */
let dictionary: { jieba: Jieba; posTags: PosTags } | undefined;

/**
 * nodejieba, with its dictionary loaded on first use (about 1.2 s and 250 MB):
 * commands that do not segment never pay. Its keyword extractor also reads a
 * 6 MB IDF table at load (about 20 MB and 300 ms per thread) that segmenting
 * never uses, so it gets a one-line stand-in (data/jieba-idf-stub.utf8).
 */
export function loadJieba(): JiebaReader {
  return loadedJieba().jieba;
}

/**
 * jieba, its default dictionaries named explicitly (the tag table reads the
 * same two), and the bundled lexicon's slogans added as words so that
 * segmentation keeps them whole: the same dictionary for every caller, so a
 * thread may load it once. A user's own words never go in (see Segmenter).
 */
function loadedJieba(): { jieba: Jieba; posTags: PosTags } {
  if (!dictionary) {
    const j = require('nodejieba') as Jieba;
    j.load({ dict: j.DEFAULT_DICT, userDict: j.DEFAULT_USER_DICT, idfDict: dataPath('jieba-idf-stub.utf8') });
    const posTags = new PosTags(j.DEFAULT_DICT, j.DEFAULT_USER_DICT.split(/[|;]/).filter(Boolean));
    for (const w of bundledLexiconWords()) if (keepsWhole(w) && j.insertWord(w, LEXICON_TAG)) posTags.set(w, LEXICON_TAG);
    dictionary = { jieba: j, posTags };
  }
  return dictionary;
}

/** The tag of what is left of one of jieba's words cut by a segmenter's own word (jieba itself has no such tag). */
const FRAGMENT_TAG = 'un';

/** The tag of a lexicon word in jieba's dictionary: a proper noun of another kind. */
const LEXICON_TAG = 'nz';

/**
 * Whether jieba's user dictionary would take a word: it silently ignores
 * entries with digits, `+`, `-` or spaces (those are matched by the lexicon
 * finder instead).
 */
function keepsWhole(word: string): boolean {
  return !/[\d+\-*\s、]/.test(word);
}

/** The slogans of the bundled lexicon, as the lexicon matches them (its first column, in canonical form). */
function bundledLexiconWords(): Set<string> {
  return new Set(
    readDataLines('lexicon.tsv')
      .map((line) => canonicalLine(line.split('\t')[0].trim()))
      .filter(Boolean),
  );
}

/**
 * Segmentation with part-of-speech tags, owned by whoever segments: jieba
 * with the bundled lexicon, and a user's own words kept whole on top of it.
 * Those are not added to jieba (its dictionary is the whole thread's, and a
 * word added for one run would change the next): each place one is written
 * becomes one word, and the words jieba cut across it are cut at its edges.
 */
export class Segmenter {
  private readonly extra = new PhraseMatcher<string>();
  private readonly hasExtra: boolean;

  constructor(extraWords: Iterable<string> = []) {
    let any = false;
    // Any word, digits and 、 included: jieba's limits on its own dictionary do not apply here.
    for (const w of extraWords) if (w.trim() && this.extra.add(w, w)) any = true;
    this.hasExtra = any;
  }

  /** Load jieba now (about 2 s), rather than at the first text: a worker does while the first files are read. */
  load(): void {
    loadedJieba();
  }

  /** Words and tags, as jieba's `tag` gives them, with this segmenter's own words whole. */
  segment(text: string): Token[] {
    const { jieba: j, posTags } = loadedJieba();
    const tokens = segmentWith(j, posTags, text);
    return this.hasExtra ? keepWhole(text, tokens, this.extra) : tokens;
  }
}

/** `tokens` with each place an extra word is written made one word (tagged as the lexicon's), the words around cut at its edges. */
function keepWhole(text: string, tokens: Token[], extra: PhraseMatcher<string>): Token[] {
  const spans: Array<[number, number]> = [];
  extra.forEachMatch(text, (_w, start, end) => {
    spans.push([start, end]);
  });
  if (!spans.length) return tokens;
  const out: Token[] = [];
  // A piece of one of jieba's words is no word: tagged so that nothing proposes it as part of a slogan.
  const piece = (start: number, end: number) => out.push({ word: text.slice(start, end), tag: FRAGMENT_TAG, start });
  let s = 0;
  for (const t of tokens) {
    const end = t.start + t.word.length;
    while (s < spans.length && spans[s][1] <= t.start) s++;
    if (s === spans.length || spans[s][0] >= end) {
      out.push(t);
      continue;
    }
    // The token meets one or more spans: its parts outside them stay words, each span is added once, where it starts.
    let at = t.start;
    for (let k = s; k < spans.length && spans[k][0] < end; k++) {
      const [from, to] = spans[k];
      if (from > at) piece(at, from);
      if (from >= t.start) out.push({ word: text.slice(from, to), tag: LEXICON_TAG, start: from });
      at = Math.max(at, to);
    }
    if (at < end) piece(at, end);
  }
  return out;
}

/** Segmentation with the thread's dictionary alone: the bundled lexicon's words whole, no one's own. */
export function segment(text: string): Token[] {
  const { jieba: j, posTags } = loadedJieba();
  return segmentWith(j, posTags, text);
}

/** Longest span handed to jieba at once: cppjieba has crashed on very long unpunctuated lines. */
const MAX_SPAN = 2000;

/**
 * Segment with part-of-speech tags, as jieba's `tag` gives them (its mixed
 * segmenter, then each word's tag); offsets are exact because jieba's words
 * join back into its input.
 */
function segmentWith(j: JiebaReader, tags: PosTags, text: string): Token[] {
  const out: Token[] = [];
  for (let base = 0, end = 0; base < text.length; base = end) {
    end = Math.min(text.length, base + MAX_SPAN);
    // A cut between the two halves of a surrogate pair would send jieba a broken character and lose the word.
    if (isHighSurrogate(text.charCodeAt(end - 1)) && end < text.length && end - 1 > base) end--;
    // jieba hands a lone surrogate back as U+FFFD; replacing it first (same length) keeps every word findable.
    const chunk = wellFormed(text.slice(base, end));
    let at = 0;
    for (const word of j.cut(chunk, true)) {
      // jieba's words join back into its input; indexOf only guards against a word it rewrote.
      const found = chunk.startsWith(word, at) ? at : chunk.indexOf(word, at);
      if (found < 0) continue;
      out.push({ word, tag: tags.of(word), start: base + found });
      at = found + word.length;
    }
  }
  return out;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The text with lone surrogates replaced by U+FFFD, one code unit for one, so that offsets do not move. */
function wellFormed(s: string): string {
  return (s as unknown as { toWellFormed(): string }).toWellFormed();
}
