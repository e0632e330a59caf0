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

/**
 * Everything the document holds but its maps, which go as copies of their
 * parts (a worker's own copy; this thread keeps its maps), so nothing here is
 * transferred. Every other field goes as it is, so that a field added to
 * Document (the lines the survey marked as repeated, a bulletin item's place)
 * reaches the worker's cleaning without a change here. What comes back is
 * what cleaning changes (see CleanedParts): a field cleaning comes to change
 * must be added there.
 */
export function shipRead(doc: Document): ReadDocument {
  const { maps, text, lineIndex: _derived, ...rest } = doc;
  return { ...rest, maps: maps.map((m) => m.parts()), ...(text === doc.original ? {} : { text }) };
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

/** The document `read` became when it was cleaned elsewhere. */
export function landCleaned(read: Document, cleaned: CleanedParts): Document {
  return {
    ...read,
    text: cleaned.text,
    maps: [...read.maps, ...cleaned.maps.map(SegmentMap.fromParts)],
    meta: cleaned.meta,
    messages: cleaned.messages,
  };
}
