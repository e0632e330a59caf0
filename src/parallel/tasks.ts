import { findCandidates, putLexiconInJieba } from '../extract/slogans/candidates.js';
import { loadLexicon, type Lexicon } from '../extract/slogans/lexicon.js';
import { findDirectives, type DirectiveDraft } from '../extract/directives/index.js';
import { segment, type Token } from '../segment/segmenter.js';

/** What every thread needs to do a task the same way as the others: the user's lexicon files. */
export interface TaskSetup {
  lexiconFiles?: readonly string[];
  /** Load jieba and the lexicon as soon as the thread starts (the work will segment). */
  preloadJieba?: boolean;
}

/**
 * The per-document work that needs a document's cleaned text only, so that it
 * can run on a worker thread: each task is a plain function of plain data.
 */
export const TASKS = {
  sloganCandidates: (text: string, setup: TaskSetup) => findCandidates(text, lexiconOf(setup)),
  directiveDrafts: (input: { text: string; date?: string; all?: boolean }): DirectiveDraft[] =>
    findDirectives({ text: input.text, meta: { date: input.date } }, { all: input.all }),
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

let lexicon: { files: string; lexicon: Lexicon } | undefined;
function lexiconOf(setup: TaskSetup): Lexicon {
  const files = JSON.stringify(setup.lexiconFiles ?? []);
  if (lexicon?.files !== files) lexicon = { files, lexicon: loadLexicon(setup.lexiconFiles) };
  return lexicon.lexicon;
}
