import { Command } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import { chooseFormat, type JobsOption, type OutputOptions } from './options.js';
import { addOptionsOf } from './option-table.js';
import { runMiner } from './run-miner.js';
import type { Column, Row } from '../report/types.js';
import type { TargetRow } from '../extract/targets/index.js';
import type { PivotBy } from '../extract/targets/pivot.js';

interface TargetsCliOptions extends OutputOptions, JobsOption {
  all?: boolean;
  by?: PivotBy;
}

/** `policy-mine targets`: the quantified targets of work reports, one row each, or a table of indicators by region, year or file. */
export function targetsCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('targets')
    .description(summaryOf('targets'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      '\nExamples:\n  policy-mine targets ./reports\n  policy-mine targets --by region --format csv ./reports > targets.csv',
    );
  addOptionsOf(cmd, 'targets').action(async (paths: string[], opts: TargetsCliOptions) => {
    const { targetWork } = await import('../work.js');
    const { TARGET_FIELDS, columnsOf, targetRecord } = await import('../report/schema.js');
    const kept: TargetRow[] = [];
    let shown = 0;
    const status = await runMiner(paths, opts, io, {
      // A pivot's columns are known at the end; its header is written then (see rows).
      columns: opts.by ? [] : columnsOf(TARGET_FIELDS, chooseFormat(opts, io) === 'table'),
      work: (emit) =>
        targetWork({ all: opts.all }, (rows) => {
          for (const r of rows) {
            if (opts.by) kept.push(r);
            else if (opts.top === 0 || shown++ < opts.top) emit(targetRecord(r));
          }
        }),
      pivot: opts.by ? async () => pivotRows(kept, opts.by!) : undefined,
    });
    done(status);
  });
  return cmd;
}

async function pivotRows(rows: TargetRow[], by: PivotBy): Promise<{ columns: Column[]; rows: Row[] }> {
  const { pivotTargets } = await import('../extract/targets/pivot.js');
  const pivot = pivotTargets(rows, by);
  const columns: Column[] = [
    { key: 'indicator', header: 'indicator', maxWidth: 16 },
    ...pivot.columns.map((c) => ({ key: c, header: c, maxWidth: 12 })),
  ];
  return { columns, rows: pivot.rows.map((r) => ({ indicator: r.indicator, ...r.cells })) };
}
