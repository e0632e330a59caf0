import { createRequire } from 'node:module';
import type TableType from 'cli-table3';
import { cellText, truncate } from './cells.js';
import type { Column, Paint, Reporter, ReporterOptions, Row, Sink } from './types.js';

/**
 * A terminal table (cli-table3). Rows are collected so that columns can be
 * sized; CJK characters count as two cells; colour only when asked for.
 */
export function tableReporter(out: Sink, options: ReporterOptions): Reporter {
  const rows: Row[] = [];
  const paint = options.paint ?? PLAIN;
  return {
    row: (row) => void rows.push(row),
    end: () => {
      if (rows.length === 0) {
        out.write(`${paint.dim('(no results)')}\n`);
        return;
      }
      const columns = fitColumns(options.columns, options.width);
      // Required here, not imported at the top: only a run that prints a table loads cli-table3.
      const Table = createRequire(import.meta.url)('cli-table3') as typeof TableType;
      const table = new Table({
        head: columns.map((c) => paint.header(c.header)),
        // Borders are painted here, not by cli-table3's colour names: those go through a colour library that decides by
        // itself, from the process's environment (CI, the terminal), whether to colour at all.
        style: { head: [], border: [] },
        ...(paint.border ? { chars: paintedChars(paint.border) } : {}),
        colAligns: columns.map((c) => c.align ?? 'left'),
        wordWrap: false,
      });
      for (const row of rows)
        table.push(
          columns.map((c) => truncate(cellText(row[c.key]), c.maxWidth ?? 40, c.cutStart ? 'start' : c.cutAround ? 'around' : 'end')),
        );
      out.write(`${table.toString()}\n`);
    },
  };
}

const PLAIN: Paint = { header: (s) => s, dim: (s) => s };

/** cli-table3's own box-drawing characters, each painted. */
function paintedChars(paint: (s: string) => string): Record<string, string> {
  const chars: Record<string, string> = {
    top: '─',
    'top-mid': '┬',
    'top-left': '┌',
    'top-right': '┐',
    bottom: '─',
    'bottom-mid': '┴',
    'bottom-left': '└',
    'bottom-right': '┘',
    left: '│',
    'left-mid': '├',
    mid: '─',
    'mid-mid': '┼',
    right: '│',
    'right-mid': '┤',
    middle: '│',
  };
  return Object.fromEntries(Object.entries(chars).map(([k, v]) => [k, paint(v)]));
}

const MIN_COLUMN = 8;

/**
 * Fit a terminal: the widest columns give up width first, down to a minimum;
 * if that is not enough, the last columns are left out (CSV and JSON keep them).
 */
export function fitColumns(columns: readonly Column[], width?: number): Column[] {
  if (!width) return [...columns];
  let cols = columns.map((c) => ({ ...c, maxWidth: c.maxWidth ?? 40 }));
  const total = () => cols.reduce((n, c) => n + c.maxWidth + 3, 1);
  while (total() > width) {
    const shrinkable = cols.filter((c) => c.maxWidth > MIN_COLUMN);
    const pool = shrinkable.some((c) => c.flex) ? shrinkable.filter((c) => c.flex) : shrinkable;
    if (pool.length > 0) pool.reduce((a, b) => (b.maxWidth > a.maxWidth ? b : a)).maxWidth--;
    else if (cols.length > 2) cols = cols.slice(0, -1);
    else break;
  }
  return cols;
}
