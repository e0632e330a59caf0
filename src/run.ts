import { report, type Document, type DocumentMeta } from './document.js';
import { errorText, makeMessage, type Message } from './messages.js';
import type { ReadItem, ReadOptions } from './read/index.js';
import { readInputs } from './read/read-documents.js';
import { SummaryBuilder, type Summary } from './summary.js';
import { CorpusSurvey, type SurveyOptions } from './corpus/survey.js';
import { INLINE, TaskFailed, type Executor } from './parallel/inline.js';
import { findIn, FindTools, needsSegmentation, type FindRequest, type Finds } from './extract/finders.js';
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
async function* corpusItems(
  inputs: readonly string[],
  options: CorpusOptions,
  summary: SummaryBuilder,
  hooks: RunHooks,
): AsyncGenerator<CorpusItem> {
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
    if (item.ok !== true) {
      yield item;
      continue;
    }
    const { doc } = item;
    const at = index++;
    const first = survey?.duplicateOfIndex(at);
    if (first !== undefined) {
      const of = originals.get(first) ?? `document ${first + 1}`;
      yield { ok: 'duplicate', doc, of, message: makeMessage('duplicate', doc.name, `skipped: repeats ${of}`) };
      continue;
    }
    originals.set(at, doc.name);
    if (survey && !options.keepRepeated) doc.repeatedLines = survey.repeatedLinesOf(doc.text);
    yield item;
  }
}

/**
 * What reading the corpus gives, in reading order: a document, an input that
 * could not be read, a file left out on purpose, or a document that repeats
 * an earlier one. Each is reported in its turn, so that messages come in
 * reading order whatever thread a document is done on.
 */
type CorpusItem = ReadItem | { ok: 'duplicate'; doc: Document; of: string; message: Message };

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
export async function* readDocuments(
  inputs: readonly string[],
  options: CorpusOptions = {},
): AsyncGenerator<ReadItem & { ok: true | false }> {
  for await (const item of corpusItems(inputs, options, new SummaryBuilder(), {})) {
    if (item.ok === true) yield { ok: true, doc: prepareDocument(item.doc, metaOf(options, item.doc)) };
    else if (item.ok === false) yield item;
  }
}

/** Standard input is read once, though the corpus is read twice. */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= read());
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

/** An item that is not a document to work on, reported in its turn. */
function note(item: Exclude<CorpusItem, { ok: true }>, summary: SummaryBuilder, hooks: RunHooks): void {
  hooks.onMessage?.(item.message);
  if (item.ok === false) summary.addFailure(item.file, item.message, item.path);
  else if (item.ok === 'ignored') summary.addIgnored(item.file, item.message);
  else summary.addDuplicate(item.doc, item.of);
}

function count(doc: Document, summary: SummaryBuilder, hooks: RunHooks): void {
  doc.messages.forEach((m) => hooks.onMessage?.(m));
  summary.addDocument(doc);
}

/**
 * What a run does with each document: the finders to run on it (`request`:
 * wherever the document is cleaned, on a worker thread or here) and `take`,
 * which gets the cleaned document and what was found, here, in reading order.
 * `tools` are this thread's lexicon and segmenter (a slogan miner's own); a
 * worker makes its own from their setup.
 */
export interface Work {
  readonly request: FindRequest;
  readonly tools?: FindTools;
  take(doc: Document, found: Finds): void | Promise<void>;
}

/** What the user says of a document (--meta): it replaces what cleaning found, wherever the cleaning ran. */
export type MetaOverride = (doc: Document) => Partial<DocumentMeta> | undefined;

/**
 * Read every input and do `work` on each document. A document is cleaned and
 * searched on a worker when one has room; otherwise it is cleaned here and,
 * when its finders need jieba, segmented on a worker all the same (so that
 * this thread need not load jieba); with no workers, everything is done here.
 * Its `take`, its messages and its count follow here in reading order,
 * failures included, wherever it was done and whatever order the workers
 * finish in. A `take` that throws becomes a message on its document.
 */
