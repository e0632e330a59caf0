import type { Document } from '../document.js';
import { canonicalLine } from '../normalize/normalize.js';
import { locate } from '../document.js';
import { ownCopy } from '../text/own-copy.js';

export interface KwicRow {
  file: string;
  line: number;
  column: number;
  left: string;
  /** What matched, in the cleaned text (simplified). */
  match: string;
  right: string;
  /** The occurrence exactly as written in the original file. */
  form: string;
  date: string;
  title: string;
  province: string;
  city: string;
}

/** What to look for: a term (matched after normalisation) or a regular expression over the normalised text. */
export interface KwicQuery {
  term: string;
  /** Read `term` as a JavaScript regular expression. */
  regex?: boolean;
  /** Latin letters match in either case (GDP, gdp). */
  ignoreCase?: boolean;
}

/** The query as the cleaned text writes it: a traditional or full-width query finds simplified text. */
export function normalizeQuery(term: string): string {
  return canonicalLine(term.trim());
}

/** The pattern a query searches with: always global; a term is escaped, and normalised as the text was. */
export function queryPattern(query: KwicQuery): RegExp {
  const source = query.regex ? query.term : normalizeQuery(query.term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(source, `g${query.ignoreCase ? 'i' : ''}u`);
}

/**
 * Every occurrence of a query in a cleaned document, with context on each
 * side (within the line). Rows are often kept for the whole run (a table,
 * JSON), so their strings are copied: a slice would keep the whole document alive.
 */
export function kwicInDocument(doc: Document, query: KwicQuery | string, window = 20): KwicRow[] {
  const q = typeof query === 'string' ? { term: query } : query;
  if (!q.term.trim()) return [];
  const pattern = queryPattern(q);
  const out: KwicRow[] = [];
  const text = doc.text;
  for (const m of text.matchAll(pattern)) {
    if (m[0].length === 0) continue;
    const i = m.index!;
    const end = i + m[0].length;
    const at = locate(doc, i, end);
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline === -1 ? text.length : newline;
    out.push({
      file: doc.name,
      line: at.line,
      column: at.column,
      left: ownCopy(text.slice(Math.max(lineStart, i - window), i)),
      match: ownCopy(m[0]),
      right: ownCopy(text.slice(end, Math.min(lineEnd, end + window))),
      form: ownCopy(at.original),
      date: doc.meta.date ?? '',
      title: ownCopy(doc.meta.title ?? ''),
      province: doc.meta.province ?? '',
      city: doc.meta.city ?? '',
    });
  }
  return out;
}
