import { Command, InvalidArgumentError, Option } from 'commander';
import type { CliIO } from './io.js';
import { summaryOf } from './commands.js';
import { SLOGAN_KINDS, type SloganKind } from '../extract/slogans/types.js';
import { addJobsOption, addOutputOptions, addSloganOptions, chooseFormat, newSloganMiner, type JobsOption, type OutputOptions } from './options.js';
import { runMiner } from './run-miner.js';
import type { Column, Row } from '../report/types.js';
import type { SloganRow } from '../extract/slogans/rank.js';
import { where } from '../extract/where.js';

interface SlogansCliOptions extends OutputOptions, JobsOption {
  minDocs: number;
  kind?: SloganKind[];
  lexicon?: string[];
  by?: 'month' | 'year' | 'region' | 'city' | 'file' | 'dir';
  meta?: string;
}

const COLUMNS: Column[] = [
  { key: 'rank', header: '#', align: 'right', maxWidth: 4 },
  { key: 'slogan', header: 'slogan', maxWidth: 24 },
  { key: 'kind', header: 'kind', maxWidth: 9 },
  { key: 'documents', header: 'docs', align: 'right', maxWidth: 6 },
  { key: 'occurrences', header: 'count', align: 'right', maxWidth: 6 },
  { key: 'first_date', header: 'first', maxWidth: 10 },
  { key: 'last_date', header: 'last', maxWidth: 10 },
  { key: 'forms', header: 'forms as written', maxWidth: 28, flex: true },
  { key: 'where', header: 'first seen at', maxWidth: 44, cutStart: true, flex: true },
  { key: 'context', header: 'context', maxWidth: 36, flex: true },
];
/** CSV and JSON carry every location kept, not just the first. */
const FILE_COLUMNS: Column[] = [...COLUMNS.filter((c) => c.key !== 'where'), { key: 'locations', header: 'locations' }];

const BY_COLUMNS: Column[] = [
  { key: 'slogan', header: 'slogan', maxWidth: 24 },
  { key: 'kind', header: 'kind', maxWidth: 9 },
  { key: 'bucket', header: 'bucket', maxWidth: 30 },
  { key: 'documents', header: 'docs', align: 'right', maxWidth: 6 },
  { key: 'occurrences', header: 'count', align: 'right', maxWidth: 6 },
];

/** `policy-mine slogans`: the recurring policy formulations of a corpus. */
export function slogansCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = addSloganOptions(new Command('slogans')
    .description(summaryOf('slogans'))
    .argument('<paths...>', 'files or folders to read; - for standard input'))
    .option('--kind <kinds>', 'only these kinds, comma-separated: numbered, patterned, series, quoted, term', parseKinds)
    .addOption(new Option('--by <what>', 'break counts down by month, year, region (province), city, file or dir (one row per slogan and bucket)').choices(['month', 'year', 'region', 'city', 'file', 'dir']))
    .addHelpText('after', '\nExamples:\n  policy-mine slogans ./docs\n  policy-mine slogans --format csv --by year ./docs > slogans.csv\n  policy-mine slogans --kind numbered,patterned --top 0 ./docs');
  addJobsOption(addOutputOptions(cmd, 50)).action(async (paths: string[], opts: SlogansCliOptions) => {
    const miner = await newSloganMiner({ minDocs: opts.minDocs, kinds: opts.kind as SloganKind[] | undefined, lexiconFiles: opts.lexicon, by: opts.by });
    const { sloganWork, sloganSetup, rankedRows } = await import('../work.js');
    const status = await runMiner(paths, opts, io, {
      columns: opts.by ? BY_COLUMNS : chooseFormat(opts, io) === 'table' ? COLUMNS : FILE_COLUMNS,
      split: () => sloganWork(miner),
      setup: sloganSetup(miner),
      rows: async (executor) => {
        const ranked = await rankedRows(miner, executor);
        const top = opts.top === 0 ? ranked : ranked.slice(0, opts.top);
        return opts.by ? top.flatMap(bucketRows) : top.map(sloganRecord);
      },
    });
    done(status);
  });
  return cmd;
}

function parseKinds(value: string): SloganKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.find((k) => !SLOGAN_KINDS.includes(k as SloganKind));
  if (bad) throw new InvalidArgumentError(`unknown kind ${JSON.stringify(bad)}; choose from ${SLOGAN_KINDS.join(', ')}`);
  return kinds as SloganKind[];
}

function sloganRecord(r: SloganRow, i: number): Row {
  return {
    rank: i + 1, slogan: r.slogan, kind: r.kind, documents: r.documents, occurrences: r.occurrences,
    first_date: r.firstDate ?? '', last_date: r.lastDate ?? '', forms: r.forms,
    locations: r.occurrencesShown.map(where),
    where: r.occurrencesShown[0] ? where(r.occurrencesShown[0]) : '',
    context: r.occurrencesShown[0]?.context ?? '', found_by: r.foundBy, score: r.score,
    examples: r.occurrencesShown.map((o) => ({ ...o })), // plain records, as a Row cell wants
  };
}

function bucketRows(r: SloganRow): Row[] {
  return Object.entries(r.buckets ?? {}).map(([bucket, v]) => ({ slogan: r.slogan, kind: r.kind, bucket, documents: v.documents, occurrences: v.occurrences }));
}
