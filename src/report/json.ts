import type { Reporter, Row, Sink, Summary } from './types.js';

/** One JSON document: `{ "rows": [...], "summary": {...} }`, written when the run ends. */
export function jsonReporter(out: Sink): Reporter {
  const rows: Row[] = [];
  return {
    row: (row) => void rows.push(row),
    end: (summary: Summary) => out.write(`${JSON.stringify({ rows, summary }, null, 2)}\n`),
  };
}

/** JSON Lines: one row per line as soon as it is known; the summary goes to stderr with the messages. */
export function jsonlReporter(out: Sink): Reporter {
  return {
    row: (row) => out.write(`${JSON.stringify(row)}\n`),
    end: () => {},
  };
}
