import { createRequire } from 'node:module';
import { dataPath } from '../data-files.js';
import { PosTags } from './pos-tags.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset of the word in the segmented text. */
  start: number;
}

/** The calls the rest of the project may make (a type, not a wrapper): words are added through addWords, which keeps the tags in step. */
export interface JiebaReader {
  cut(text: string, hmm: boolean): string[];
}

/** jieba's TF-IDF keywords (the eval's baseline): see loadKeywordExtractor. */
export interface KeywordExtractor {
  extract(text: string, topN: number): { word: string; weight: number }[];
}

interface Jieba extends JiebaReader, KeywordExtractor {
  load(options: { dict: string; userDict: string; idfDict?: string }): void;
  insertWord(word: string, tag?: string): boolean;
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
}

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
let withKeywords = false;
let posTags: PosTags | undefined;
const inserted = new Set<string>();

/**
 * nodejieba, with its dictionary loaded on first use (about 1.2 s and 250 MB):
 * commands that do not segment never pay. Its keyword extractor also reads a
 * 6 MB IDF table at load (about 20 MB and 300 ms per thread) that segmenting
 * never uses, so it gets a one-line stand-in (data/jieba-idf-stub.utf8):
 * see loadKeywordExtractor.
 */
export function loadJieba(): JiebaReader {
  return loadedJieba();
}

/**
 * jieba with its real IDF table, which it reads only at its first load: call
 * this before anything segments. Called after a load with the stand-in, it
 * throws, where jieba would answer with every IDF equal.
 */
export function loadKeywordExtractor(): KeywordExtractor {
  const j = loadedJieba(true);
  if (!withKeywords) throw new Error('jieba was loaded without its keyword table: load the keyword extractor before anything segments');
  return j;
}

/** Loaded with its default dictionaries named explicitly: the tag table reads the same two. */
function loadedJieba(keywords = false): Jieba {
  if (!jieba) {
    const j = require('nodejieba') as Jieba;
    j.load({ dict: j.DEFAULT_DICT, userDict: j.DEFAULT_USER_DICT, ...(keywords ? {} : { idfDict: dataPath('jieba-idf-stub.utf8') }) });
    jieba = j;
    withKeywords = keywords;
  }
  return jieba;
}

/** jieba and its part-of-speech table, read from the dictionary files jieba was given (user dictionaries split on | and ;, as cppjieba splits them). */
function loadTagger(): { jieba: Jieba; posTags: PosTags } {
  const j = loadedJieba();
  posTags ??= new PosTags(j.DEFAULT_DICT, j.DEFAULT_USER_DICT.split(/[|;]/).filter(Boolean));
  return { jieba: j, posTags };
}

/**
 * Add words so that segmentation keeps them whole. jieba's user dictionary
 * silently ignores entries with digits, `+`, `-` or spaces; those are matched by
 * the lexicon finder instead.
 */
export function addWords(words: Iterable<string>, tag = 'nz'): void {
  const { jieba: j, posTags: tags } = loadTagger();
  for (const w of words) {
    if (inserted.has(w) || /[\d+\-*\s、]/.test(w)) continue;
    if (j.insertWord(w, tag)) tags.set(w, tag);
    inserted.add(w);
  }
}

/** Longest span handed to jieba at once: cppjieba has crashed on very long unpunctuated lines. */
const MAX_SPAN = 2000;

/**
 * Segment with part-of-speech tags, as jieba's `tag` gives them (its mixed
 * segmenter, then each word's tag); offsets are exact because jieba's words
 * join back into its input.
 */
export function segment(text: string): Token[] {
  const { jieba: j, posTags: tags } = loadTagger();
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
