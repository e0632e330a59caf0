import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Document } from '../document.js';
import { parseDate } from '../clean/metadata.js';
import { UsageError } from './io.js';

/**
 * `--meta file.csv`: a header row with `file` and any of `date`, `region`,
 * `title`, `source`; a row matches a document by its path or its file name.
 */
export function loadMetaFile(path: string): { apply(doc: Document): void } {
  let records: Record<string, string>[];
  try {
    records = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (e) {
    throw new UsageError(`--meta ${path}: ${(e as Error).message}`);
  }
  const byName = new Map<string, Record<string, string>>();
  for (const r of records) if (r.file) byName.set(r.file, r);
  return {
    apply(doc) {
      const r = byName.get(doc.path) ?? byName.get(basename(doc.path)) ?? (doc.record ? byName.get(doc.record.id) : undefined);
      if (!r) return;
      const date = r.date ? parseDate(r.date) : undefined;
      if (date) doc.meta.date = date;
      if (r.region) { doc.meta.region = r.region; doc.meta.regionEvidence = `--meta ${basename(path)}`; }
      if (r.title) doc.meta.title = r.title;
      if (r.source) doc.meta.source = r.source;
    },
  };
}
