import type { Document } from '../document.js';
import { formatMessage, type Message } from '../messages.js';
import { forEachDocument, forEachSplit, withExecutor, type MetaOverride, type SplitWork } from '../run.js';
import type { Executor } from '../parallel/executor.js';
import type { TaskSetup } from '../parallel/tasks.js';
import type { Summary } from '../report/types.js';
import type { CliIO } from './io.js';
import { jobsFor, type InputOptions, type JobsOption } from './options.js';
import { startProgress } from './progress.js';

/**
 * Read every input for a command: messages go to stderr as each document's
 * turn comes, in reading order (errors always, the rest unless --quiet), and
 * each readable document goes to `use`: a function, or split work with the
 * executor whose workers may clean and search it.
 */
export async function readAll(paths: string[], opts: InputOptions, io: CliIO, use: DocumentUse): Promise<Summary> {
  const progress = startProgress(opts, io);
  const say = (m: Message) => {
    if (m.severity !== 'error' && opts.quiet) return;
    progress.clear();
    io.stderr.write(`${formatMessage(m)}\n`);
  };
  const options = { encoding: opts.encoding, textField: opts.textField, stdin: io.stdin, onStart: progress.start };
  const hooks = { onMessage: say, onFile: () => progress.tick() };
  const summary = typeof use === 'function'
    ? await forEachDocument(paths, options, use, hooks)
    : await forEachSplit(paths, options, use.work, use.executor, hooks, use.override);
  progress.stop();
  return summary;
}

export type DocumentUse = ((doc: Document) => void | Promise<void>) | { work: SplitWork; executor: Executor; override?: MetaOverride };

/** The closing line on stderr: what was read, so that nothing is left out unseen. */
export function summaryLine(s: Summary): string {
  const parts = [`${s.files} file${s.files === 1 ? '' : 's'}`, `${s.documents} document${s.documents === 1 ? '' : 's'} read`];
  if (s.skipped.length) parts.push(`${s.skipped.length} skipped`);
  if (s.withWarnings) parts.push(`${s.withWarnings} with warnings`);
  return `policy-mine: ${parts.join(', ')}\n`;
}

/** How a command uses each document: work split for --jobs (slogans, directives, report), or all on this thread (kwic). */
export interface ReadPlan {
  split?: SplitWork;
  add?(doc: Document): void;
  /** What the workers need to do their part as this thread would. */
  setup?: TaskSetup;
}

/**
 * Read every input as `readAll` does, with --meta applied to each document and
 * the split work's cleaning and finding on --jobs threads; `finish` gets
 * the summary while the workers are still there (ranking uses them), then they stop.
 */
export async function readWith<T>(
  paths: string[], opts: InputOptions & JobsOption & { meta?: string }, io: CliIO, plan: ReadPlan,
  finish: (summary: Summary, executor: Executor) => Promise<T>,
): Promise<T> {
  // csv-parse is loaded only when there is a --meta file to read.
  const override = opts.meta ? (await import('./meta-file.js')).loadMetaFile(opts.meta) : undefined;
  const jobs = plan.split ? await jobsFor(opts, paths) : 1;
  const use = (executor: Executor): DocumentUse => (plan.split ? { work: plan.split, executor, override } : (doc) => {
    Object.assign(doc.meta, override?.(doc));
    plan.add?.(doc);
  });
  return withExecutor({ jobs, setup: plan.setup }, async (executor) => finish(await readAll(paths, opts, io, use(executor)), executor));
}
