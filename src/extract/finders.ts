/**
 * The finders: what each miner looks for in one cleaned document, as a pure
 * function of the document, its segmentation, the finder's options and the
 * run's tools (the lexicon the slogan finder matches). They
 * are registered here and nowhere else; `parallel/` decides where they run
 * (a worker thread or this one), and the miners take what they found in
 * document order (see run.ts).
 */
import { report, type Document } from '../document.js';
import { errorText } from '../messages.js';
import { segmentText, type Segmentation } from '../segment/segmentation.js';
import { Segmenter } from '../segment/segmenter.js';
import { findDirectives, type DirectiveDraft } from './directives/index.js';
import { findTargets, type TargetDraft } from './targets/index.js';
import { findCandidates, type SloganCandidates } from './slogans/candidates.js';
import { loadLexicon, type Lexicon } from './slogans/lexicon.js';

/** What a thread needs to find as every other thread of the run finds: plain data, sent to the workers. */
export interface FinderSetup {
  /** A user's own lexicon files, read after the bundled lexicon. */
  lexiconFiles?: readonly string[];
}

/**
 * The lexicon and the segmenter of a run, made from its setup when first
 * needed: each thread has its own, and none is shared between runs.
 */
export class FindTools {
  private lexiconMade?: Lexicon;
  private segmenterMade?: Segmenter;

  constructor(readonly setup: FinderSetup = {}) {}

  get lexicon(): Lexicon {
    return (this.lexiconMade ??= loadLexicon(this.setup.lexiconFiles));
  }

  /** jieba with the bundled lexicon, and the user's own words kept whole on top of it. */
  get segmenter(): Segmenter {
    return (this.segmenterMade ??= new Segmenter(this.lexicon.userWords()));
  }
}

interface Finder<Options, Found> {
  /** Whether it reads the document's segmentation (the part of finding that needs jieba). */
  readonly segments: boolean;
  find(doc: Document, options: Options, segmentation: Segmentation, tools: FindTools): Found;
  /** The buffers of what it found, moved between threads rather than copied. */
  transfer(found: Found): ArrayBuffer[];
}

const finder = <O, F>(f: Finder<O, F>): Finder<O, F> => f;
const noBuffers = (): ArrayBuffer[] => [];

export const FINDERS = {
  slogans: finder<Record<string, never>, SloganCandidates>({
    segments: true,
    find: (doc, _options, segmentation, tools) => findCandidates(doc.text, segmentation, tools.lexicon),
    // Discovered n-gram spans are many: a typed array whose buffer (its own: see Int32List) moves.
    transfer: (found) => [found.discovered.buffer as ArrayBuffer],
  }),
  directives: finder<{ all?: boolean }, DirectiveDraft[]>({
    segments: false,
    find: (doc, options) => findDirectives(doc, options),
    transfer: noBuffers,
  }),
  targets: finder<{ all?: boolean }, TargetDraft[]>({
    segments: false,
    find: (doc, options) => findTargets(doc, options),
    transfer: noBuffers,
  }),
};

export type FinderName = keyof typeof FINDERS;
type OptionsOf<K extends FinderName> = (typeof FINDERS)[K] extends Finder<infer O, unknown> ? O : never;
type FoundOf<K extends FinderName> = (typeof FINDERS)[K] extends Finder<infer _O, infer F> ? F : never;

/** Which finders to run on each document, with their options: plain data (a caller's options may hold functions). */
export type FindRequest = { [K in FinderName]?: OptionsOf<K> };
/** What the finders of a request found in one document; a finder that failed on it has no entry. */
export type Finds = { [K in FinderName]?: FoundOf<K> };

const NAMES = Object.keys(FINDERS) as FinderName[];

/** Whether a request's finders need the document segmented. */
export function needsSegmentation(request: FindRequest): boolean {
  return NAMES.some((name) => request[name] !== undefined && FINDERS[name].segments);
}

/**
 * Run a request's finders on a cleaned document, segmenting it first if one
 * needs it and no `segmentation` made elsewhere is given. A finder that throws
 * becomes a `stage-failed` message on the document, and the others still run.
 */
export function findIn(doc: Document, request: FindRequest, tools: FindTools, segmentation?: Segmentation): Finds {
  const found: Record<string, unknown> = {};
  for (const name of NAMES) {
    const options = request[name];
    if (options === undefined) continue;
    const f = FINDERS[name] as Finder<unknown, unknown>;
    try {
      if (f.segments) segmentation ??= segmentText(doc.text, tools.segmenter);
      found[name] = f.find(doc, options, segmentation ?? EMPTY, tools);
    } catch (e) {
      report(doc, 'stage-failed', `${name} could not be searched for: ${errorText(e)}`);
    }
  }
  return found as Finds;
}

const EMPTY: Segmentation = { wordStarts: new Int32Array(0), ngrams: new Int32Array(0) };

/** The buffers of what was found, to move between threads. */
export function findsBuffers(found: Finds): ArrayBuffer[] {
  return NAMES.flatMap((name) => (found[name] === undefined ? [] : (FINDERS[name] as Finder<unknown, unknown>).transfer(found[name])));
}
