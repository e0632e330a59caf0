import { findIn, findsBuffers, FindTools, type FinderSetup, type FindRequest, type Finds } from '../extract/finders.js';
import { segmentText, type Segmentation } from '../segment/segmentation.js';
import type { Token } from '../segment/segmenter.js';
import type { DocumentMeta } from '../document.js';
import { prepareDocument } from '../pipeline.js';
import { landRead, mapBuffers, shipCleaned, type CleanedParts, type ReadDocument } from './ship.js';

/** What a worker is started with: what its finders need to find as this thread's do, and whether the work will segment. */
export interface TaskSetup extends FinderSetup {
  /** Load jieba and the lexicon as soon as the thread starts (the work will segment). */
  preloadJieba?: boolean;
}

/** A document as read, to clean and search; `meta` is what the user's --meta file says of it, applied after cleaning as on the main thread. */
export interface MineInput {
  doc: ReadDocument;
  meta?: Partial<DocumentMeta>;
  request: FindRequest;
}

/** A document's whole work on a worker: clean it, then run the request's finders. What cleaning changed goes back with what was found. */
function mine(input: MineInput, tools: FindTools): { cleaned: CleanedParts; found: Finds } {
  const doc = prepareDocument(landRead(input.doc), input.meta);
  const found = findIn(doc, input.request, tools);
  return { cleaned: shipCleaned(doc, input.doc.maps.length), found };
}

/**
 * A task: a plain function of plain data, and the buffers of its output that
 * move to the main thread without a copy (every task says, even when there are none).
 */
interface Task<I, O> {
  readonly run: (input: I, tools: FindTools) => O;
  readonly transfer: (output: O) => ArrayBuffer[];
}

const task = <I, O>(run: Task<I, O>['run'], transfer: Task<I, O>['transfer']): Task<I, O> => ({ run, transfer });

/** The work a worker thread does for the main thread. */
export const TASKS = {
  /** Clean a document as read and run the finders on it: the per-document work, all but reading and taking in order. */
  mine: task(mine, (out) => [...mapBuffers(out.cleaned), ...findsBuffers(out.found)]),
  /** A cleaned text's segmentation, for the finders to run on the main thread: the part of their work that needs jieba. */
  segment: task(
    (text: string, tools): Segmentation => segmentText(text, tools.segmenter),
    (s) => [s.wordStarts.buffer as ArrayBuffer, s.ngrams.buffer as ArrayBuffer],
  ),
  /** The words of slogan keys, for ranking, segmented as the documents were. */
  segmentKeys: task(
    (keys: readonly string[], tools): Array<[string, Token[]]> => keys.map((k) => [k, tools.segmenter.segment(k)]),
    () => [],
  ),
  // `any`: each task has its own input and output; this checks only that every entry is a Task.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
} satisfies Record<string, Task<any, any>>;

export type TaskName = keyof typeof TASKS;
type TaskOf<K extends TaskName> = (typeof TASKS)[K];
export type TaskInput<K extends TaskName> = TaskOf<K> extends Task<infer I, infer _O> ? I : never;
export type TaskOutput<K extends TaskName> = TaskOf<K> extends Task<infer _I, infer O> ? O : never;

export function runTask<K extends TaskName>(name: K, input: TaskInput<K>, tools: FindTools): TaskOutput<K> {
  return (TASKS[name] as unknown as Task<TaskInput<K>, TaskOutput<K>>).run(input, tools);
}

/** The buffers of a task's output to transfer rather than copy. */
export function transferablesOf<K extends TaskName>(name: K, output: TaskOutput<K>): ArrayBuffer[] {
  return (TASKS[name] as unknown as Task<TaskInput<K>, TaskOutput<K>>).transfer(output);
}

/** A worker's tools, made when it starts: jieba and the lexicon loaded at once when the work will segment (about 2 s, overlapping with reading). */
export function toolsFor(setup: TaskSetup): FindTools {
  const tools = new FindTools({ lexiconFiles: setup.lexiconFiles });
  if (setup.preloadJieba) tools.segmenter.load();
  return tools;
}
