import { locate, type Document } from '../document.js';
import { ownCopy } from '../text/own-copy.js';

/** Where a result was written: file, line, column, the form as written, and some context. */
export interface Occurrence {
  file: string;
  line: number;
  column: number;
  /** Exactly as in the original file (traditional script, pinyin, quotes and all). */
  form: string;
  /** The cleaned text around it, the match between 【 and 】. */
  context: string;
  date?: string;
}

/** Context on each side: at least this many characters, unless the line ends first… */
const CONTEXT = 30;
/** …and on to the next punctuation within this many, so that a quotation starts and ends at a clause, not mid-word. */
const CONTEXT_MAX = 45;
/** Where a quotation may start or end: after a sentence's or a clause's mark. */
const PUNCTUATION = /[。！？；，：、!?;,:]/;
/** Context stops at a line break and at marked mojibake: neither belongs in a quotation. */
const STOPS = /[\n\ufffd]/;

export function occurrenceAt(doc: Document, start: number, end: number, width = CONTEXT): Occurrence {
  const at = locate(doc, start, end);
  return {
    file: doc.name,
    line: at.line,
    column: at.column,
    form: ownCopy(at.original),
    // Joined, not concatenated: join builds one flat string of its own, where a concatenation needed ownCopy's
    // round trip through JSON (two more strings for every sample located).
    context: [leftContext(doc.text, start, width), '【', doc.text.slice(start, end), '】', rightContext(doc.text, end, width)].join(''),
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
  };
}

/** The text before `start`: `width` characters, then back to just after a punctuation mark within the maximum; … where there is none. */
function leftContext(text: string, start: number, width: number): string {
  const max = Math.max(width, CONTEXT_MAX);
  const from = Math.max(0, start - max);
  for (let i = start - 1; i >= from; i--) {
    const c = text[i];
    if (STOPS.test(c) || (start - i > width && PUNCTUATION.test(c))) return text.slice(i + 1, start);
  }
  return from > 0 ? `…${text.slice(from, start)}` : text.slice(from, start);
}

/** The text after `end`: `width` characters, then on to a punctuation mark (kept) within the maximum; … where there is none. */
function rightContext(text: string, end: number, width: number): string {
  const to = Math.min(text.length, end + Math.max(width, CONTEXT_MAX));
  for (let i = end; i < to; i++) {
    const c = text[i];
    if (STOPS.test(c)) return text.slice(end, i);
    if (i - end >= width && PUNCTUATION.test(c)) return text.slice(end, i + 1);
  }
  return to < text.length ? `${text.slice(end, to)}…` : text.slice(end, to);
}
