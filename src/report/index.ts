import { csvReporter } from './csv.js';
import { jsonlReporter, jsonReporter } from './json.js';
import { tableReporter } from './table.js';
import type { Format, Reporter, ReporterOptions, Sink } from './types.js';

export * from './types.js';

/** The reporter for a format name. */
export function createReporter(format: Format, out: Sink, options: ReporterOptions): Reporter {
  switch (format) {
    case 'table':
      return tableReporter(out, options);
    case 'csv':
      return csvReporter(out, options);
    case 'json':
      return jsonReporter(out);
    case 'jsonl':
      return jsonlReporter(out);
  }
}

/** In-memory reporter for tests and embedding code: keeps rows and the summary. */
export function memoryReporter(): Reporter & { rows: import('./types.js').Row[]; summary?: import('./types.js').Summary } {
  const self = {
    rows: [] as import('./types.js').Row[],
    summary: undefined as import('./types.js').Summary | undefined,
    row(row: import('./types.js').Row) {
      self.rows.push(row);
    },
    end(summary: import('./types.js').Summary) {
      self.summary = summary;
    },
  };
  return self;
}
