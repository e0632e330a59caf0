import type { Document } from '../document.js';
import type { Column, Paint, Row } from '../report/types.js';
import type { CliIO } from './io.js';
import { chooseFormat, useColor, type OutputOptions } from './options.js';

export interface MinerHooks {
  columns: readonly Column[];
  /** Take one document; per-document miners hand their rows to `emit` at once (CSV and JSON Lines then stream). */
  add(doc: Document, emit: (row: Row) => void): void;
  /** Rows known only when every document has been read (slogans). */
  rows(): Row[];
}

/** Read every input, feed the miner, report its rows; returns the exit status. */
export async function runMiner(paths: string[], opts: OutputOptions & { meta?: string }, io: CliIO, hooks: MinerHooks): Promise<number> {
  const { readAll, summaryLine } = await import('./read-all.js');
  const { createReporter } = await import('../report/index.js');
  const { exitStatus } = await import('../summary.js');
  // csv-parse is loaded only when there is a --meta file to read.
  const overrides = opts.meta ? (await import('./meta-file.js')).loadMetaFile(opts.meta) : undefined;
  const format = chooseFormat(opts, io);
  const paint = format === 'table' && useColor(opts, io) ? await colours() : undefined;
  const reporter = createReporter(format, io.stdout, { columns: hooks.columns, paint, bom: opts.bom, width: io.stdout.columns });
  const emit = (row: Row) => reporter.row(row);
  const summary = await readAll(paths, opts, io, (doc) => {
    overrides?.apply(doc);
    hooks.add(doc, emit);
  });
  for (const row of hooks.rows()) reporter.row(row);
  reporter.end(summary);
  if (!opts.quiet) io.stderr.write(summaryLine(summary));
  return exitStatus(summary);
}

/** chalk, loaded only for a coloured table; forced on, since the CLI has already decided that colour is wanted. */
async function colours(): Promise<Paint> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { header: (s) => chalk.bold.cyan(s), dim: (s) => chalk.dim(s), border: 'grey' };
}
