import type { Document } from '../document.js';
import type { Column, Row } from '../report/types.js';
import type { CliIO } from './io.js';
import { chooseFormat, useColor, type OutputOptions } from './options.js';

export interface MinerHooks {
  columns: readonly Column[];
  add(doc: Document): void;
  rows(): Row[];
}

/** Read every input, feed the miner, report its rows; returns the exit status. */
export async function runMiner(paths: string[], opts: OutputOptions & { meta?: string }, io: CliIO, hooks: MinerHooks): Promise<number> {
  const { readAll, summaryLine } = await import('./read-all.js');
  const { createReporter } = await import('../report/index.js');
  const { exitStatus } = await import('../summary.js');
  const { loadMetaFile } = await import('./meta-file.js');
  const overrides = opts.meta ? loadMetaFile(opts.meta) : undefined;
  const summary = await readAll(paths, opts, io, (doc) => {
    overrides?.apply(doc);
    hooks.add(doc);
  });
  const reporter = createReporter(chooseFormat(opts, io), io.stdout, {
    columns: hooks.columns, color: useColor(opts, io), bom: opts.bom, width: io.stdout.columns,
  });
  for (const row of hooks.rows()) reporter.row(row);
  reporter.end(summary);
  if (!opts.quiet) io.stderr.write(summaryLine(summary));
  return exitStatus(summary);
}
