import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { UsageError, type CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import { chooseFormat, type OutputOptions } from './options.js';
import { addOptionsOf } from './option-table.js';
import { runMiner } from './run-miner.js';
import type { KwicQuery } from '../extract/kwic.js';

interface KwicCliOptions extends OutputOptions {
  window: number;
  regexp?: string;
  ignoreCase?: boolean;
  count?: boolean;
  filesWithMatches?: boolean;
}

/**
 * `policy-mine kwic TERM PATH…`: every occurrence of a term, in context, with
 * grep's habits: exit 0 when something matched and 1 when nothing did (2 for
 * errors), -q answers by the exit status alone, -i, -e, -c, -l.
 */
export function kwicCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('kwic')
    .description(summaryOf('kwic'))
    .argument('[term]', 'the word or slogan to look for (matched after normalisation); omit it with -e')
    .argument('[paths...]', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      "\nExit status: 0 something matched; 1 nothing matched; 2 usage error, or an input could not be read.\n\nExamples:\n  policy-mine kwic 招大引强 fixtures/seeds\n  policy-mine kwic -e '新质.*力' ./docs\n  policy-mine kwic -q 一带一路 report.txt && echo mentioned",
    );
  addOptionsOf(cmd, 'kwic').action(async (first: string | undefined, rest: string[], opts: KwicCliOptions) => {
    const { query, paths } = queryAndPaths(first, rest, opts);
    done(await runKwic(query, paths, opts, io));
  });
  return cmd;
}

/** An interrupted run's status, whatever matched so far (see readWith). */
const INTERRUPTED = 130;

function queryAndPaths(first: string | undefined, rest: string[], opts: KwicCliOptions): { query: KwicQuery; paths: string[] } {
  const paths = opts.regexp !== undefined ? [first, ...rest].filter((p): p is string => p !== undefined) : rest;
  const term = opts.regexp ?? first ?? '';
  if (!term.trim()) throw new UsageError('kwic: the term is empty (give a word, or -e PATTERN)');
  if (paths.length === 0) {
    throw new UsageError(
      existsSync(term)
        ? `kwic: no paths to search; "${term}" is a path — the term comes first: policy-mine kwic TERM ${term}`
        : 'kwic: no paths to search (policy-mine kwic TERM PATH…)',
    );
  }
  if (opts.regexp !== undefined) {
    try {
      new RegExp(opts.regexp, 'u');
    } catch (e) {
      throw new UsageError(`kwic: not a regular expression: ${(e as Error).message}`);
    }
  } else if (existsSync(term) && !paths.some((p) => p === '-' || existsSync(p))) {
    throw new UsageError(
      `kwic: "${term}" is a path and ${paths.map((p) => `"${p}"`).join(', ')} is not: the term comes first (policy-mine kwic TERM PATH…)`,
    );
  }
  return { query: { term, regex: opts.regexp !== undefined, ignoreCase: opts.ignoreCase }, paths };
}

async function runKwic(query: KwicQuery, paths: string[], opts: KwicCliOptions, io: CliIO): Promise<number> {
  const { kwicInDocument } = await import('../extract/kwic.js');
  const { KWIC_FIELDS, columnsOf, kwicRecord } = await import('../report/schema.js');
  // -q: no output at all, as grep and rg; the first match answers.
  const quiet = opts.quiet;
  const counts = new Map<string, number>();
  let matched = 0;
  let shown = 0;
  const stop = new AbortController();
  const columns = opts.count
    ? [
        { key: 'file', header: 'file' },
        { key: 'count', header: 'count', align: 'right' as const },
      ]
    : opts.filesWithMatches
      ? [{ key: 'file', header: 'file' }]
      : columnsOf(KWIC_FIELDS, chooseFormat(opts, io) === 'table');
  const status = await runMiner(paths, { ...opts, quiet, signal: stop.signal }, quiet ? { ...io, stdout: { write: () => true } } : io, {
    columns,
    work: (emit) => ({
      request: {},
      take: (doc) => {
        const rows = kwicInDocument(doc, query, opts.window);
        matched += rows.length;
        if (quiet && matched > 0) stop.abort('matched');
        if (opts.count || opts.filesWithMatches) {
          const file = doc.path === '-' ? '<stdin>' : doc.path;
          counts.set(file, (counts.get(file) ?? 0) + rows.length);
          return;
        }
        for (const r of rows) {
          if (opts.top !== 0 && shown >= opts.top) return;
          emit(kwicRecord(r));
          shown++;
        }
      },
    }),
    rows: () => [...counts].filter(([, n]) => opts.count || n > 0).map(([file, count]) => (opts.count ? { file, count } : { file })),
  });
  if (status === 2 || status === INTERRUPTED) return status;
  if (matched === 0) return status === 1 ? 2 : 1;
  return status === 1 ? 2 : 0;
}
