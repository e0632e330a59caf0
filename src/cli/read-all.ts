import { readFileSync } from 'node:fs';
import { formatMessage, type Message } from '../messages.js';
import { runCorpus, type CorpusOptions, type Work } from '../run.js';
import type { Executor } from '../parallel/executor.js';
import type { Summary } from '../summary.js';
import type { CliIO } from './io.js';
import { UsageError } from './io.js';
import { jobsFor, type InputOptions, type JobsOption } from './options.js';
import { startProgress } from './progress.js';

/**
 * Read every input for a command, as the library does (runCorpus): messages
 * go to stderr as each document's turn comes, in reading order (errors
 * always, the rest unless --quiet), the --meta table applied to each
 * document, and the work's finders on --jobs threads (a work with none, as
 * kwic's and text's, on this one); `finish` gets the summary while the workers
 * are still there (ranking uses them), then they stop. The exit status
 * `finish` gives is raised to 1 when the --meta table matched no document.
 */
export async function readWith(
  paths: string[],
  opts: InputOptions & JobsOption & { signal?: AbortSignal },
  io: CliIO,
  work: Work,
  finish: (summary: Summary, executor: Executor) => Promise<number>,
): Promise<number> {
  const progress = startProgress(opts, io);
  // One kind of message from one file, many times over (3,000 records without a text field), is shown a few times and counted.
  const folded = new Map<string, { shown: number; more: number; file: string; code: string }>();
  const say = (m: Message) => {
    if ((m.severity !== 'error' && opts.quiet) || (opts.messages === false && m.severity !== 'error')) return;
    const key = `${m.file.replace(/#.*$/, '')}\t${m.code}`;
    const seen = folded.get(key) ?? { shown: 0, more: 0, file: m.file.replace(/#.*$/, ''), code: m.code };
    folded.set(key, seen);
    if (seen.shown >= SHOWN_PER_KIND) {
      seen.more++;
      return;
    }
    seen.shown++;
    progress.clear();
    io.stderr.write(`${formatMessage(m)}\n`);
  };
  const sayFolded = () => {
    for (const f of folded.values())
      if (f.more) io.stderr.write(`${f.file}: … and ${f.more.toLocaleString('en')} more [${f.code}] like these\n`);
  };
  const table = opts.meta ? await loadMeta(opts.meta, opts.metaColumns) : undefined;
  table?.messages.forEach(say);
  const options: CorpusOptions = {
    encoding: opts.encoding,
    textField: opts.textField,
    stdin: io.stdin,
    onStart: progress.start,
    globs: [...(opts.glob ?? []), ...(opts.exclude ?? []).map((g) => `!${g}`)],
    keepDuplicates: opts.keepDuplicates,
    keepRepeated: opts.keepRepeated,
    split: opts.split,
    meta: table && ((doc) => table.lookup(doc)),
    signal: anySignal([io.signal, opts.signal]),
  };
  const hooks = { onMessage: say, onFile: () => progress.tick() };
  const { jobs, note } = Object.keys(work.request).length ? await jobsFor(opts, paths) : { jobs: 1, note: undefined };
  if (note && !opts.quiet) io.stderr.write(`policy-mine: ${note}\n`);
  let status: number;
  try {
    status = await runCorpus(paths, { ...options, jobs }, work, hooks, async (summary, executor: Executor) => {
      progress.stop();
      sayFolded();
      return finish(summary, executor);
    });
  } finally {
    // A run that stops early (a worker thread stopped) must not leave the bar's timer running and the cursor hidden.
    progress.stop();
  }
  const matched = table?.finish();
  matched?.messages.forEach(say);
  if (io.signal?.aborted) return INTERRUPTED;
  return matched?.matchedNone ? Math.max(status, 1) : status;
}

/** Messages of one kind from one file shown before the rest are counted. */
const SHOWN_PER_KIND = 5;

/** The exit status of an interrupted run (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

function anySignal(signals: Array<AbortSignal | undefined>): AbortSignal | undefined {
  const given = signals.filter((s): s is AbortSignal => s !== undefined);
  return given.length <= 1 ? given[0] : AbortSignal.any(given);
}

async function loadMeta(path: string, columns: string | undefined) {
  const { parseMetaTable, MetaTableError } = await import('../corpus/meta-table.js');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`--meta ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return parseMetaTable(bytes, path, parseMetaColumns(columns));
  } catch (e) {
    if (e instanceof MetaTableError) throw new UsageError(`--meta ${e.message}`);
    throw e;
  }
}

/** `file=path,date=publish_date`: our field = the table's column. */
function parseMetaColumns(spec: string | undefined): Record<string, string> {
  if (!spec) return {};
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const [field, column] = part.split('=').map((s) => s.trim());
    if (!field || !column) throw new UsageError(`--meta-columns: expected field=column pairs, got ${JSON.stringify(part)}`);
    if (!['file', 'date', 'region', 'province', 'city', 'title', 'source'].includes(field)) {
      throw new UsageError(
        `--meta-columns: unknown field ${JSON.stringify(field)} (fields: file, date, region, province, city, title, source)`,
      );
    }
    out[field] = column;
  }
  return out;
}

/** The closing line on stderr: what was read, so that nothing is left out unseen. */
export function summaryLine(s: Summary): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  const parts = [n(s.files, 'file'), `${n(s.documents, 'document')} read`];
  if (s.split.files) parts.push(`${n(s.split.files, 'file')} split into ${n(s.split.items, 'item')}`);
  if (s.skipped.length) parts.push(`${s.skipped.length} could not be read`);
  const twice = s.ignored.filter((i) => i.reason.includes('already read')).length;
  if (s.ignored.length > twice) parts.push(`${s.ignored.length - twice} not documents (skipped)`);
  if (twice) parts.push(`${n(twice, 'file')} named twice (read once)`);
  if (s.duplicates.length) parts.push(`${n(s.duplicates.length, 'duplicate')} left out`);
  if (s.repeatedLines.removed) {
    const top = s.repeatedLines.commonest[0];
    parts.push(
      `${n(s.repeatedLines.removed, 'repeated line')} removed${top ? ` (commonest: ${JSON.stringify(top.text.slice(0, 30))} in ${top.documents} documents)` : ''}`,
    );
  }
  if (s.undated) parts.push(`${s.undated} undated`);
  if (s.withWarnings) parts.push(`${s.withWarnings} with warnings`);
  const line = `policy-mine: ${parts.join(', ')}\n`;
  return s.interrupted === 'interrupt'
    ? `${line}policy-mine: interrupted: the output holds what was read before, and is incomplete\n`
    : line;
}
