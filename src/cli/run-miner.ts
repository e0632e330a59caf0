import type { Column, Paint, Row } from '../report/types.js';
import type { CliIO } from './io.js';
import { chooseFormat, useColor, type JobsOption, type OutputOptions } from './options.js';
import type { Work } from '../run.js';
import type { Executor } from '../parallel/executor.js';

export interface MinerHooks {
  columns: readonly Column[];
  /**
   * What to find in each document (on --jobs threads) and what to do with it
   * here, in document order; per-document miners hand their rows to `emit` at
   * once (CSV and JSON Lines then stream).
   */
  work(emit: (row: Row) => void): Work;
  /** Rows known only when every document has been read (slogans); per-document miners have none. */
  rows?(executor: Executor): Row[] | Promise<Row[]>;
  /** Or: a table whose columns are known only at the end (a pivot); the reporter is made then. */
  pivot?(): Promise<{ columns: Column[]; rows: Row[] }>;
  /** Why a run gave no rows, said on stderr when it did not (one document and --min-docs 2…). */
  empty?: string;
}

/** Read every input, feed the miner, report its rows; returns the exit status. */
export async function runMiner(
  paths: string[],
  opts: OutputOptions & JobsOption & { signal?: AbortSignal },
  io: CliIO,
  hooks: MinerHooks,
): Promise<number> {
  const { readWith, summaryLine } = await import('./read-all.js');
  const { createReporter } = await import('../report/index.js');
  const { exitStatus } = await import('../summary.js');
  const format = chooseFormat(opts, io);
  const paint = format === 'table' && useColor(opts, io) ? await colours() : undefined;
  const reporterFor = (columns: readonly Column[]) =>
    createReporter(format, io.stdout, { columns, paint, bom: opts.bom, crlf: opts.crlf, width: io.stdout.columns });
  let reporter = hooks.pivot ? undefined : reporterFor(hooks.columns);
  const emit = (row: Row) => reporter?.row(row);
  return readWith(paths, opts, io, hooks.work(emit), async (summary, executor) => {
    const pivot = await hooks.pivot?.();
    if (pivot) reporter = reporterFor(pivot.columns);
    const rows = pivot?.rows ?? (await hooks.rows?.(executor)) ?? [];
    for (const row of rows) reporter!.row(row);
    reporter!.end(summary);
    if (rows.length === 0 && hooks.empty && summary.documents > 0 && !opts.quiet) io.stderr.write(`policy-mine: ${hooks.empty}\n`);
    if (!opts.quiet || summary.interrupted === 'interrupt') io.stderr.write(summaryLine(summary));
    return exitStatus(summary);
  });
}

/** chalk, loaded only for a coloured table; forced on, since the CLI has already decided that colour is wanted. */
async function colours(): Promise<Paint> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { header: (s) => chalk.bold.cyan(s), dim: (s) => chalk.dim(s), border: (s) => chalk.grey(s) };
}
