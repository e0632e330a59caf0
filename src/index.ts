/**
 * policy-mine as a library. Nothing here prints, exits or reads process state:
 * inputs are paths (or bytes), results are values, problems are messages on
 * the documents they are about.
 */
import type { Document } from './document.js';
import type { ReadOptions } from './read/index.js';
import { forEachDocument } from './run.js';
import { SloganMiner, type SloganOptions, type SloganRow } from './extract/slogans/index.js';
import { extractDirectives, type DirectiveOptions, type DirectiveRow } from './extract/directives/index.js';
import { kwicInDocument, type KwicRow } from './extract/kwic.js';
import type { Summary } from './report/types.js';

export { readDocuments } from './read/index.js';
export type { ReadItem, ReadOptions } from './read/index.js';
export { documentsFromBytes } from './read/read-documents.js';
export { prepareDocument } from './pipeline.js';
export { locate, toOriginalRange, type Document, type DocumentMeta } from './document.js';
export { MESSAGE_CODES, formatMessage, type Message, type MessageCode, type Severity } from './messages.js';
export { SloganMiner, mineSlogans, SLOGAN_KINDS, type SloganOptions, type SloganRow, type SloganKind, type BreakDown } from './extract/slogans/index.js';
export { extractDirectives, type DirectiveOptions, type DirectiveRow, type DirectiveKind } from './extract/directives/index.js';
export { kwicInDocument, type KwicRow } from './extract/kwic.js';
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

async function each(inputs: readonly string[], options: ReadOptions, use: (doc: Document) => void): Promise<Omit<Result<never>, 'rows'>> {
  const messages: Result<never>['messages'] = [];
  const summary = await forEachDocument(inputs, options, use, { onMessage: (m) => messages.push(m) });
  return { summary, messages };
}

/** Recurring slogans of the documents under `inputs`, best first. */
export async function slogans(inputs: readonly string[], options: SloganOptions & ReadOptions = {}): Promise<Result<SloganRow>> {
  const miner = new SloganMiner(options);
  const run = await each(inputs, options, (doc) => miner.add(doc));
  return { rows: miner.rows(), ...run };
}

/** Quantified directives of the documents under `inputs`, in reading order. */
export async function directives(inputs: readonly string[], options: DirectiveOptions & ReadOptions = {}): Promise<Result<DirectiveRow>> {
  const rows: DirectiveRow[] = [];
  const run = await each(inputs, options, (doc) => rows.push(...extractDirectives(doc, options)));
  return { rows, ...run };
}

/** Every occurrence of `term` under `inputs`, with context. */
export async function kwic(term: string, inputs: readonly string[], options: ReadOptions & { window?: number } = {}): Promise<Result<KwicRow>> {
  const rows: KwicRow[] = [];
  const run = await each(inputs, options, (doc) => rows.push(...kwicInDocument(doc, term, options.window)));
  return { rows, ...run };
}
