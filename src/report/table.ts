import Table from 'cli-table3';
import chalk, { Chalk } from 'chalk';
import { cellText, truncate } from './cells.js';
import type { Reporter, ReporterOptions, Row, Sink } from './types.js';

/**
 * A terminal table (cli-table3). Rows are collected so that columns can be
 * sized; CJK characters count as two cells; colour only when asked for.
 */
export function tableReporter(out: Sink, options: ReporterOptions): Reporter {
  const rows: Row[] = [];
  const paint = new Chalk({ level: options.color ? Math.max(1, chalk.level) as 1 | 2 | 3 : 0 });
  return {
    row: (row) => void rows.push(row),
    end: () => {
      if (rows.length === 0) {
        out.write(`${paint.dim('(no results)')}\n`);
        return;
      }
      const table = new Table({
        head: options.columns.map((c) => paint.bold.cyan(c.header)),
        style: { head: [], border: options.color ? ['grey'] : [] },
        colAligns: options.columns.map((c) => c.align ?? 'left'),
        wordWrap: false,
      });
      for (const row of rows) table.push(options.columns.map((c) => truncate(cellText(row[c.key]), c.maxWidth ?? 40, c.cutStart)));
      out.write(`${table.toString()}\n`);
    },
  };
}
