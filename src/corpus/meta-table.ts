import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import { precisionOf, type Document, type DocumentMeta } from '../document.js';
import { makeMessage, type Message } from '../messages.js';
import { decodeBytes } from '../read/decode.js';
import { parseDate, parseYearMonth, splitRegion } from '../clean/metadata.js';

/**
 * A table of what the user knows about documents (`--meta`): one row per
 * document, matched by its path, file name or JSON Lines record id. What a row
 * says replaces what cleaning found. Everything that could make it silently
 * wrong is reported with the table's line: columns it does not know, dates it
 * cannot read, rows that match no document, documents matched twice.
 */
export const META_FIELDS = ['file', 'date', 'region', 'province', 'city', 'title', 'source'] as const;
export type MetaField = (typeof META_FIELDS)[number];

/** Column names read as a field without being told (the corpora's index.tsv, a Chinese header). */
const ALIASES: Record<string, MetaField> = {
  file: 'file',
  path: 'file',
  filename: 'file',
  文件: 'file',
  文件名: 'file',
  date: 'date',
  publish_date: 'date',
  published: 'date',
  日期: 'date',
  发布日期: 'date',
  成文日期: 'date',
  region: 'region',
  地区: 'region',
  province: 'province',
  省份: 'province',
  省: 'province',
  city: 'city',
  城市: 'city',
  市: 'city',
  title: 'title',
  标题: 'title',
  source: 'source',
  来源: 'source',
};

export class MetaTableError extends Error {}

interface Row {
  /** 1-based line of the row in the table. */
  line: number;
  file: string;
  meta: Partial<DocumentMeta>;
  matched: number;
}

export class MetaTable {
  /** Problems found reading the table (bad dates, unknown columns); those of matching come from `finish`. */
  readonly messages: Message[] = [];
  private readonly byKey = new Map<string, Row>();
  private readonly rows: Row[] = [];

  constructor(readonly name: string) {}

  add(row: Row): void {
    this.rows.push(row);
    for (const key of [row.file, basename(row.file)]) if (!this.byKey.has(key)) this.byKey.set(key, row);
  }

  /** What the table says of a document, if a row names it. */
  lookup(doc: Pick<Document, 'path' | 'name' | 'record'>): Partial<DocumentMeta> | undefined {
    const row =
      this.byKey.get(doc.path) ??
      this.byKey.get(doc.name) ??
      (doc.record ? this.byKey.get(doc.record.id) : undefined) ??
      this.byKey.get(basename(doc.path)) ??
      this.bySuffix(doc.path);
    if (!row) return undefined;
    row.matched++;
    if (row.matched === 2 && !doc.record)
      this.note(row.line, `row for ${JSON.stringify(row.file)} matches more than one document (the second: ${doc.name})`);
    return row.meta;
  }

  /** After the run: rows that matched nothing, and whether any matched at all (an error when none did). */
  finish(): { messages: Message[]; matchedNone: boolean } {
    const unmatched = this.rows.filter((r) => r.matched === 0);
    const messages = [...this.messages];
    for (const r of unmatched.slice(0, 20))
      messages.push(this.message(r.line, `row for ${JSON.stringify(r.file)} matches no document read`));
    if (unmatched.length > 20) messages.push(this.message(undefined, `… and ${unmatched.length - 20} more rows that match no document`));
    const matchedNone = this.rows.length > 0 && unmatched.length === this.rows.length;
    if (matchedNone)
      messages.push({
        ...this.message(undefined, 'no row matches any document read: check the file column (paths or file names)'),
        severity: 'error',
      });
    return { messages, matchedNone };
  }

  private bySuffix(path: string): Row | undefined {
    const p = path.split('\\').join('/');
    return this.rows.find((r) => r.file.includes('/') && p.endsWith(`/${r.file.replace(/^\.\//, '')}`));
  }

  note(line: number | undefined, text: string): void {
    this.messages.push(this.message(line, text));
  }

  private message(line: number | undefined, text: string): Message {
    return { ...makeMessage('meta', this.name, text), ...(line ? { line, column: 1 } : {}) };
  }
}

