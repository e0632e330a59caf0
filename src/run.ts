import type { Document, DocumentMeta } from './document.js';
import { makeMessage, type Message } from './messages.js';
import type { ReadItem, ReadOptions } from './read/index.js';
import { readInputs } from './read/read-documents.js';
import { SummaryBuilder, type Summary } from './summary.js';
import { CorpusSurvey, type SurveyOptions } from './corpus/survey.js';
import type { Executor } from './parallel/executor.js';
import type { FindRequest, Finds, TaskSetup } from './parallel/tasks.js';
import type { Segmentation } from './extract/slogans/candidates.js';
import { InOrder } from './parallel/in-order.js';
import { landCleaned, shipRead } from './parallel/ship.js';
import { prepareDocument } from './pipeline.js';

export interface RunHooks {
  /** Every message of the run as it happens: unreadable inputs and the documents' own. */
  onMessage?(message: Message): void;
  /** Each input file as reading reaches it (once per file, even for JSON Lines). */
  onFile?(path: string): void;
}

/** How a corpus is read: reading itself, what the survey keeps, and what the user says of documents (--meta). */
export interface CorpusOptions extends ReadOptions, SurveyOptions {
  meta?: MetaOverride;
  /** Stops the run between documents (an interrupt, a reader gone, an answer found); the summary says it was cut short. */
  signal?: AbortSignal;
}

/**
 * Every document of the corpus, read (not yet cleaned), with the lines it
 * shares with too many others marked; and every input that gave none, with
 * its message. Documents that repeat an earlier one are left out here and
 * named in the summary; a survey pass reads the corpus once first to find
 * them and the repeated lines (unless both are kept).
 */
async function* corpusItems(inputs: readonly string[], options: CorpusOptions, summary: SummaryBuilder, hooks: RunHooks): AsyncGenerator<ReadItem & { ok: true | false }> {
  const read = { ...options, stdin: options.stdin && once(options.stdin) };
  const survey = options.keepDuplicates && options.keepRepeated ? undefined : await surveyCorpus(inputs, read, options);
  if (survey) summary.setRepeated(survey.repeatedLines().values());
  const originals = new Map<number, string>();
  const onFile = fileHook(hooks);
  let index = 0;
  let turns = 0;
  for await (const item of readInputs(inputs, read)) {
    // Let timers and stream events in now and then (a closed pipe, an interrupt): reading and cleaning never wait.
    if (++turns % YIELD_EVERY === 0) await nextTurn();
    if (options.signal?.aborted) {
      summary.interrupt(String(options.signal.reason ?? 'aborted'));
      return;
    }
    onFile(item);
    if (item.ok === 'ignored') {
      hooks.onMessage?.(item.message);
      summary.addIgnored(item.file, item.message);
      continue;
    }
    if (item.ok === false) {
      yield item;
      continue;
    }
    const { doc } = item;
    const at = index++;
    const first = survey?.duplicateOfIndex(at);
    if (first !== undefined) {
      const of = originals.get(first) ?? `document ${first + 1}`;
      hooks.onMessage?.(makeMessage('duplicate', doc.name, `skipped: repeats ${of}`));
      summary.addDuplicate(doc, of);
      continue;
    }
    originals.set(at, doc.name);
    if (survey && !options.keepRepeated) doc.repeatedLines = survey.repeatedLinesOf(doc.text);
    yield item;
  }
}

/** Documents read between two turns of the event loop. */
const YIELD_EVERY = 8;

/** The survey pass: every document read once, as the main pass will read it, for its prints and line hashes. */
async function surveyCorpus(inputs: readonly string[], read: ReadOptions, options: SurveyOptions): Promise<CorpusSurvey> {
  const survey = new CorpusSurvey(options);
  for await (const item of readInputs(inputs, { ...read, onStart: undefined })) if (item.ok === true) survey.add(item.doc);
  return survey;
}

/**
 * Read and clean every input, one document at a time, as every command does
 * (duplicates left out, repeated lines removed): documents, and failures that
 * name the file.
 */
export async function* readDocuments(inputs: readonly string[], options: CorpusOptions = {}): AsyncGenerator<ReadItem & { ok: true | false }> {
  for await (const item of corpusItems(inputs, options, new SummaryBuilder(), {})) {
    yield item.ok ? { ok: true, doc: prepareDocument(item.doc, options.meta?.(item.doc)) } : item;
  }
}

/** Standard input is read once, though the corpus is read twice. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
}

/**
 * Read and clean every input, hand each document to `use`, and count what was
 * read: the one loop for work that stays on this thread (kwic, text).
 */
export async function forEachDocument(inputs: readonly string[], options: CorpusOptions, use: (doc: Document) => void | Promise<void>, hooks: RunHooks = {}): Promise<Summary> {
  const summary = new SummaryBuilder();
  for await (const item of corpusItems(inputs, options, summary, hooks)) {
    if (!item.ok) {
      fail(item, summary, hooks);
      continue;
    }
    prepareDocument(item.doc, options.meta?.(item.doc));
    count(item.doc, summary, hooks);
    await use(item.doc);
  }
  return summary.build();
}

