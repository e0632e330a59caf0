import { findCandidates, putLexiconInJieba, segmentForFinding, type SloganCandidates, type Segmentation } from '../extract/slogans/candidates.js';
import { loadLexicon, type Lexicon } from '../extract/slogans/lexicon.js';
import { findDirectives, type DirectiveDraft } from '../extract/directives/index.js';
import { findTargets, type TargetDraft } from '../extract/targets/index.js';
import { segment, type Token } from '../segment/segmenter.js';
import { holdIdfForFindingOnly } from '../extract/slogans/discovery.js';
import type { Document, DocumentMeta } from '../document.js';
import { prepareDocument } from '../pipeline.js';
import { landRead, mapBuffers, shipCleaned, type CleanedParts, type ReadDocument } from './ship.js';

/** What every thread needs to do a task the same way as the others: the user's lexicon files. */
export interface TaskSetup {
  lexiconFiles?: readonly string[];
  /** Load jieba and the lexicon as soon as the thread starts (the work will segment). */
  preloadJieba?: boolean;
}

/** What to find in each document: plain data, sent to the workers with it. */
export interface FindRequest {
  slogans?: boolean;
  /** Only what the directive finder reads: a caller's whole options object may hold functions, which cannot cross threads. */
  directives?: { all?: boolean };
  targets?: { all?: boolean };
}

/** What was found in one document, for the finders a request named. */
export interface Finds {
  slogans?: SloganCandidates;
  directives?: DirectiveDraft[];
  targets?: TargetDraft[];
}

/** The finders a request names, run on a cleaned document. */
function findIn(doc: Document, request: FindRequest, setup: TaskSetup): Finds {
  return {
    ...(request.slogans ? { slogans: findCandidates(doc.text, lexiconOf(setup)) } : {}),
    ...(request.directives ? { directives: findDirectives(doc, request.directives) } : {}),
    ...(request.targets ? { targets: findTargets(doc, request.targets) } : {}),
  };
}

/** A document as read, to clean and search; `meta` is what the user's --meta file says of it, applied after cleaning as on the main thread. */
export interface CleanAndFindInput {
  doc: ReadDocument;
  meta?: Partial<DocumentMeta>;
  request: FindRequest;
}

function cleanAndFind(input: CleanAndFindInput, setup: TaskSetup): { cleaned: CleanedParts; found: Finds } {
  const doc = prepareDocument(landRead(input.doc), input.meta);
  return { cleaned: shipCleaned(doc, input.doc.maps.length), found: findIn(doc, input.request, setup) };
}

/**
 * A task: a plain function of plain data, and the buffers of its output that
 * move to the main thread without a copy (every task says, even when there are none).
 */
interface Task<I, O> {
  readonly run: (input: I, setup: TaskSetup) => O;
  readonly transfer: (output: O) => ArrayBuffer[];
}

const task = <I, O>(run: Task<I, O>['run'], transfer: Task<I, O>['transfer']): Task<I, O> => ({ run, transfer });

/** Discovered n-gram spans are many: they travel as a typed array, whose buffer (a plain ArrayBuffer of its own: see Int32List) moves. */
const discoveredBuffer = (f: Finds): ArrayBuffer[] => (f.slogans ? [f.slogans.discovered.buffer as ArrayBuffer] : []);
const nothing = (): ArrayBuffer[] => [];

/** The work a worker thread does for the main thread. */
export const TASKS = {
  /** Clean a document as read and run the finders on it: the per-document work, all but reading and the counting in order. */
  cleanAndFind: task(cleanAndFind, (out) => [...mapBuffers(out.cleaned), ...discoveredBuffer(out.found)]),
  /** A cleaned text's segmentation, for the slogan finders to run on the main thread: the part of their work that needs jieba. */
  segmentForFinding: task((text: string, setup): Segmentation => segmentForFinding(text, lexiconOf(setup)),
    (s) => [s.wordStarts.buffer as ArrayBuffer, s.ngrams.buffer as ArrayBuffer]),
  /** The words of slogan keys, for ranking; with the lexicon in jieba, as when documents were segmented. */
  segmentKeys: task((keys: readonly string[], setup): Array<[string, Token[]]> => {
    putLexiconInJieba(lexiconOf(setup));
    return keys.map((k) => [k, segment(k)]);
  }, nothing),
  // `any`: each task has its own input and output; this checks only that every entry is a Task.
} satisfies Record<string, Task<any, any>>;

export type TaskName = keyof typeof TASKS;
type TaskOf<K extends TaskName> = (typeof TASKS)[K];
export type TaskInput<K extends TaskName> = TaskOf<K> extends Task<infer I, infer _O> ? I : never;
export type TaskOutput<K extends TaskName> = TaskOf<K> extends Task<infer _I, infer O> ? O : never;

export function runTask<K extends TaskName>(name: K, input: TaskInput<K>, setup: TaskSetup): TaskOutput<K> {
  return (TASKS[name] as unknown as Task<TaskInput<K>, TaskOutput<K>>).run(input, setup);
}

/** The buffers of a task's output to transfer rather than copy. */
export function transferablesOf<K extends TaskName>(name: K, output: TaskOutput<K>): ArrayBuffer[] {
  return (TASKS[name] as unknown as Task<TaskInput<K>, TaskOutput<K>>).transfer(output);
}

/**
 * What a worker thread does before its first task: load jieba and the lexicon
 * when the work will segment (about 2 s, overlapping with reading). The IDF
 * tests of ranking run on the main thread (a worker only segments the keys),
 * so a worker holds the part of the IDF table that finding needs.
 */
export function warmUp(setup: TaskSetup): void {
  holdIdfForFindingOnly();
  if (setup.preloadJieba) putLexiconInJieba(lexiconOf(setup));
}

let lexicon: { files: string; lexicon: Lexicon } | undefined;
function lexiconOf(setup: TaskSetup): Lexicon {
  const files = JSON.stringify(setup.lexiconFiles ?? []);
  if (lexicon?.files !== files) lexicon = { files, lexicon: loadLexicon(setup.lexiconFiles) };
  return lexicon.lexicon;
}
