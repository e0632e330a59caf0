import { readFileSync } from 'node:fs';
import { applyEdit, createDocument, precisionOf, report, type Document, type InputFormat } from '../document.js';
import { dateFromFileName, parseDate, parseYearMonth, splitRegion } from '../clean/metadata.js';
import { makeMessage, type Message } from '../messages.js';
import { decodeBytes, type Decoded } from './decode.js';
import { discoverFiles, type Found } from './discover.js';
import { isContentsOnly, itemSpans, itemTitles, type SplitMode } from './items.js';
import { declaredCharset, htmlToText, looksLikeHtml } from './html.js';
import { isJsonLinesName, looksLikeJsonLines, parseJsonLines } from './jsonl.js';

export interface ReadOptions {
  /** Force one encoding for every file (`utf-8`, `gb18030`, `gbk`, `big5`, `utf-16le`, `utf-16be`). */
  encoding?: string;
  /** JSON Lines field holding the text (default: first of content, text, body). */
  textField?: string;
  /** Reads standard input for the path `-`; the CLI passes process.stdin, the library never touches it. */
  stdin?: () => Promise<Uint8Array>;
  /** Told how many files were found before reading starts (for a progress bar). */
  onStart?: (files: number) => void;
  /** ripgrep-style globs for the files found in folders (`*.txt`, `!index.tsv`). */
  globs?: readonly string[];
  /** Read a file named twice (or reached through a link) each time. */
  keepDuplicates?: boolean;
  /** Files of many items (markdown bulletins): `auto` splits those that look like one, `heading` every file with headings. */
  split?: SplitMode;
}

/**
 * What reading produced for one input: a document; a failure that names the
 * file; or a file left out on purpose (a data or binary file met while walking
 * a folder, a file already read), with an `info` message saying why.
 */
export type ReadItem =
  | { ok: true; doc: Document }
  | { ok: false; file: string; path: string; message: Message }
  | { ok: 'ignored'; file: string; path: string; message: Message };

/** Files larger than this are skipped with a message rather than read into memory. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Read every input into documents, one at a time: files and folders in a
 * stable order, `-` for stdin, each decoded, HTML turned to text and JSON Lines
 * split into records. Nothing is dropped silently: an input that cannot be read
 * comes out as a failure with its message.
 */
export async function* readInputs(inputs: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const files = [];
  for await (const found of discoverFiles(inputs, options)) files.push(found);
  options.onStart?.(files.length);
  for (const found of files) {
    if (found.ok === 'ignored') {
      yield {
        ok: 'ignored',
        file: found.path,
        path: found.path,
        message: makeMessage('not-a-document', found.path, `skipped: ${found.reason}`),
      };
      continue;
    }
    if (!found.ok) {
      yield { ok: false, file: found.path, path: found.path, message: makeMessage(found.code, found.path, found.reason) };
      continue;
    }
    const bytes = await loadBytes(found, options);
    if (!bytes.ok) {
      yield {
        ok: false,
        file: displayName(found.path),
        path: found.path,
        message: makeMessage('unreadable', displayName(found.path), bytes.reason),
      };
      continue;
    }
    yield* documentsFromBytes(displayName(found.path), found.path, bytes.value, options, found.walked);
  }
}

function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

async function loadBytes(
  { path, size }: Extract<Found, { ok: true }>,
  options: ReadOptions,
): Promise<{ ok: true; value: Uint8Array } | { ok: false; reason: string }> {
  try {
    if (path === '-') {
      if (!options.stdin) return { ok: false, reason: 'standard input is not available' };
      return { ok: true, value: await options.stdin() };
    }
    // Synchronous: each file's text is then processed synchronously for far longer than it takes to read, and the
    // promise versions cost ten times the CPU (about 0.5 ms a file against 0.05, over the 1,638 files of xwlb-2022-2026).
    // A library caller reading from a slow network share has its event loop held for each read (see readDocuments).
    // The size is the one discovery saw (a file is not asked twice).
    if (size !== undefined && size > MAX_FILE_BYTES)
      return { ok: false, reason: `file is ${(size / 2 ** 20).toFixed(0)} MiB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MiB` };
    return { ok: true, value: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message) };
  }
}

/**
 * Documents in one file's bytes (a library entry point for callers that have
 * bytes, not paths). `walked`: a folder walk met the file, so a binary file or
 * JSON that is not records is left out with an `info` line, not an error.
 */
export function* documentsFromBytes(
  name: string,
  path: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
  walked = false,
): Generator<ReadItem> {
  const forced = options.encoding ?? (/\.s?html?$/i.test(path) && !isUtf8Declared(bytes) ? declaredCharset(bytes) : undefined);
  const decoded = decodeBytes(bytes, forced);
  if (!decoded.ok) {
    yield walked
      ? { ok: 'ignored', file: name, path, message: makeMessage('not-a-document', name, `skipped: binary file (${decoded.reason})`) }
      : { ok: false, file: name, path, message: makeMessage('binary', name, `binary file skipped (${decoded.reason})`) };
    return;
  }
  const format = detectFormat(path, decoded.value.text);
  if (walked && format === 'text' && /\.json$/i.test(path)) {
    yield { ok: 'ignored', file: name, path, message: makeMessage('not-a-document', name, 'skipped: JSON data, not JSON Lines records') };
    return;
  }
  if (format === 'jsonl') yield* jsonLinesDocuments(name, path, decoded.value, options);
  else yield* fileDocuments(name, path, format, decoded.value, options.split ?? 'auto');
}

