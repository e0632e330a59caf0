/**
 * policy-mine as a library. Nothing here prints, exits or reads process state:
 * inputs are paths (or bytes), results are values, problems are messages on
 * the documents they are about.
 */
import type { Document } from './document.js';
import type { CorpusOptions } from './run.js';
import { forEachDocument, forEachSplit, withExecutor, type RunHooks, type SplitWork } from './run.js';
import type { Executor } from './parallel/executor.js';
import { SloganMiner, type SloganOptions, type SloganRow } from './extract/slogans/index.js';
import type { DirectiveOptions, DirectiveRow } from './extract/directives/index.js';
import { directiveWork, rankedRows, sloganSetup, sloganWork, targetWork } from './work.js';
import type { TargetOptions, TargetRow } from './extract/targets/index.js';
import type { TaskSetup } from './parallel/tasks.js';
import { kwicInDocument, type KwicRow } from './extract/kwic.js';
import type { Summary } from './summary.js';

export { readDocuments, type CorpusOptions } from './run.js';
export type { ReadItem, ReadOptions } from './read/index.js';
export { documentsFromBytes } from './read/read-documents.js';
export { prepareDocument } from './pipeline.js';
export { locate, toOriginalRange, type Document, type DocumentMeta } from './document.js';
export { MESSAGE_CODES, formatMessage, type Message, type MessageCode, type Severity } from './messages.js';
export { SloganMiner, mineSlogans, SLOGAN_KINDS, type SloganOptions, type SloganRow, type SloganKind, type BreakDown, type SloganCandidates, type Segmentation } from './extract/slogans/index.js';
export { extractDirectives, type DirectiveOptions, type DirectiveRow, type DirectiveKind } from './extract/directives/index.js';
export { kwicInDocument, type KwicRow } from './extract/kwic.js';
export { extractTargets, type TargetRow, type TargetOptions } from './extract/targets/index.js';
export { pivotTargets, formatTarget, type TargetPivot, type PivotBy } from './extract/targets/pivot.js';
export { parseNumber } from './extract/directives/numerals.js';
export { findQuantities, type Quantity } from './extract/directives/quantities.js';
export { createReporter, memoryReporter, FORMATS, type Reporter, type Row, type Column, type Summary, type Format } from './report/index.js';
export { exitStatus } from './summary.js';
export { forEachDocument, type RunHooks } from './run.js';

export interface Result<T> {
  rows: T[];
  summary: Summary;
  /** Every message of the run, including inputs that could not be read. */
  messages: import('./messages.js').Message[];
}

/** Read `inputs` with the cleaning and finding of `work` on `options.jobs` threads; results as if run on one. */
function readSplit<T>(inputs: readonly string[], options: CorpusOptions & JobOptions, setup: TaskSetup, work: SplitWork,
  finish: (run: Omit<Result<never>, 'rows'>, executor: Executor) => Promise<T>): Promise<T> {
  return withExecutor({ jobs: options.jobs ?? 1, setup }, async (executor) =>
    finish(await withMessages((hooks) => forEachSplit(inputs, options, work, executor, hooks)), executor));
}

function each(inputs: readonly string[], options: CorpusOptions, use: (doc: Document) => void | Promise<void>): Promise<Omit<Result<never>, 'rows'>> {
  return withMessages((hooks) => forEachDocument(inputs, options, use, hooks));
}

/** A read's summary with every message of the run, collected rather than printed. */
async function withMessages(read: (hooks: RunHooks) => Promise<Summary>): Promise<Omit<Result<never>, 'rows'>> {
  const messages: Result<never>['messages'] = [];
  const summary = await read({ onMessage: (m) => messages.push(m) });
  return { summary, messages };
}

export interface JobOptions {
  /** Threads that clean and search documents, this one included (default 1: this thread only). Results do not depend on it. */
  jobs?: number;
}

/** Recurring slogans of the documents under `inputs`, best first. */
export async function slogans(inputs: readonly string[], options: SloganOptions & CorpusOptions & JobOptions = {}): Promise<Result<SloganRow>> {
  const miner = new SloganMiner(options);
  return readSplit(inputs, options, sloganSetup(miner), sloganWork(miner),
    async (run, executor) => ({ rows: await rankedRows(miner, executor), ...run }));
}

/** Quantified directives of the documents under `inputs`, in reading order. */
export async function directives(inputs: readonly string[], options: DirectiveOptions & CorpusOptions & JobOptions = {}): Promise<Result<DirectiveRow>> {
  const rows: DirectiveRow[] = [];
  return readSplit(inputs, options, {}, directiveWork(options, (r) => rows.push(...r)), async (run) => ({ rows, ...run }));
}

/** Quantified targets of the plan parts under `inputs` (with `all`, the review parts' figures too), in reading order. */
export async function targets(inputs: readonly string[], options: TargetOptions & CorpusOptions & JobOptions = {}): Promise<Result<TargetRow>> {
  const rows: TargetRow[] = [];
  return readSplit(inputs, options, {}, targetWork(options, (r) => rows.push(...r)), async (run) => ({ rows, ...run }));
}

/** Every occurrence of `term` under `inputs`, with context. */
export async function kwic(term: string, inputs: readonly string[], options: CorpusOptions & { window?: number } = {}): Promise<Result<KwicRow>> {
  const rows: KwicRow[] = [];
  const run = await each(inputs, options, (doc) => { rows.push(...kwicInDocument(doc, term, options.window)); });
  return { rows, ...run };
}
export { buildReport, CorpusTally, type ReportInput, type CorpusFacts } from './report/html/index.js';
