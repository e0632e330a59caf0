import type { Document } from './document.js';
import type { Message } from './messages.js';
import { readDocuments, type ReadOptions } from './read/index.js';
import type { Summary } from './report/types.js';
import { SummaryBuilder } from './summary.js';
import type { Executor } from './parallel/executor.js';
import type { TaskSetup } from './parallel/tasks.js';
import { InOrder } from './parallel/in-order.js';

export interface RunHooks {
  /** Every message of the run as it happens: unreadable inputs and the documents' own. */
  onMessage?(message: Message): void;
  /** Each input file as reading reaches it (once per file, even for JSON Lines). */
  onFile?(path: string): void;
}

/**
 * Read and clean every input, hand each document to `use`, and count what was
 * read: the one loop that the library functions and the CLI share.
 */
export async function forEachDocument(inputs: readonly string[], options: ReadOptions, use: (doc: Document) => void | Promise<void>, hooks: RunHooks = {}): Promise<Summary> {
  const summary = new SummaryBuilder();
  let lastPath: string | undefined;
  for await (const item of readDocuments(inputs, options)) {
    const path = item.ok ? item.doc.path : item.path;
    if (path !== lastPath) hooks.onFile?.(path);
    lastPath = path;
    if (!item.ok) {
      hooks.onMessage?.(item.message);
      summary.addFailure(item.file, item.message, item.path);
      continue;
    }
    item.doc.messages.forEach((m) => hooks.onMessage?.(m));
    summary.addDocument(item.doc);
    await use(item.doc);
  }
  return summary.build();
}

/**
 * Per-document work in two parts: `find` needs the document's text only and
 * may run on a worker thread; `take` gets what it found, in document order.
 */
export interface SplitWork<F> {
  find(doc: Document, executor: Executor): Promise<F>;
  take(doc: Document, found: F): void;
}

/** A `use` for forEachDocument that starts `find` at once and `take`s in document order; `drain` when reading ends. */
function splitUse<F>(work: SplitWork<F>, executor: Executor): { use(doc: Document): Promise<void>; drain(): Promise<void> } {
  const order = new InOrder(executor.window);
  return {
    use: (doc) => order.push(work.find(doc, executor), (found) => work.take(doc, found)),
    drain: () => order.drain(),
  };
}

/**
 * A read with the split part of the work on `jobs` threads, shared by the
 * library and the CLI: `read` gets the `use` to give each document (none when
 * there is no split work), the finds still running are awaited when it returns,
 * and `finish` runs while the threads are still there (ranking uses them); then
 * they stop, whatever happened.
 */
export async function withWorkers<F, R, T>(
  threads: { jobs: number; setup?: TaskSetup }, work: SplitWork<F> | undefined,
  read: (use: ((doc: Document) => Promise<void>) | undefined) => Promise<R>,
  finish: (read: R, executor: Executor) => Promise<T>,
): Promise<T> {
  // Loaded here, not at the top: `text` reads without it.
  const { createExecutor } = await import('./parallel/executor.js');
  const executor = createExecutor(work ? threads.jobs : 1, threads.setup);
  try {
    const split = work ? splitUse(work, executor) : undefined;
    const result = await read(split?.use);
    await split?.drain();
    return await finish(result, executor);
  } finally {
    await executor.close();
  }
}