/** A file's document, or one per item when it is split (see items.ts); the front matter of a bulletin, a list of its items, is left out. */
function* fileDocuments(name: string, path: string, format: InputFormat, decoded: Decoded, split: SplitMode): Generator<ReadItem> {
  const spans = format === 'text' ? itemSpans(decoded.text, split) : [];
  if (spans.length === 0) {
    yield { ok: true, doc: fileDocument(name, path, format, decoded) };
    return;
  }
  const titles = itemTitles(decoded.text);
  // Items take the file's date when its name has none: a bulletin's title line (# 《新闻联播》（20220101）) has it.
  const date = dateFromFileName(path) ?? (spans[0].title ? undefined : firstHeadingDate(decoded.text.slice(spans[0].start, spans[0].end)));
  for (const span of spans) {
    const text = decoded.text.slice(span.start, span.end);
    if (!span.title && isContentsOnly(text, titles)) continue;
    const doc = createDocument({
      name,
      path,
      format,
      encoding: decoded.encoding,
      original: text,
      base: { offset: span.start, line: span.line },
      meta: { ...(span.title ? { title: span.title } : {}), ...(date ? { date, datePrecision: precisionOf(date) } : {}) },
    });
    doc.item = { index: spans.indexOf(span), of: spans.length, ...(span.title ? { title: span.title } : {}) };
    noteDecoding(doc, { ...decoded, invalid: text.includes('\ufffd') ? decoded.invalid : 0 });
    yield { ok: true, doc };
  }
}

function isUtf8Declared(bytes: Uint8Array): boolean {
  const cs = declaredCharset(bytes);
  return cs === undefined || cs === 'utf-8' || cs === 'utf8';
}

function detectFormat(path: string, text: string): InputFormat {
  if (isJsonLinesName(path)) return 'jsonl';
  if (/\.(s?html?|xhtml)$/i.test(path)) return 'html';
  if (/\.(txt|md|text)$/i.test(path)) return 'text';
  if (looksLikeJsonLines(text)) return 'jsonl';
  return looksLikeHtml(text) ? 'html' : 'text';
}

function firstHeadingDate(frontMatter: string): string | undefined {
  const heading = /^#.*$/m.exec(frontMatter)?.[0];
  return heading ? parseDate(heading) : undefined;
}

function fileDocument(name: string, path: string, format: InputFormat, decoded: Decoded): Document {
  const doc = createDocument({ name, path, format, encoding: decoded.encoding, original: decoded.text });
  noteDecoding(doc, decoded);
  if (format === 'html') {
    const html = htmlToText(decoded.text);
    applyEdit(doc, html);
    if (html.title) doc.meta.htmlTitle = html.title;
  }
  return doc;
}

function noteDecoding(doc: Document, decoded: Decoded): void {
  if (decoded.invalid > 0) {
    report(
      doc,
      'invalid-bytes',
      `${decoded.invalid} byte sequence(s) are not valid ${decoded.encoding} and were replaced`,
      doc.original.indexOf('\ufffd'),
    );
  }
  if (decoded.guess) report(doc, 'encoding-guess', decoded.guess);
  if (decoded.misread) report(doc, 'encoding-forced', decoded.misread);
}

function* jsonLinesDocuments(name: string, path: string, decoded: Decoded, options: ReadOptions): Generator<ReadItem> {
  for (const item of parseJsonLines(decoded.text, options.textField)) {
    if (!item.ok) {
      yield { ok: false, file: `${name}:${item.line}`, path, message: makeMessage(item.code, name, item.reason) };
      continue;
    }
    const { record } = item;
    const doc = createDocument({
      name: `${name}#${record.id}`,
      path,
      format: 'jsonl',
      encoding: decoded.encoding,
      original: record.text,
      record: { id: record.id, line: record.line },
      meta: metaFromFields(record.fields),
    });
    noteDecoding(doc, { ...decoded, invalid: [...record.text.matchAll(/\ufffd/g)].length });
    yield { ok: true, doc };
  }
}

/** Metadata a JSON Lines record may carry; it overrides what the text says. */
function metaFromFields(fields: Record<string, unknown>): Document['meta'] {
  const meta: Document['meta'] = {};
  const str = (k: string) => (typeof fields[k] === 'string' && fields[k] ? (fields[k] as string) : undefined);
  const date = str('date') ?? str('published') ?? str('publish_date');
  const iso = date ? (parseDate(date) ?? parseYearMonth(date)) : undefined;
  if (iso) Object.assign(meta, { date: iso, datePrecision: precisionOf(iso) });
  if (str('title')) meta.title = str('title');
  if (str('source')) meta.source = str('source');
  const region = str('province') ?? str('region');
  if (region) Object.assign(meta, splitRegion(region), { regionEvidence: `record field "${str('province') ? 'province' : 'region'}"` });
  if (str('city')) meta.city = str('city');
  return meta;
}
