import { locate, type Document } from '../document.js';
import { ownCopy } from '../text/own-copy.js';

/** Where a result was written: file, line, column, the form as written, and some context. */
export interface Occurrence {
  file: string;
  line: number;
  column: number;
  /** Exactly as in the original file (traditional script, pinyin, quotes and all). */
  form: string;
  /** The cleaned text around it. */
  context: string;
  date?: string;
}

const CONTEXT = 12;

export function occurrenceAt(doc: Document, start: number, end: number, width = CONTEXT): Occurrence {
  const at = locate(doc, start, end);
  // Context stops at a line break and at marked mojibake: neither belongs in a quotation.
  const left = doc.text.slice(Math.max(0, start - width), start).replace(/^.*[\n\ufffd]/s, '');
  const right = doc.text.slice(end, end + width).replace(/[\n\ufffd].*$/s, '');
  return {
    file: doc.name, line: at.line, column: at.column, form: ownCopy(at.original),
    // Joined, not concatenated: join builds one flat string of its own, where a concatenation needed ownCopy's
    // round trip through JSON (two more strings for every sample located).
    context: [left, '【', doc.text.slice(start, end), '】', right].join(''),
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
  };
}

