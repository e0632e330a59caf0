import { InvalidArgumentError, Option, type Command } from 'commander';
import { FORMATS, type Format } from '../report/types.js';
import { ENCODING_NAMES } from '../read/encodings.js';
import { UsageError, type CliIO } from './io.js';

/** Options every command that reads documents shares. */
export interface InputOptions {
  encoding?: string;
  textField?: string;
  quiet?: boolean;
  /** --no-messages: no warnings or notes on stderr (errors still shown). */
  messages?: boolean;
  color?: boolean | 'auto' | 'always' | 'never';
  progress?: boolean;
  glob?: string[];
  exclude?: string[];
  keepDuplicates?: boolean;
  keepRepeated?: boolean;
  split?: 'auto' | 'heading' | 'none';
  meta?: string;
  metaColumns?: string;
}

export interface OutputOptions extends InputOptions {
  format?: Format;
  bom?: boolean;
  crlf?: boolean;
  top: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addInputOptions(cmd: Command): Command {
  return cmd
    .option('-g, --glob <glob>', 'only read files found in folders that match (ripgrep style; !GLOB excludes); repeatable', collect)
    .option('--exclude <glob>', 'do not read files found in folders that match; repeatable', collect)
    .addOption(new Option('--split <how>', 'files of many items (markdown bulletins): auto, heading (split at # headings), none').choices(['auto', 'heading', 'none']).default('auto'))
    .option('--keep-duplicates', 'read documents that repeat an earlier one (a copy, a .txt and its .html) and files named twice')
    .option('--keep-repeated', 'keep lines that recur in 30% or more of 10 or more documents (licence notices, footers)')
    .option('--meta <file>', 'table (CSV/TSV) of what you know about documents: file, date, region/province, city, title, source')
    .option('--meta-columns <map>', 'which --meta columns hold which field: file=path,date=publish_date')
    .addOption(new Option('--encoding <name>', 'read every file in this encoding instead of detecting it').choices(ENCODING_NAMES))
    .option('--text-field <name>', 'JSON Lines field holding the text (default: content, text or body)')
    .option('-q, --quiet', 'no warnings or summary on stderr (errors are still shown)')
    .option('--no-messages', 'no warnings or notes on stderr, but the summary (errors are still shown)')
    .addOption(new Option('--color [when]', 'colour the table: auto (on a terminal), always, never').choices(['auto', 'always', 'never']))
    .option('--no-color', 'never colour (also: NO_COLOR=1)')
    .option('--no-progress', 'no progress bar (it only shows on a terminal)');
}

export function addOutputOptions(cmd: Command, defaultTop: number): Command {
  return addInputOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, csv when piped)').choices(FORMATS))
    .option('--bom', 'start CSV with a byte order mark (for Excel)')
    .option('--crlf', 'end CSV lines with CRLF (default LF)')
    .option('--top <n>', `show the first N rows (0 for all)`, parseCount, defaultTop);
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number, got ${JSON.stringify(value)}`);
  return n;
}

/** Table on a terminal, CSV when piped; --format always wins. */
export function chooseFormat(opts: OutputOptions, io: CliIO): Format {
  return opts.format ?? (io.stdout.isTTY ? 'table' : 'csv');
}

/** Colour only on a terminal, never with NO_COLOR, --no-color or --color never; --color (always) forces it. */
export function useColor(opts: InputOptions, io: CliIO): boolean {
  if (opts.color === false || opts.color === 'never') return false;
  if (opts.color === true || opts.color === 'always') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return Boolean(io.stdout.isTTY);
}

export interface JobsOption {
  jobs?: number;
}

/** Inputs at least this large use every core by default: below it, starting workers costs more than it saves. */
const AUTO_JOBS_BYTES = 8 * 1024 * 1024;

export function addJobsOption(cmd: Command): Command {
  return cmd.option('-j, --jobs <n>', `threads that clean and search documents, this one included (default: one per core for inputs over ${AUTO_JOBS_BYTES / 1024 / 1024} MB, else 1); output does not depend on it`, parsePositive);
}

/** Memory a worker thread takes once it has loaded jieba and the lexicon (measured at about 340 MB). */
const WORKER_BYTES = 350 * 1024 * 1024;

/**
 * --jobs, or one per core when the inputs are large enough to repay starting
 * workers; never more than the cores, nor more workers than free memory holds
 * at WORKER_BYTES each (a request lowered is said in `note`).
 */
export async function jobsFor(opts: JobsOption, paths: readonly string[]): Promise<{ jobs: number; note?: string }> {
  const { availableParallelism, freemem } = await import('node:os');
  const bounded = boundJobs(opts.jobs, availableParallelism(), freemem());
  if (opts.jobs !== undefined || bounded.jobs === 1) return bounded;
  const { inputBytes } = await import('../read/discover.js');
  return { jobs: (await inputBytes(paths, AUTO_JOBS_BYTES)) >= AUTO_JOBS_BYTES ? bounded.jobs : 1 };
}

/** The threads a run may take: what was asked for (or every core), but no more than the cores, nor than free memory holds. */
export function boundJobs(requested: number | undefined, cores: number, freeBytes: number): { jobs: number; note?: string } {
  const fits = 1 + Math.max(0, Math.floor(freeBytes / WORKER_BYTES));
  const most = Math.max(1, Math.min(cores, fits));
  if (requested === undefined || requested <= most) return { jobs: requested ?? most };
  const why = most === cores ? `${cores} cores` : `free memory for ${most - 1} worker${most === 2 ? '' : 's'} at about 350 MB each`;
  return { jobs: most, note: `--jobs ${requested} lowered to ${most} (${why})` };
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError(`expected 1 or more, got ${JSON.stringify(value)}`);
  return n;
}

/** --min-docs and --lexicon: what slogans and report share about which slogans count. */
export function addSloganOptions(cmd: Command): Command {
  return cmd
    .option('--min-docs <n>', 'only slogans found in at least N documents (default 2; 1 for a single document)', parseCount)
    .option('--lexicon <file>', 'add your own slogans (one per line, or slogan<TAB>kind); repeatable', (value: string, previous: string[]) => [...previous, value], []);
}

/** A SloganMiner for a command; a lexicon file that cannot be read is a usage error. */
export async function newSloganMiner(options: import('../extract/slogans/index.js').SloganOptions) {
  const { SloganMiner } = await import('../extract/slogans/index.js');
  if (options.minDocs === 0) options = { ...options, minDocs: 1, listAll: true };
  try {
    return new SloganMiner(options);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}
