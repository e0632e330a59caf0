import { locateDirectives, type DirectiveDraft, type DirectiveOptions, type DirectiveRow } from './extract/directives/index.js';
import type { SloganCandidates, SloganMiner, SloganRow } from './extract/slogans/index.js';
import type { Executor } from './parallel/executor.js';
import type { SplitWork } from './run.js';

/** Slogans: the finders run on the executor, the counting in document order on this thread. */
export function sloganWork(miner: SloganMiner): SplitWork<SloganCandidates> {
  return {
    find: (doc, executor) => executor.run('sloganCandidates', doc.text),
    take: (doc, candidates) => miner.add(doc, candidates),
  };
}

/** Ranked slogans; the keys are segmented on the executor, so that this thread need not load jieba for them. */
export async function rankedRows(miner: SloganMiner, executor: Executor): Promise<SloganRow[]> {
  const words = executor.threads ? new Map(await executor.run('segmentKeys', miner.keysToRank())) : undefined;
  return miner.rows(words);
}

/** Directives: found in the text on the executor, located in the original on this thread. */
export function directiveWork(options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): SplitWork<DirectiveDraft[]> {
  return {
    find: (doc, executor) => executor.run('directiveDrafts', { text: doc.text, date: doc.meta.date, all: options.all }),
    take: (doc, drafts) => take(locateDirectives(doc, drafts)),
  };
}
