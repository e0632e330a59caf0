import { locateDirectives, type DirectiveOptions, type DirectiveRow } from './extract/directives/index.js';
import type { SloganMiner, SloganRow } from './extract/slogans/index.js';
import { locateTargets, type TargetOptions, type TargetRow } from './extract/targets/index.js';
import type { Executor } from './parallel/executor.js';
import type { Token } from './segment/segmenter.js';
import type { Work } from './run.js';

/**
 * Slogans: the finders run where the document is cleaned, with the lexicon
 * and segmenter the miner holds (a worker makes the same from their setup);
 * the counting in document order on this thread. A document whose finder
 * failed is counted as holding none.
 */
export function sloganWork(miner: SloganMiner): Work {
  return {
    request: { slogans: {} },
    tools: miner.tools,
    take: (doc, found) => miner.add(doc, found.slogans),
  };
}

/** Keys per segmenting task: workers share them, and no one message holds every key and its words. */
const KEYS_PER_TASK = 2000;

/** Ranked slogans; with workers, the keys are segmented on them (this thread has loaded jieba only if a document was too long to send). */
export async function rankedRows(miner: SloganMiner, executor: Executor): Promise<SloganRow[]> {
  const ranking = miner.ranking();
  if (!executor.threads) return ranking.rows();
  const keys = ranking.keys;
  const tasks: Array<Promise<Array<[string, Token[]]>>> = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_TASK) tasks.push(executor.run('segmentKeys', keys.slice(i, i + KEYS_PER_TASK)));
  const words = new Map<string, Token[]>();
  for (const part of await Promise.all(tasks)) for (const [key, tokens] of part) words.set(key, tokens);
  return ranking.rows(words);
}

/** Directives: found in the cleaned text (on a worker when there are workers), located in the original on this thread. */
export function directiveWork(options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): Work {
  // Only the option the finder reads goes to the workers (a library caller's options may hold functions).
  return {
    request: { directives: { all: options.all } },
    take: (doc, found) => take(locateDirectives(doc, found.directives ?? [])),
  };
}

/** Targets: found with the directives they are (on a worker when there are workers), located here. */
export function targetWork(options: TargetOptions, take: (rows: TargetRow[]) => void): Work {
  return {
    request: { targets: { all: options.all } },
    take: (doc, found) => take(locateTargets(doc, found.targets ?? [])),
  };
}

/** Several works in one pass (the report's slogans and directives): each document is cleaned and searched once. */
export function bothWorks(first: Work, second: Work): Work {
  return {
    request: { ...first.request, ...second.request },
    tools: first.tools ?? second.tools,
    take: async (doc, found) => {
      await first.take(doc, found);
      await second.take(doc, found);
    },
  };
}