/**
 * Read a table from its bytes: encoding detected as for documents (GBK
 * included), delimiter sniffed (comma, semicolon or tab), `columns` mapping a
 * field to the table's own column name (`{ date: 'publish_date' }`). A table
 * that cannot be read at all, or has no file column, is a MetaTableError.
 */
export function parseMetaTable(bytes: Uint8Array, name: string, columns: Partial<Record<MetaField, string>> = {}): MetaTable {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw new MetaTableError(`${name}: not a text table (${decoded.reason})`);
  const text = decoded.value.text.replace(/^\ufeff/, '');
  let records: string[][];
  try {
    records = parse(text, { delimiter: sniffDelimiter(text), relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    throw new MetaTableError(`${name}: ${(e as Error).message}`);
  }
  if (records.length === 0) throw new MetaTableError(`${name}: empty table`);
  const table = new MetaTable(name);
  const fieldOf = headerFields(records[0], columns, table);
  const fileColumn = fieldOf.indexOf('file');
  if (fileColumn === -1)
    throw new MetaTableError(`${name}: no file column (header: ${records[0].join(', ')}); name one with --meta-columns file=COLUMN`);
  for (let i = 1; i < records.length; i++) {
    const line = i + 1;
    const cells = records[i];
    const file = cells[fileColumn]?.trim();
    if (!file) {
      table.note(line, 'row without a file name, ignored');
      continue;
    }
    table.add({ line, file, meta: rowMeta(cells, fieldOf, table, line), matched: 0 });
  }
  return table;
}

/** Each column's field, or undefined; unknown columns are named once. */
function headerFields(
  header: readonly string[],
  columns: Partial<Record<MetaField, string>>,
  table: MetaTable,
): Array<MetaField | undefined> {
  const told = new Map(Object.entries(columns).map(([field, column]) => [column!.trim(), field as MetaField]));
  for (const column of told.keys()) {
    if (!header.some((h) => h.trim() === column)) table.note(1, `--meta-columns names a column the table does not have: ${column}`);
  }
  const fields = header.map(
    (h) => told.get(h.trim()) ?? (columns[ALIASES[h.trim().toLowerCase()]] ? undefined : ALIASES[h.trim().toLowerCase()]),
  );
  const unknown = header.filter((h, i) => !fields[i] && h.trim());
  if (unknown.length)
    table.note(1, `columns not used: ${unknown.join(', ')} (known: ${META_FIELDS.join(', ')}; map others with --meta-columns)`);
  return fields;
}

function rowMeta(
  cells: readonly string[],
  fieldOf: ReadonlyArray<MetaField | undefined>,
  table: MetaTable,
  line: number,
): Partial<DocumentMeta> {
  const meta: Partial<DocumentMeta> = {};
  fieldOf.forEach((field, i) => {
    const value = cells[i]?.trim();
    if (!field || !value || field === 'file') return;
    if (field === 'date') {
      const date = readDate(value);
      if (date) Object.assign(meta, { date, datePrecision: precisionOf(date) });
      else table.note(line, `cannot read the date ${JSON.stringify(value)} (write 2026-03-09, 2026-03 or 2026)`);
    } else if (field === 'region' || field === 'province')
      Object.assign(meta, splitRegion(value), { regionEvidence: `--meta ${basename(table.name)}` });
    else if (field === 'city') meta.city = value;
    else meta[field] = value;
  });
  return meta;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date at the precision written: 2026-03-09, 2026年3月9日, 20260309, Mar 9 2026, 9 March 2026, 2026-03, 2026. */
export function readDate(value: string): string | undefined {
  const iso = parseDate(value) ?? parseYearMonth(value);
  if (iso) return iso;
  const m =
    /^([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)$/i.exec(value) ??
    /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+((?:19|20)\d\d)$/i.exec(value);
  if (!m) return undefined;
  const [month, day] = /^\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
  const mm = MONTHS.indexOf(month.toLowerCase()) + 1;
  return mm ? parseDate(`${m[3]}-${mm}-${day}`) : undefined;
}

/** The delimiter of the header line: the most frequent of tab, semicolon and comma outside quotes. */
function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).replace(/"[^"]*"/g, '');
  const counts = ['\t', ';', ','].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}
