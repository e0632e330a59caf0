import { applyEdit, locate, report, type Document } from '../document.js';
import { TextBuilder } from '../offsets/text-builder.js';
import { normalizeText } from '../normalize/normalize.js';
import { isBoilerplate } from './boilerplate.js';
import { datelineDate } from './dateline.js';
import { dateFromFileName, findTitle, inlineSource, readHeader } from './metadata.js';
import { markMojibake, MOJIBAKE_MARK } from './mojibake.js';
import { stripPinyin } from './pinyin.js';
import { inferRegion } from './region.js';

/** Lines longer than this are still read, in slices, but the user is told. */
export const LONG_LINE = 1_000_000;

/**
 * read → clean → normalize for one document, in place: pinyin annotations
 * removed, mojibake marked, script and width normalised, page chrome and
 * metadata-only lines removed, metadata kept on `doc.meta`.
 */
export function cleanDocument(doc: Document): Document {
  noteLongLines(doc);
  const pinyin = stripPinyin(doc.text);
  if (pinyin) applyEdit(doc, pinyin);
  const marked = markMojibake(doc.text);
  if (marked) applyEdit(doc, marked);
  applyEdit(doc, normalizeText(doc.text));
  applyEdit(doc, dropChrome(doc));
  doc.meta.title ??= doc.meta.htmlTitle;
  doc.meta.source ??= inlineSource(doc.text);
  inferRegion(doc.text, doc.meta);
  doc.meta.date ??= (doc.path === '-' ? undefined : dateFromFileName(doc.path)) ?? datelineDate(doc.text);
  reportMojibake(doc);
  if (doc.text.trim() === '') {
    report(doc, 'empty', doc.original.trim() === '' ? 'empty file (nothing to read)' : 'no article text left after removing page chrome');
  }
  return doc;
}

/** Remove chrome and metadata-only lines, trailing spaces, and runs of blank lines; read the header on the way. */
function dropChrome(doc: Document) {
  const text = doc.text;
  const lines = text.split('\n');
  const headerOnly = readHeader(lines, doc.meta);
  const chrome = new Set(lines.flatMap((l, i) => (isBoilerplate(l) ? [i] : [])));
  const title = findTitle(lines, new Set([...headerOnly, ...chrome]));
  if (title) doc.meta.title ??= title;
  const out = new TextBuilder(text);
  let offset = 0;
  let blank = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const keep = !headerOnly.has(i) && !chrome.has(i);
    // trimEnd strips what \s matches, without a regular expression's search for a run that ends the line.
    const trimmedEnd = line.trimEnd().length;
    const isBlank = trimmedEnd === 0;
    if (keep && !(isBlank && blank)) {
      out.copy(offset, offset + trimmedEnd);
      if (i < lines.length - 1) out.copy(offset + line.length, offset + line.length + 1);
      blank = isBlank;
    }
    offset += line.length + 1;
  }
  return out.build();
}

function noteLongLines(doc: Document): void {
  let start = 0;
  while (start < doc.original.length) {
    let end = doc.original.indexOf('\n', start);
    if (end === -1) end = doc.original.length;
    if (end - start > LONG_LINE) {
      report(doc, 'long-line', `line of ${(end - start).toLocaleString('en')} characters; read in slices`, start);
      return;
    }
    start = end + 1;
  }
}

/** One message per marked run still in the text, with its original form. */
function reportMojibake(doc: Document): void {
  const re = new RegExp(`${MOJIBAKE_MARK}+`, 'g');
  for (const m of doc.text.matchAll(re)) {
    const at = locate(doc, m.index!, m.index! + m[0].length);
    // Bytes the decoder could not read were reported once, as invalid-bytes.
    if (/^\ufffd+$/.test(at.original) && doc.messages.some((x) => x.code === 'invalid-bytes')) continue;
    const shown = at.original.length > 40 ? `${at.original.slice(0, 40)}…` : at.original;
    report(doc, 'mojibake', `mis-decoded text ${JSON.stringify(shown)} kept out of results`, at.offset);
  }
}
