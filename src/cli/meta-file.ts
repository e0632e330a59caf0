import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DocumentMeta } from '../document.js';
import type { MetaOverride } from '../run.js';
import { parseDate } from '../clean/metadata.js';
import { UsageError } from './io.js';

/**
 * `--meta file.csv`: a header row with `file` and any of `date`, `region`,
 * `title`, `source`; a row matches a document by its path or its file name.
 */
export function loadMetaFile(path: string): MetaOverride {
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new UsageError(`--meta ${path}: ${(e as Error).message}`);
  }
  const byName = new Map<string, Record<string, string>>();
  for (const r of records) if (r.file) byName.set(r.file, r);
  // What a row says of a document: it replaces what cleaning found (it may be applied on a worker thread).
  return (doc) => {
    const r = byName.get(doc.path) ?? byName.get(basename(doc.path)) ?? (doc.record ? byName.get(doc.record.id) : undefined);
    if (!r) return undefined;
    const meta: Partial<DocumentMeta> = {};
    const date = r.date ? parseDate(r.date) : undefined;
    if (date) meta.date = date;
    if (r.region) Object.assign(meta, { region: r.region, regionEvidence: `--meta ${basename(path)}` });
    if (r.title) meta.title = r.title;
    if (r.source) meta.source = r.source;
    return meta;
  };
}
