import { Command } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import type { SloganKind } from '../extract/slogans/types.js';
import { chooseFormat, newSloganMiner, type JobsOption, type OutputOptions } from './options.js';
import { addOptionsOf } from './option-table.js';
import { runMiner } from './run-miner.js';
import type { Row } from '../report/types.js';
import type { SloganRow } from '../extract/slogans/rank.js';

interface SlogansCliOptions extends OutputOptions, JobsOption {
  minDocs?: number;
  families?: boolean;
  stoplist?: string[];
  kind?: SloganKind[];
  lexicon?: string[];
  by?: 'month' | 'year' | 'region' | 'city' | 'file' | 'dir';
  meta?: string;
}

/** `policy-mine slogans`: the recurring policy formulations of a corpus. */
export function slogansCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('slogans')
    .description(summaryOf('slogans'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      '\nExamples:\n  policy-mine slogans ./docs\n  policy-mine slogans --format csv --by year ./docs > slogans.csv\n  policy-mine slogans --kind numbered,patterned --top 0 ./docs',
    );
  addOptionsOf(cmd, 'slogans').action(async (paths: string[], opts: SlogansCliOptions) => {
    const { SLOGAN_FIELDS, SLOGAN_BY_FIELDS, columnsOf, sloganRecord } = await import('../report/schema.js');
    const oneDocument = await isOneDocument(paths);
    const minDocs = opts.minDocs ?? (oneDocument ? 1 : 2);
    if (opts.minDocs === undefined && oneDocument && !opts.quiet)
      io.stderr.write('policy-mine: one document: slogans found in it once are listed (--min-docs 1)\n');
    const miner = await newSloganMiner({
      minDocs,
      kinds: opts.kind as SloganKind[] | undefined,
      lexiconFiles: opts.lexicon,
      stoplistFiles: opts.stoplist,
      by: opts.by,
      families: opts.families,
    });
    const { sloganWork, rankedRows } = await import('../work.js');
    const table = chooseFormat(opts, io) === 'table';
    const status = await runMiner(paths, opts, io, {
      columns: columnsOf(opts.by ? SLOGAN_BY_FIELDS : SLOGAN_FIELDS, table),
      work: () => sloganWork(miner),
      rows: async (executor) => {
        const ranked = await rankedRows(miner, executor);
        const top = opts.top === 0 ? ranked : ranked.slice(0, opts.top);
        return opts.by ? top.flatMap(bucketRows) : top.map((r, i) => sloganRecord(r, i + 1));
      },
      empty: `no slogan is in ${minDocs} documents or more${minDocs > 1 ? ' (lower --min-docs to list those in fewer)' : ''}`,
    });
    done(status);
  });
  return cmd;
}

/** Whether the inputs are one document (one file, not a folder, not JSON Lines): the default --min-docs is then 1. */
async function isOneDocument(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1 || paths[0] === '-') return false;
  const { statSync } = await import('node:fs');
  try {
    return statSync(paths[0]).isFile() && !/\.(jsonl|ndjson|md)$/i.test(paths[0]);
  } catch {
    return false;
  }
}

function bucketRows(r: SloganRow): Row[] {
  return Object.entries(r.buckets ?? {}).map(([bucket, v]) => ({
    slogan: r.slogan,
    kind: r.kind,
    bucket,
    documents: v.documents,
    occurrences: v.occurrences,
  }));
}
