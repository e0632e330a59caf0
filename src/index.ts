/**
 * policy-mine as a library. Nothing here prints, exits or reads process state:
 * inputs are paths (or bytes), results are values, problems are messages on
 * the documents they are about.
 */
import { runCorpus, type CorpusOptions, type RunHooks, type Work } from './run.js';
import type { Executor } from './parallel/executor.js';
import { SloganMiner, type SloganOptions, type SloganRow } from './extract/slogans/index.js';
import type { DirectiveOptions, DirectiveRow } from './extract/directives/index.js';
import { directiveWork, rankedRows, sloganWork, targetWork } from './work.js';
import type { TargetOptions, TargetRow } from './extract/targets/index.js';
import { kwicInDocument, type KwicRow } from './extract/kwic.js';
import type { Summary } from './summary.js';

export { readDocuments, type CorpusOptions } from './run.js';
export type { ReadItem, ReadOptions } from './read/index.js';
export { documentsFromBytes } from './read/read-documents.js';
export { prepareDocument } from './pipeline.js';
export { locate, toOriginalRange, type Document, type DocumentMeta } from './document.js';
export { MESSAGE_CODES, formatMessage, type Message, type MessageCode, type Severity } from './messages.js';
export {
  SloganMiner,
  mineSlogans,
  SLOGAN_KINDS,
  type SloganOptions,
  type SloganRow,
  type SloganKind,
  type BreakDown,
  type SloganCandidates,
  type Segmentation,
} from './extract/slogans/index.js';
export { extractDirectives, type DirectiveOptions, type DirectiveRow, type DirectiveKind } from './extract/directives/index.js';
export { kwicInDocument, type KwicRow } from './extract/kwic.js';
export { extractTargets, type TargetRow, type TargetOptions } from './extract/targets/index.js';
export { pivotTargets, formatTarget, type TargetPivot, type PivotBy } from './extract/targets/pivot.js';
export { parseNumber } from './extract/directives/numerals.js';
export { findQuantities, type Quantity } from './extract/directives/quantities.js';
export {
  createReporter,
  memoryReporter,
  FORMATS,
  type Reporter,
  type Row,
  type Column,
  type Summary,
  type Format,
} from './report/index.js';
export { exitStatus } from './summary.js';
export { forEachDocument, runCorpus, type RunHooks, type Work } from './run.js';
export { FindTools, FINDERS, type FindRequest, type Finds } from './extract/finders.js';
export { Segmenter } from './segment/segmenter.js';
export { WorkerStopped } from './parallel/inline.js';

export interface Result<T> {
  rows: T[];
  summary: Summary;
  /** Every message of the run, including inputs that could not be read. */
  messages: import('./messages.js').Message[];
}

/** Read `inputs` with the finders of `work` on `options.jobs` threads, every message collected rather than printed; results as if run on one. */
function read<T>(
  inputs: readonly string[],
  options: CorpusOptions & JobOptions,
  work: Work,
  finish: (run: Omit<Result<never>, 'rows'>, executor: Executor) => Promise<T>,
): Promise<T> {
  const messages: Result<never>['messages'] = [];
  const hooks: RunHooks = { onMessage: (m) => messages.push(m) };
  return runCorpus(inputs, options, work, hooks, (summary, executor) => finish({ summary, messages }, executor));
}

export interface JobOptions {
  /** Threads that clean and search documents, this one included (default 1: this thread only). Results do not depend on it. */
  jobs?: number;
}

/** Recurring slogans of the documents under `inputs`, best first. */
export async function slogans(
  inputs: readonly string[],
  options: SloganOptions & CorpusOptions & JobOptions = {},
): Promise<Result<SloganRow>> {
  const miner = new SloganMiner(options);
  return read(inputs, options, sloganWork(miner), async (run, executor) => ({ rows: await rankedRows(miner, executor), ...run }));
}

/** Quantified directives of the documents under `inputs`, in reading order. */
export async function directives(
  inputs: readonly string[],
  options: DirectiveOptions & CorpusOptions & JobOptions = {},
): Promise<Result<DirectiveRow>> {
  const rows: DirectiveRow[] = [];
  return read(
    inputs,
    options,
    directiveWork(options, (r) => rows.push(...r)),
    async (run) => ({ rows, ...run }),
  );
}

/** Quantified targets of the plan parts under `inputs` (with `all`, the review parts' figures too), in reading order. */
export async function targets(
  inputs: readonly string[],
  options: TargetOptions & CorpusOptions & JobOptions = {},
): Promise<Result<TargetRow>> {
  const rows: TargetRow[] = [];
  return read(
    inputs,
    options,
    targetWork(options, (r) => rows.push(...r)),
    async (run) => ({ rows, ...run }),
  );
}

/** Every occurrence of `term` under `inputs`, with context. */
export async function kwic(
  term: string,
  inputs: readonly string[],
  options: CorpusOptions & { window?: number } = {},
): Promise<Result<KwicRow>> {
  const rows: KwicRow[] = [];
  return read(
    inputs,
    options,
    {
      request: {},
      take: (doc) => {
        rows.push(...kwicInDocument(doc, term, options.window));
      },
    },
    async (run) => ({ rows, ...run }),
  );
}
export { buildReport, CorpusTally, type ReportInput, type CorpusFacts } from './report/html/index.js';
