import { ChainMap, IdentityMap, type SegmentMap } from './offsets/offset-map.js';
import { LineIndex, type Position } from './offsets/line-index.js';
import { makeMessage, type Message, type MessageCode } from './messages.js';

export type InputFormat = 'text' | 'html' | 'jsonl';

export interface DocumentMeta {
  title?: string;
  /** The HTML page title, kept apart because sites append their own name to it. */
  htmlTitle?: string;
  /** ISO date (YYYY-MM-DD) of the document when it says so, or its file name does. */
  date?: string;
  /** Where the document says it came from (来源). */
  source?: string;
  /** Province / city / county, when known; `regionEvidence` says how it was found. */
  region?: string;
  regionEvidence?: string;
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
}

export function createDocument(init: {
  name: string; path: string; format: InputFormat; encoding: string; original: string;
  record?: { id: string; line: number }; meta?: DocumentMeta;
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
  return doc.lineIndex.position(offset);
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
