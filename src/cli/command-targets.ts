import { Command, Option } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './commands.js';
import { addJobsOption, addOutputOptions, type JobsOption, type OutputOptions } from './options.js';
import { runMiner } from './run-miner.js';
import type { Column, Row } from '../report/types.js';
import type { TargetRow } from '../extract/targets/index.js';
import type { PivotBy } from '../extract/targets/pivot.js';

interface TargetsCliOptions extends OutputOptions, JobsOption {
  all?: boolean;
  by?: PivotBy;
}

/** The row fields, in the order of every format. */
const COLUMNS: Column[] = [
  { key: 'file', header: 'file', maxWidth: 30, cutStart: true, flex: true },
  { key: 'line', header: 'line', align: 'right', maxWidth: 5 },
  { key: 'column', header: 'column', align: 'right', maxWidth: 6 },
  { key: 'region', header: 'region', maxWidth: 12 },
  { key: 'date', header: 'date', maxWidth: 10 },
  { key: 'period', header: 'period', maxWidth: 9 },
  { key: 'indicator', header: 'indicator', maxWidth: 16 },
  { key: 'indicator_as_written', header: 'indicator_as_written', maxWidth: 20, flex: true },
  { key: 'comparator', header: 'comparator', maxWidth: 8 },
  { key: 'low', header: 'low', align: 'right', maxWidth: 14 },
  { key: 'high', header: 'high', align: 'right', maxWidth: 14 },
  { key: 'unit', header: 'unit', maxWidth: 4 },
  { key: 'text', header: 'text', maxWidth: 40, flex: true },
  { key: 'section', header: 'section', maxWidth: 7 },
];

/** `policy-mine targets`: the quantified targets of work reports, one row each, or a table of indicators by region, year or file. */
export function targetsCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('targets')
    .description(summaryOf('targets'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .option('--all', 'keep the same figures of review parts (results), with section review')
    .addOption(new Option('--by <what>', 'one row per indicator and a column per region, year or file').choices(['region', 'year', 'file']))
    .addHelpText('after', '\nExamples:\n  policy-mine targets ./reports\n  policy-mine targets --by region --format csv ./reports > targets.csv');
  addJobsOption(addOutputOptions(cmd, 0)).action(async (paths: string[], opts: TargetsCliOptions) => {
    const { targetWork } = await import('../work.js');
    const kept: TargetRow[] = [];
    let shown = 0;
    const status = await runMiner(paths, opts, io, {
      // A pivot's columns are known at the end; its header is written then (see rows).
      columns: opts.by ? [] : COLUMNS,
      split: (emit) => targetWork({ all: opts.all }, (rows) => {
        for (const r of rows) {
          if (opts.by) kept.push(r);
          else if (opts.top === 0 || shown++ < opts.top) emit(r as unknown as Row);
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
  const columns: Column[] = [{ key: 'indicator', header: 'indicator', maxWidth: 16 }, ...pivot.columns.map((c) => ({ key: c, header: c, maxWidth: 12 }))];
  return { columns, rows: pivot.rows.map((r) => ({ indicator: r.indicator, ...r.cells })) };
}
