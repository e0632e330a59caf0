import { Command } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './commands.js';
import { addOutputOptions, parseCount, type OutputOptions } from './options.js';
import { runMiner } from './run-miner.js';
import type { Column } from '../report/types.js';
import { where } from '../extract/where.js';

interface KwicCliOptions extends OutputOptions {
  window: number;
}

const COLUMNS: Column[] = [
  { key: 'where', header: 'where', maxWidth: 40, cutStart: true, flex: true },
  { key: 'left', header: 'left', maxWidth: 30, align: 'right', cutStart: true, flex: true },
  { key: 'match', header: 'term', maxWidth: 16 },
  { key: 'right', header: 'right', maxWidth: 30, flex: true },
  { key: 'form', header: 'as written', maxWidth: 24, flex: true },
];

/** `policy-mine kwic TERM PATH…`: every occurrence of a term, in context. */
export function kwicCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('kwic')
    .description(summaryOf('kwic'))
    .argument('<term>', 'the word or slogan to look for')
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .option('-w, --window <n>', 'characters of context on each side', parseCount, 20)
    .addHelpText('after', '\nExample:\n  policy-mine kwic 招大引强 fixtures/seeds');
  addOutputOptions(cmd, 0).action(async (term: string, paths: string[], opts: KwicCliOptions) => {
    const { kwicInDocument } = await import('../extract/kwic.js');
    let shown = 0;
    const status = await runMiner(paths, opts, io, {
      columns: COLUMNS,
      add: (doc, emit) => {
        for (const r of kwicInDocument(doc, term, opts.window)) {
          if (opts.top !== 0 && shown >= opts.top) return;
          emit({ where: where(r), ...r });
          shown++;
        }
      },
    });
    done(status);
  });
  return cmd;
}
