import { applyEdit, locate, precisionOf, report, type Document } from '../document.js';
import { TextBuilder } from '../offsets/text-builder.js';
import { normalizeText } from '../normalize/normalize.js';
import { isBoilerplate } from './boilerplate.js';
import { datelineDate } from './dateline.js';
import { dateFromFileName, findTitle, inlineSource, readHeader, yearOfName } from './metadata.js';
import { decodeReferences } from './entities.js';
import { isContentsLine, itemSpans, itemTitles } from '../read/items.js';
import { markMojibake, MOJIBAKE_MARK } from './mojibake.js';
import { stripPinyin } from './pinyin.js';
import { inferRegion, inferRegionOfItems } from './region.js';

/** Lines longer than this are still read, in slices, but the user is told. */
export const LONG_LINE = 1_000_000;

/**
 * read → clean → normalize for one document, in place: pinyin annotations
 * removed, mojibake marked, script and width normalised, page chrome and
 * metadata-only lines removed, metadata kept on `doc.meta`.
 */
export function cleanDocument(doc: Document): Document {
  noteLongLines(doc);
  // A naive tag-strip leaves &nbsp; and &ldquo; in text files; HTML was decoded by its parser.
  const references = doc.format === 'html' ? undefined : decodeReferences(doc.text);
  if (references) applyEdit(doc, references);
  const pinyin = stripPinyin(doc.text);
  if (pinyin) applyEdit(doc, pinyin);
  const marked = markMojibake(doc.text);
  if (marked) applyEdit(doc, marked);
  applyEdit(doc, normalizeText(doc.text));
  applyEdit(doc, dropChrome(doc));
  doc.meta.title ??= doc.meta.htmlTitle;
  doc.meta.source ??= inlineSource(doc.text);
  findRegion(doc);
  findDate(doc);
  reportMojibake(doc);
  if (doc.text.trim() === '') {
    report(doc, 'empty', doc.original.trim() === '' ? 'empty file (nothing to read)' : 'no article text left after removing page chrome');
  }
  return doc;
}

/**
 * The document's date, as precisely as it is known: a labelled field (read
 * with the header), a date in the file name, a dateline or signature; else a
 * year at the start of the file name (2010_29_…) or of the title (2010年…).
 */
function findDate(doc: Document): void {
  const named = doc.path === '-' ? undefined : doc.path;
  doc.meta.date ??=
    (named && dateFromFileName(named)) ?? datelineDate(doc.text) ?? (named && yearOfName(named)) ?? titleYear(doc.meta.title);
  if (doc.meta.date) doc.meta.datePrecision ??= precisionOf(doc.meta.date);
}

/** The year a document's title starts with when the title names a document (2010年政府工作报告), not a sentence (2024年末，…). */
function titleYear(title: string | undefined): string | undefined {
  if (!title || /[，。；,]/.test(title) || !/(报告|计划|纲要|规划|决议|决定|意见|通知|方案|公报|讲话|白皮书)$/.test(title))
    return undefined;
  return yearOfName(title);
}

/** A file of many items (a bulletin read whole) has a region only when its items agree. */
function findRegion(doc: Document): void {
  const items = doc.item ? [] : itemSpans(doc.text, 'auto');
  if (items.length > 1)
    inferRegionOfItems(
      items.map((s) => doc.text.slice(s.start, s.end)),
      doc.meta,
    );
  else inferRegion(doc.text, doc.meta);
}

/**
 * Remove chrome and metadata-only lines, lines repeated across the corpus, a
 * bulletin's list of its own items, trailing spaces, and runs of blank lines;
 * read the header on the way.
 */
function dropChrome(doc: Document) {
  const text = doc.text;
  const lines = text.split('\n');
  const headerOnly = readHeader(lines, doc.meta);
  const chrome = new Set(lines.flatMap((l, i) => (isBoilerplate(l) ? [i] : [])));
  for (const i of doc.repeatedLines ?? []) if (!keepsStructure(lines[i] ?? '')) chrome.add(i);
  for (const i of contentsLines(lines)) chrome.add(i);
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

/**
 * Lines that recur across a corpus but carry its structure stay: headings
 * (三、2026年重点工作, ### 国内联播快讯), salutations and addressees (各位代表：),
 * and a signature's issuing body, which dates a document.
 */
function keepsStructure(line: string): boolean {
  const t = line.trim();
  return (
    /^(#|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|第[一二三四五六七八九十]+)/.test(t) ||
    (t.length <= 40 && /[：:！!]$/.test(t)) ||
    /^[^。；，,：:]{2,30}(政府|办公厅|办公室|委员会|党组)$/.test(t)
  );
}

/** A bulletin read whole: the numbered list of its items' titles at its head (新闻摘要) repeats the headings below. */
function* contentsLines(lines: readonly string[]): Generator<number> {
  const titles = itemTitles(lines.join('\n'));
  if (titles.length < 3) return;
  let continued = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const listed: boolean = /^(\d{1,3}[.．、]|[（(]\d{1,3}[）)])/.test(line) || continued;
    continued = listed && isContentsLine(line, titles) && /[：:]$/.test(line);
    if (listed && isContentsLine(line, titles)) yield i;
  }
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