export async function forEachDocument(
  inputs: readonly string[],
  options: CorpusOptions,
  work: Work,
  executor: Executor = INLINE,
  hooks: RunHooks = {},
): Promise<Summary> {
  const summary = new SummaryBuilder();
  const order = new InOrder(executor.window, MAX_HELD);
  const tools = work.tools ?? new FindTools();
  for await (const item of corpusItems(inputs, options, summary, hooks)) {
    if (item.ok !== true) {
      await order.push(Promise.resolve(item), (other) => note(other, summary, hooks));
      continue;
    }
    // Finished tasks are reported by events: when no worker seems to have room, let those in and ask again.
    if (executor.threads && !executor.hasRoom()) await nextTurn();
    const started = start(item.doc, work.request, tools, executor, metaOf(options, item.doc));
    await order.push(
      started,
      async ({ doc, found }) => {
        try {
          await work.take(doc, found);
        } catch (e) {
          report(doc, 'stage-failed', `could not be taken: ${errorText(e)}`);
        }
        count(doc, summary, hooks);
      },
      item.doc.original.length,
    );
  }
  await order.drain();
  return summary.build();
}

/** What the user says of a document (--meta); a function of the caller's that throws is a message on the document. */
function metaOf(options: CorpusOptions, doc: Document): Partial<DocumentMeta> | undefined {
  try {
    return options.meta?.(doc);
  } catch (e) {
    report(doc, 'meta', `its metadata could not be looked up: ${errorText(e)}`);
    return undefined;
  }
}

/** A document cleaned, and what the finders found in it. */
interface Done {
  doc: Document;
  found: Finds;
}

/** Start a document's cleaning and finding where it is best done (see forEachDocument). */
function start(
  doc: Document,
  request: FindRequest,
  tools: FindTools,
  executor: Executor,
  meta: Partial<DocumentMeta> | undefined,
): Promise<Done> {
  const shippable = doc.original.length <= MAX_SHIPPED;
  if (shippable && executor.hasRoom()) {
    return executor.run('mine', { doc: shipRead(doc), meta, request }).then(
      ({ cleaned, found }) => ({ doc: landCleaned(doc, cleaned), found }),
      (e) => doneHereAfter(e, () => prepareDocument(doc, meta), request, tools),
    );
  }
  prepareDocument(doc, meta);
  if (shippable && executor.threads && needsSegmentation(request)) {
    // Found as soon as the segmentation is here, not in the document's turn: with several workers it may come early.
    return executor.run('segment', doc.text).then(
      (segmentation) => ({ doc, found: findIn(doc, request, tools, segmentation) }),
      (e) => doneHereAfter(e, () => doc, request, tools),
    );
  }
  return Promise.resolve({ doc, found: findIn(doc, request, tools) });
}

/**
 * A task that threw on a worker: the document is done here instead, as with
 * one thread, so that what it gives (finds, or the same stage-failed message)
 * does not depend on --jobs. A stopped worker stops the run.
 */
function doneHereAfter(error: unknown, cleaned: () => Document, request: FindRequest, tools: FindTools): Done {
  if (!(error instanceof TaskFailed)) throw error;
  const doc = cleaned();
  return { doc, found: findIn(doc, request, tools) };
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
 * Read every input and do `work` on each document with `jobs` threads (this
 * one included); `finish` gets the summary while the workers are still there
 * (ranking uses them), then they stop, whatever happened. The one
 * orchestration of the library and the command line.
 */
export async function runCorpus<T>(
  inputs: readonly string[],
  options: CorpusOptions & { jobs?: number },
  work: Work,
  hooks: RunHooks,
  finish: (summary: Summary, executor: Executor) => Promise<T>,
): Promise<T> {
  const jobs = options.jobs ?? 1;
  if (jobs <= 1) return finish(await forEachDocument(inputs, options, work, INLINE, hooks), INLINE);
  // Loaded here, not at the top: a run on one thread starts no worker.
  const { createExecutor } = await import('./parallel/executor.js');
  const executor = createExecutor(jobs, { ...work.tools?.setup, preloadJieba: needsSegmentation(work.request) });
  try {
    return await finish(await forEachDocument(inputs, options, work, executor, hooks), executor);
  } finally {
    await executor.close();
  }
}
