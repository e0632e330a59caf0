import { findCandidates, putLexiconInJieba, type SloganCandidates } from '../extract/slogans/candidates.js';
import { loadLexicon, type Lexicon } from '../extract/slogans/lexicon.js';
import { findDirectives, type DirectiveDraft } from '../extract/directives/index.js';
import { segment, type Token } from '../segment/segmenter.js';

/** What every thread needs to do a task the same way as the others: the user's lexicon files. */
export interface TaskSetup {
  lexiconFiles?: readonly string[];
  /** Load jieba and the lexicon as soon as the thread starts (the work will segment). */
  preloadJieba?: boolean;
}

/** A document's cleaned text with what the directive finder needs besides (the slogan finders need the text alone). */
export interface TextInput { text: string; date?: string; all?: boolean }

const directiveDrafts = (input: TextInput): DirectiveDraft[] =>
  findDirectives({ text: input.text, meta: { date: input.date } }, { all: input.all });

/**
 * The per-document work that needs a document's cleaned text only, so that it
 * can run on a worker thread: each task is a plain function of plain data.
 */
export const TASKS = {
  sloganCandidates: (text: string, setup: TaskSetup): SloganCandidates => findCandidates(text, lexiconOf(setup)),
  directiveDrafts,
  /** Both, for the report: the document's text goes to a worker once. */
  sloganCandidatesAndDirectiveDrafts: (input: TextInput, setup: TaskSetup): [SloganCandidates, DirectiveDraft[]] =>
    [findCandidates(input.text, lexiconOf(setup)), directiveDrafts(input)],
  /** The words of slogan keys, for ranking; with the lexicon in jieba, as when documents were segmented. */
  segmentKeys: (keys: readonly string[], setup: TaskSetup): Array<[string, Token[]]> => {
    putLexiconInJieba(lexiconOf(setup));
    return keys.map((k) => [k, segment(k)]);
  },
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<K extends TaskName> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskName> = ReturnType<(typeof TASKS)[K]>;

export function runTask<K extends TaskName>(task: K, input: TaskInput<K>, setup: TaskSetup): TaskOutput<K> {
  return (TASKS[task] as (i: TaskInput<K>, s: TaskSetup) => TaskOutput<K>)(input, setup);
}

/**
 * The buffers of a task's output that can move to the main thread without a
 * copy: discovered n-gram spans are many, so they travel as typed arrays.
 */
export function transferablesOf(task: TaskName, output: unknown): ArrayBuffer[] {
  if (task === 'sloganCandidates') return [(output as SloganCandidates).discovered.buffer as ArrayBuffer];
  if (task === 'sloganCandidatesAndDirectiveDrafts') return [(output as [SloganCandidates])[0].discovered.buffer as ArrayBuffer];
  return [];
}

/** What a new thread does before its first task: load jieba and the lexicon when the work will segment (about 2 s, overlapping with reading). */
export function warmUp(setup: TaskSetup): void {
  if (setup.preloadJieba) putLexiconInJieba(lexiconOf(setup));
}

let lexicon: { files: string; lexicon: Lexicon } | undefined;
function lexiconOf(setup: TaskSetup): Lexicon {
  const files = JSON.stringify(setup.lexiconFiles ?? []);
  if (lexicon?.files !== files) lexicon = { files, lexicon: loadLexicon(setup.lexiconFiles) };
  return lexicon.lexicon;
}
