import { findDirectives, locateDirectives, type DirectiveOptions, type DirectiveRow } from './extract/directives/index.js';
import type { SloganMiner, SloganRow } from './extract/slogans/index.js';
import { findTargets, locateTargets, type TargetOptions, type TargetRow } from './extract/targets/index.js';
import type { Executor } from './parallel/executor.js';
import type { TaskSetup } from './parallel/tasks.js';
import type { Token } from './segment/segmenter.js';
import type { SplitWork } from './run.js';

/** Work whose finding can also be split at segmentation. */
type SegmentingWork = SplitWork & Required<Pick<SplitWork, 'findInSegmentation'>>;

/**
 * Slogans: the finders run where the document is cleaned, with the lexicon the
 * miner holds; the counting in document order on this thread. Finding here
 * happens at once, not in the document's turn: a worker waiting for this
 * thread must not wait on finding deferred. With workers, a document that none
 * has room for is cleaned here and only segmented on a worker (discovery
 * proposes its n-grams there, from jieba's words), and the rest is found here
 * when the segmentation comes back: this thread then never loads jieba (about
 * 270 MB) for a document it can send.
 */
export function sloganWork(miner: SloganMiner): SegmentingWork {
  return {
    request: { slogans: true },
    findHere: (doc) => ({ slogans: miner.find(doc) }),
    take: (doc, found) => miner.add(doc, required(found.slogans, 'slogan candidates')),
    findInSegmentation: (doc, segmentation) => ({ slogans: miner.findInSegmentation(doc, segmentation) }),
  };
}

/**
 * What a worker needs to find slogans as the miner does: the miner's own
 * lexicon files (taken from it, so that the two cannot differ), and jieba
 * loaded with them when the worker starts.
 */
export function sloganSetup(miner: SloganMiner): TaskSetup {
  return { lexiconFiles: miner.lexiconFiles, preloadJieba: true };
}

/** Keys per segmenting task: workers share them, and no one message holds every key and its words. */
const KEYS_PER_TASK = 2000;

/** Ranked slogans; with workers, the keys are segmented on them (this thread has loaded jieba only if a document was too long to send). */
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

/** Directives: found in the cleaned text (on a worker when there are workers), located in the original on this thread. */
export function directiveWork(options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): SplitWork {
  // Only the option the finder reads goes to the workers (a library caller's options may hold functions).
  const request = { directives: { all: options.all } };
  return {
    request,
    findHere: (doc) => ({ directives: findDirectives(doc, request.directives) }),
    take: (doc, found) => take(locateDirectives(doc, required(found.directives, 'directive drafts'))),
  };
}

/** Targets: found with the directives they are (on a worker when there are workers), located here. */
export function targetWork(options: TargetOptions, take: (rows: TargetRow[]) => void): SplitWork {
  const request = { targets: { all: options.all } };
  return {
    request,
    findHere: (doc) => ({ targets: findTargets(doc, request.targets) }),
    take: (doc, found) => take(locateTargets(doc, required(found.targets, 'target drafts'))),
  };
}

/** Slogans and directives in one pass (the report): with workers, each document goes to one of them once. */
export function sloganAndDirectiveWork(miner: SloganMiner, options: DirectiveOptions, take: (rows: DirectiveRow[]) => void): SplitWork {
  const slogans = sloganWork(miner);
  const directives = directiveWork(options, take);
  return {
    request: { ...slogans.request, ...directives.request },
    findHere: (doc) => ({ ...slogans.findHere(doc), ...directives.findHere(doc) }),
    findInSegmentation: (doc, segmentation) => ({ ...slogans.findInSegmentation(doc, segmentation), ...directives.findHere(doc) }),
    take: (doc, found) => {
      slogans.take(doc, found);
      directives.take(doc, found);
    },
  };
}

/** A part of a find the work needs; missing means the request and the work disagree, a bug never to pass as "none found". */
function required<T>(part: T | undefined, what: string): T {
  if (part === undefined) throw new Error(`split work got no ${what}`);
  return part;
}
