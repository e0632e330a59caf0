import { createRequire } from 'node:module';
import { PosTags } from './pos-tags.js';

export interface Token {
  word: string;
  tag: string;
  /** Offset of the word in the segmented text. */
  start: number;
}

interface Jieba {
  load(options?: Record<string, string>): void;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  insertWord(word: string, tag?: string): boolean;
  extract(text: string, topN: number): { word: string; weight: number }[];
  DEFAULT_DICT: string;
  DEFAULT_USER_DICT: string;
}

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
let posTags: PosTags | undefined;
const inserted = new Set<string>();

/** nodejieba, with its dictionary loaded on first use (about 1.5 s and 300 MB): commands that do not segment never pay. */
export function loadJieba(): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load();
  }
  return jieba;
}

/** jieba and its part-of-speech table, loaded together from the same dictionaries. */
function loadTagger(): { jieba: Jieba; posTags: PosTags } {
  const j = loadJieba();
  posTags ??= new PosTags(j.DEFAULT_DICT, [j.DEFAULT_USER_DICT]);
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
  for (let base = 0; base < text.length; base += MAX_SPAN) {
    const chunk = text.slice(base, base + MAX_SPAN);
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
