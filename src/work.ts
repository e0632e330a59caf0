import { locateDirectives, type DirectiveDraft, type DirectiveOptions, type DirectiveRow } from './extract/directives/index.js';
import type { SloganCandidates, SloganMiner, SloganRow } from './extract/slogans/index.js';
import type { Document } from './document.js';
import type { Executor } from './parallel/executor.js';
import type { TextInput } from './parallel/tasks.js';
import type { Token } from './segment/segmenter.js';
import type { SplitWork } from './run.js';

/**
 * Slogans: the finders run on the executor's workers, the counting in document
 * order on this thread. Without workers the miner finds them itself, with the
 * lexicon it already holds.
 */
export function sloganWork(miner: SloganMiner): SplitWork<SloganCandidates | undefined> {
  return {
    find: async (doc, executor) => (executor.threads ? executor.run('sloganCandidates', doc.text) : undefined),
    take: (doc, candidates) => miner.add(doc, candidates),
  };
}

/** Keys per segmenting task: the workers share them, and no one message holds every key and its words. */
const KEYS_PER_TASK = 2000;

/** Ranked slogans; the keys are segmented on the executor, so that this thread need not load jieba for them. */
export async function rankedRows(miner: SloganMiner, executor: Executor): Promise<SloganRow[]> {
  if (!executor.threads) return miner.rows();
  const ranking = miner.ranking();
  const keys = ranking.keys;
  const tasks: Array<Promise<Array<[string, Token[]]>>> = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_TASK) tasks.push(executor.run('segmentKeys', keys.slice(i, i + KEYS_PER_TASK)));
  const words = new Map<string, Token[]>();
  for (const part of await Promise.all(tasks)) for (const [key, tokens] of part) words.set(key, tokens);
  return ranking.rows(words);
}

/** Directives: found in the text on the executor, located in the original on this thread. */
export function directiveWork(options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): SplitWork<DirectiveDraft[]> {
  return {
    find: (doc, executor) => executor.run('directiveDrafts', directiveInput(doc, options)),
    take: (doc, drafts) => take(locateDirectives(doc, drafts)),
  };
}

/** Slogans and directives in one pass (the report): with workers, each document's text goes to one of them once. */
export function sloganAndDirectiveWork(miner: SloganMiner, options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): SplitWork<[SloganCandidates | undefined, DirectiveDraft[]]> {
  const slogans = sloganWork(miner);
  const directives = directiveWork(options, take);
  return {
    find: (doc, executor) => (executor.threads
      ? executor.run('sloganCandidatesAndDirectiveDrafts', directiveInput(doc, options))
      : Promise.all([slogans.find(doc, executor), directives.find(doc, executor)])),
    take: (doc, [candidates, drafts]) => {
      slogans.take(doc, candidates);
      directives.take(doc, drafts);
    },
  };
}

function directiveInput(doc: Document, options: DirectiveOptions): TextInput {
  return { text: doc.text, date: doc.meta.date, all: options.all };
}
