/**
 * A document on its way to a worker thread and back. Structured cloning keeps
 * plain data only, so offset maps travel as their parts; the worker cleans the
 * document, and only what cleaning changed comes back (the original stays here).
 */
import type { Document, DocumentMeta } from '../document.js';
import type { Message } from '../messages.js';
import { SegmentMap, type SegmentParts } from '../offsets/offset-map.js';

/** A document as read, for a worker to clean. */
export interface ReadDocument extends Omit<Document, 'maps' | 'text' | 'lineIndex'> {
  maps: SegmentParts[];
  /** The text, when reading changed it (HTML); absent when it is the original (sent once). */
  text?: string;
}

/** What cleaning made of a document: its new text, the maps of the stages that made it, its metadata and messages. */
export interface CleanedParts {
  text: string;
  maps: SegmentParts[];
  meta: DocumentMeta;
  messages: Message[];
}

/** Copies of the maps go (a worker's own copy; this thread keeps its maps), so nothing here is transferred. */
export function shipRead(doc: Document): ReadDocument {
  const { name, path, record, format, encoding, original, meta, messages } = doc;
  return {
    name, path, record, format, encoding, original, meta, messages,
    maps: doc.maps.map((m) => m.parts()),
    ...(doc.text === doc.original ? {} : { text: doc.text }),
  };
}

export function landRead(read: ReadDocument): Document {
  return { ...read, text: read.text ?? read.original, maps: read.maps.map(SegmentMap.fromParts) };
}

/** The part of a cleaned document that this thread does not have: the maps after the first `known`. */
export function shipCleaned(doc: Document, known: number): CleanedParts {
  return { text: doc.text, maps: doc.maps.slice(known).map((m) => m.parts()), meta: doc.meta, messages: doc.messages };
}

/** The buffers of shipped maps, to move rather than copy (the worker's document is dropped once sent). */
export function mapBuffers(parts: CleanedParts): ArrayBuffer[] {
  return parts.maps.flatMap((m) => [m.dstStart, m.srcStart, m.dstLen, m.srcLen].map((a) => a.buffer as ArrayBuffer));
}

/** Make `doc` the document cleaned elsewhere. */
export function landCleaned(doc: Document, cleaned: CleanedParts): void {
  doc.text = cleaned.text;
  doc.maps.push(...cleaned.maps.map(SegmentMap.fromParts));
  doc.meta = cleaned.meta;
  doc.messages = cleaned.messages;
}
