import type { Document } from '../document.js';
import { canonicalLine } from '../normalize/normalize.js';
import { locate } from '../document.js';
import { ownCopy } from '../text/own-copy.js';

export interface KwicRow {
  file: string;
  line: number;
  column: number;
  left: string;
  match: string;
  right: string;
  /** The occurrence exactly as written in the original file. */
  form: string;
  date: string;
}

/** The query as the cleaned text writes it: a traditional or full-width query finds simplified text. */
export function normalizeQuery(term: string): string {
  return canonicalLine(term.trim());
}

/**
 * Every occurrence of a term in a cleaned document, with context on each side
 * (within the line). Rows are often kept for the whole run (a table, JSON), so
 * their strings are copied: a slice would keep the whole document alive.
 */
export function kwicInDocument(doc: Document, term: string, window = 20): KwicRow[] {
  const query = normalizeQuery(term);
  if (!query) return [];
  const out: KwicRow[] = [];
  const text = doc.text;
  for (let i = text.indexOf(query); i !== -1; i = text.indexOf(query, i + query.length)) {
    const end = i + query.length;
    const at = locate(doc, i, end);
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline === -1 ? text.length : newline;
    out.push({
      file: doc.name, line: at.line, column: at.column,
      left: ownCopy(text.slice(Math.max(lineStart, i - window), i)), match: query,
      right: ownCopy(text.slice(end, Math.min(lineEnd, end + window))), form: ownCopy(at.original), date: doc.meta.date ?? '',
    });
  }
  return out;
}
