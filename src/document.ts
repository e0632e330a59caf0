import { ChainMap, IdentityMap, type SegmentMap } from './offsets/offset-map.js';
import { LineIndex, type Position } from './offsets/line-index.js';
import { makeMessage, type Message, type MessageCode } from './messages.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export interface DocumentMeta {
  title?: string;
  /** The HTML page title, kept apart because sites append their own name to it. */
  htmlTitle?: string;
  /**
   * ISO date of the document as precisely as it is known: `2024-03-05`,
   * `2024-03` or `2024` (a year in a file name or title); `datePrecision` says which.
   */
  date?: string;
  datePrecision?: DatePrecision;
  /** Where the document says it came from (来源). */
  source?: string;
  /** The province-level unit the document is about (浙江省, 北京市); none for a national text. */
  province?: string;
  /** The prefecture-level city within it (杭州市), when the document is a city's or a county's. */
  city?: string;
  /** How the region was found (`张掖 named 10 times (100% of city mentions)`). */
  regionEvidence?: string;
}

export type DatePrecision = 'year' | 'month' | 'day';

/** The precision an ISO date string is written to. */
export function precisionOf(date: string): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** The region as one name, at the level the document speaks for: 浙江省杭州市, 北京市, or undefined. */
export function regionName(meta: DocumentMeta): string | undefined {
  if (!meta.province) return undefined;
  return meta.city ? `${meta.province}${meta.city}` : meta.province;
}

/**
 * The one record that flows through the stages. `original` is the decoded text
 * that positions refer to; `text` is what the current stage produced; `maps`
 * holds one offset map per stage that changed the text.
 */
export interface Document {
  /** How results name this document: the path, `<stdin>`, or `path#record-id`. */
  name: string;
  /** The file it was read from (`-` for stdin). */
  path: string;
  /** For a JSON Lines record: its id and the line it is on. */
  record?: { id: string; line: number };
  format: InputFormat;
  encoding: string;
  original: string;
  text: string;
  maps: SegmentMap[];
  meta: DocumentMeta;
  messages: Message[];
  lineIndex?: LineIndex;
  /**
   * For an item of a file split at its headings: where the item starts in the
   * file. `original` is the item's text; positions add this to stay the file's.
   */
  base?: { offset: number; line: number };
  /** For an item of a split file: which item (0-based, the front matter counted) of how many, and its heading. */
  item?: { index: number; of: number; title?: string };
  /** Lines of `text` as read (0-based) that recur across the corpus: removed as chrome when cleaning. */
  repeatedLines?: readonly number[];
}

export function createDocument(init: {
  name: string;
  path: string;
  format: InputFormat;
  encoding: string;
  original: string;
  record?: { id: string; line: number };
  meta?: DocumentMeta;
  base?: Document['base'];
}): Document {
  return { ...init, text: init.original, maps: [], meta: init.meta ?? {}, messages: [] };
}

/** Replace the document's text with a stage's output and remember how to map back. */
export function applyEdit(doc: Document, result: { text: string; map: SegmentMap }): void {
  doc.text = result.text;
  doc.maps.push(result.map);
}

export function toOriginalRange(doc: Document, start: number, end: number): [number, number] {
  const chain = doc.maps.length ? new ChainMap(doc.maps) : new IdentityMap(doc.original.length);
  const s = chain.toSourceStart(start);
  const e = Math.max(s, chain.toSourceEnd(end));
  return [s, e];
}

export function originalPosition(doc: Document, offset: number): Position {
  doc.lineIndex ??= new LineIndex(doc.original);
  const at = doc.lineIndex.position(offset);
  return doc.base ? { line: at.line + doc.base.line - 1, column: at.column } : at;
}

/** Where a range of the current text was written: position and the exact original form. */
export function locate(doc: Document, start: number, end: number): { line: number; column: number; original: string; offset: number } {
  const [s, e] = toOriginalRange(doc, start, end);
  const pos = originalPosition(doc, s);
  return { ...pos, original: doc.original.slice(s, e), offset: s };
}

/** Add a message; `offset` is a position in the original text. */
export function report(doc: Document, code: MessageCode, text: string, offset?: number): void {
  const m = makeMessage(code, doc.name, text, offset);
  if (offset !== undefined) Object.assign(m, originalPosition(doc, offset));
  doc.messages.push(m);
}
