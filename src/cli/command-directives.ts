import { Command } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import { chooseFormat, type JobsOption, type OutputOptions } from './options.js';
import { addOptionsOf } from './option-table.js';
import { runMiner } from './run-miner.js';

interface DirectivesCliOptions extends OutputOptions, JobsOption {
  all?: boolean;
}

/** `policy-mine directives`: quantified instructions with their numbers parsed. */
export function directivesCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('directives')
    .description(summaryOf('directives'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      '\nExamples:\n  policy-mine directives report.txt\n  policy-mine directives --format json --top 0 ./docs > directives.json',
    );
  addOptionsOf(cmd, 'directives').action(async (paths: string[], opts: DirectivesCliOptions) => {
    const { directiveWork } = await import('../work.js');
    const { DIRECTIVE_FIELDS, columnsOf, directiveRecord } = await import('../report/schema.js');
    let shown = 0;
    const status = await runMiner(paths, opts, io, {
      columns: columnsOf(DIRECTIVE_FIELDS, chooseFormat(opts, io) === 'table'),
      work: (emit) =>
        directiveWork({ all: opts.all }, (rows) => {
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