/** `onFile` once per file, though a JSON Lines file gives many items. */
function fileHook(hooks: RunHooks): (item: ReadItem) => void {
  let lastPath: string | undefined;
  return (item) => {
    const path = item.ok === true ? item.doc.path : item.path;
    if (path !== lastPath) hooks.onFile?.(path);
    lastPath = path;
  };
}

function fail(item: ReadItem & { ok: false }, summary: SummaryBuilder, hooks: RunHooks): void {
  hooks.onMessage?.(item.message);
  summary.addFailure(item.file, item.message, item.path);
}

function count(doc: Document, summary: SummaryBuilder, hooks: RunHooks): void {
  doc.messages.forEach((m) => hooks.onMessage?.(m));
  summary.addDocument(doc);
}

/**
 * Per-document work in two parts: finding, named by `request` so that a worker
 * thread can clean the document and search it, and `take`, which gets what was
 * found on this thread, in document order. `findHere` finds on this thread: with
 * no workers, when they have no room (unless `findInSegmentation` is given), and
 * for a document too long to send.
 */
export interface SplitWork {
  readonly request: FindRequest;
  findHere(doc: Document): Finds;
  take(doc: Document, found: Finds): void;
  /**
   * For when every worker has enough waiting: finding in a segmentation made
   * on a worker (the part that needs jieba), after this thread cleaned the
   * document, so that this thread never loads jieba. Without it, this thread
   * does such a document whole.
   */
  readonly findInSegmentation?: (doc: Document, segmentation: Segmentation) => Finds;
}

/** What the user says of a document (--meta): it replaces what cleaning found, wherever the cleaning ran. */
export type MetaOverride = (doc: Document) => Partial<DocumentMeta> | undefined;

/**
 * Read every input and do `work` on each document. Each document read here is
 * cleaned and searched on a worker when one has room; otherwise it is done
 * here, in part (`findInSegmentation`) or whole. Its messages, its count and `take`
 * follow here in reading order, failures included, wherever it was done and
 * whatever order the workers finish in.
 */
export async function forEachSplit(inputs: readonly string[], options: CorpusOptions, work: SplitWork, executor: Executor,
  hooks: RunHooks = {}): Promise<Summary> {
  const summary = new SummaryBuilder();
  const order = new InOrder(executor.window, MAX_HELD);
  const override = options.meta;
  for await (const item of corpusItems(inputs, options, summary, hooks)) {
    if (!item.ok) {
      await order.push(Promise.resolve(item), (failed) => fail(failed, summary, hooks));
      continue;
    }
    const { doc } = item;
    // Finished tasks are reported by events: when no worker seems to have room, let those in and ask again.
    if (executor.threads && !executor.hasRoom()) await nextTurn();
    await order.push(start(doc, work, executor, override?.(doc)), (finish) => {
      const found = finish();
      count(doc, summary, hooks);
      work.take(doc, found);
    }, doc.original.length);
  }
  await order.drain();
  return summary.build();
}

/**
 * Start a document's cleaning and finding where it is best done. What it
 * gives, once ready, is called in the document's turn: it makes the document
 * the cleaned one (when a worker cleaned it) and gives what was found.
 */
function start(doc: Document, work: SplitWork, executor: Executor, meta: Partial<DocumentMeta> | undefined): Promise<() => Finds> {
  const shippable = doc.original.length <= MAX_SHIPPED;
  if (shippable && executor.hasRoom()) {
    return executor.run('cleanAndFind', { doc: shipRead(doc), meta, request: work.request }).then(({ cleaned, found }) => () => {
      landCleaned(doc, cleaned);
      return found;
    });
  }
  prepareDocument(doc, meta);
  const { findInSegmentation } = work;
  if (shippable && executor.threads && findInSegmentation) {
    // Found as soon as the segmentation is here, not in the document's turn: with several workers it may come early.
    return executor.run('segmentForFinding', doc.text).then((segmentation) => {
      const found = findInSegmentation(doc, segmentation);
      return () => found;
    });
  }
  const found = work.findHere(doc);
  return Promise.resolve(() => found);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Longest document sent to a worker, in UTF-16 code units (8 MB). Sending one
 * means a copy of its text on the worker and of its cleaned text back, while
 * this thread keeps the original: for the bench's one 50 MB line that put the
 * peak at 407 MB, against 308 MB when cleaning stayed here. Longer documents
 * are done on this thread, as with one job.
 */
export const MAX_SHIPPED = 4 * 1024 * 1024;

/** Characters of documents waiting for their turn, at most (with their cleaned texts, about 128 MB): eight of the longest sent. */
const MAX_HELD = 8 * MAX_SHIPPED;

/**
 * The executor for a run: `jobs` threads working, this one included; `run`
 * gets it, and its workers stop when `run` is done, whatever happened
 * (ranking uses them after reading).
 */
export async function withExecutor<T>(threads: { jobs: number; setup?: TaskSetup }, run: (executor: Executor) => Promise<T>): Promise<T> {
  // Loaded here, not at the top: `text` reads without it.
  const { createExecutor } = await import('./parallel/executor.js');
  const executor = createExecutor(threads.jobs, threads.setup);
  try {
    return await run(executor);
  } finally {
    await executor.close();
  }
}
