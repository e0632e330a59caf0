import type { Format } from '../report/types.js';
import { AUTO_JOBS_BYTES } from './option-table.js';
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
