import { createRequire } from 'node:module';
import type { stringify as Stringify } from 'csv-stringify/sync';
import { cellText } from './cells.js';
import type { Reporter, ReporterOptions, Row, Sink } from './types.js';

/**
 * RFC 4180 CSV (LF line ends unless asked for CRLF), header first, streamed row by row. Cells that a spreadsheet
 * would run as a formula (=, +, -, @ first) are guarded by csv-stringify's
 * `escape_formulas`, since the text is untrusted web content.
 */
export function csvReporter(out: Sink, options: ReporterOptions): Reporter {
  // Required here, not imported at the top: a run that writes another format does not load it.
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as { stringify: typeof Stringify };
  const keys = options.columns.map((c) => c.key);
  // LF by default (awk, cut and R read it as it is); --crlf for those who want RFC 4180's CRLF.
  const write = (record: string[]) =>
    out.write(stringify([record], { escape_formulas: true, eof: true, record_delimiter: options.crlf ? '\r\n' : '\n' }));
  if (options.bom) out.write('\ufeff');
  write(options.columns.map((c) => c.header));
  return {
    row: (row: Row) => write(keys.map((k) => cellText(row[k]))),
    end: () => {},
  };
}
