import { Command } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './commands.js';
import { addJobsOption, addOutputOptions, chooseFormat, type JobsOption, type OutputOptions } from './options.js';
import { runMiner } from './run-miner.js';
import type { Column, Row } from '../report/types.js';
import type { DirectiveRow } from '../extract/directives/index.js';
import { where } from '../extract/where.js';

interface DirectivesCliOptions extends OutputOptions, JobsOption {
  all?: boolean;
  meta?: string;
}

const COLUMNS: Column[] = [
  { key: 'where', header: 'where', maxWidth: 40, cutStart: true, flex: true },
  { key: 'kind', header: 'kind', maxWidth: 8 },
  { key: 'status', header: 'status', maxWidth: 11 },
  { key: 'cue', header: 'cue', maxWidth: 6 },
  { key: 'speaker', header: 'speaker', maxWidth: 8 },
  { key: 'ordinal', header: 'n', maxWidth: 5 },
  { key: 'values', header: 'quantities', maxWidth: 30, flex: true },
  { key: 'simplified', header: 'directive', maxWidth: 50, flex: true },
  { key: 'date', header: 'date', maxWidth: 10 },
];
const CSV_EXTRA: Column[] = [{ key: 'text', header: 'as written' }, { key: 'heading', header: 'heading' }];

/** `policy-mine directives`: quantified instructions with their numbers parsed. */
export function directivesCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('directives')
    .description(summaryOf('directives'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .option('--all', 'keep achievements (reports of what was done), labelled as such')
    .addHelpText('after', '\nExamples:\n  policy-mine directives report.txt\n  policy-mine directives --format json --top 0 ./docs > directives.json');
  addJobsOption(addOutputOptions(cmd, 0)).action(async (paths: string[], opts: DirectivesCliOptions) => {
    const { directiveWork } = await import('../work.js');
    let shown = 0;
    const wide = chooseFormat(opts, io) !== 'table';
    const status = await runMiner(paths, opts, io, {
      columns: wide ? [...COLUMNS, ...CSV_EXTRA] : COLUMNS,
      split: (emit) => directiveWork({ all: opts.all }, (rows) => {
        for (const r of rows) {
          if (opts.top !== 0 && shown >= opts.top) return;
          emit(directiveRecord(r));
          shown++;
        }
      }),
    });
    done(status);
  });
  return cmd;
}

function directiveRecord(r: DirectiveRow): Row {
  return {
    where: where(r), file: r.file, line: r.line, column: r.column,
    kind: r.kind, status: r.status, section: r.section, cue: r.cue, speaker: r.speaker,
    ordinal: r.ordinal ? `${r.ordinal.index}/${r.ordinal.of}` : '',
    values: r.quantities.map((q) => `${q.text}=${q.kind === 'deadline' ? q.date ?? '?' : q.comparator === 'range' ? `${q.low}–${q.high}` : q.value ?? '?'}${q.unit && q.unit !== 'date' ? ` ${q.unit}` : ''}`),
    quantities: r.quantities, simplified: r.simplified, text: r.text, date: r.date,
    heading: r.ordinal?.heading ?? '', item: r.ordinal?.item ?? '',
  };
}
