import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Command } from 'commander';
import { UsageError, type CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import { newSloganMiner, type InputOptions, type JobsOption } from './options.js';
import { addOptionsOf } from './option-table.js';
import type { Work } from '../run.js';
import type { DirectiveRow } from '../extract/directives/index.js';
import type { DirectiveSentence, InputRoot } from '../report/html/index.js';

interface ReportCliOptions extends InputOptions, JobsOption {
  output: string;
  top: number;
  chartTop: number;
  minDocs?: number;
  lexicon: string[];
  by?: 'month' | 'year';
  all?: boolean;
  meta?: string;
}

/** `policy-mine report`: one self-contained HTML page with charts, tables and every occurrence in context. */
export function reportCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('report')
    .description(summaryOf('report'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      '\nExamples:\n  policy-mine report ./docs -o report.html\n  policy-mine report --by year --top 0 --chart-top 10 ./docs -o report.html\n  policy-mine report ./docs -o - > report.html',
    );
  addOptionsOf(cmd, 'report').action(async (paths: string[], opts: ReportCliOptions) => done(await runReport(paths, opts, io)));
  return cmd;
}

async function runReport(paths: string[], opts: ReportCliOptions, io: CliIO): Promise<number> {
  if (opts.output !== '-' && !existsSync(dirname(opts.output)))
    throw new UsageError(`cannot write ${opts.output}: no folder ${dirname(opts.output)}`);
  const { readWith, summaryLine } = await import('./read-all.js');
  const { exitStatus } = await import('../summary.js');
  const { CorpusTally, buildReport, directiveSentences } = await import('../report/html/index.js');
  const { bothWorks, directiveWork, rankedRows, sloganWork } = await import('../work.js');
  const { packageVersion } = await import('../data-files.js');
  const miner = await newSloganMiner({ minDocs: opts.minDocs, lexiconFiles: opts.lexicon, by: ['month', 'region', 'city'] });
  const tally = new CorpusTally();
  const directives: DirectiveRow[] = [];
  const sentences = new Map<string, DirectiveSentence>();
  // One pass: each document feeds the slogan counts, the directives and the header's facts.
  const both = bothWorks(
    sloganWork(miner),
    directiveWork({ all: opts.all }, (rows) => directives.push(...rows)),
  );
  const work: Work = {
    ...both,
    take: (doc, found) => {
      tally.add(doc);
      for (const [at, sentence] of directiveSentences(doc, found.directives ?? [])) sentences.set(at, sentence);
      return both.take(doc, found);
    },
  };
  return readWith(paths, opts, io, work, async (summary, executor) => {
    if (summary.documents > 0) {
      const page = await buildReport({
        slogans: await rankedRows(miner, executor),
        directives,
        sentences,
        summary,
        corpus: tally.facts(),
        version: packageVersion(),
        inputs: paths.map(inputRoot),
        made: new Date().toISOString().slice(0, 10),
        top: opts.top,
        chartTop: opts.chartTop,
        period: opts.by,
        settings: settingsShown(opts),
      });
      writePage(opts.output, page, io);
    } else io.stderr.write('policy-mine: nothing could be read; no report written\n');
    if (!opts.quiet) io.stderr.write(summaryLine(summary));
    return exitStatus(summary);
  });
}

function writePage(output: string, page: string, io: CliIO): void {
  if (output === '-') {
    io.stdout.write(page);
    return;
  }
  try {
    writeFileSync(output, page);
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** An input as the page names it: a folder's files relative to it, and its own name (not `.`) in the title. */
function inputRoot(path: string): InputRoot {
  if (path === '-') return { path, folder: false, label: 'standard input' };
  let folder = false;
  try {
    folder = statSync(path).isDirectory();
  } catch {
    // A path that cannot be read is named in the header's list of skipped inputs; here it only needs a name.
  }
  return { path, folder, label: basename(resolve(path)) };
}

/** The options that shape the page, as the header shows them: files by their name only (a shared page must not show local paths). */
function settingsShown(o: ReportCliOptions): Array<[string, string]> {
  const shown: Array<[string, string | undefined]> = [
    ['--top', String(o.top)],
    ['--chart-top', String(o.chartTop)],
    ['--min-docs', o.minDocs === undefined ? '2' : String(o.minDocs)],
    ['--by', o.by ?? '(from the dates)'],
    ['--lexicon', o.lexicon.map((f) => basename(f)).join(' ') || undefined],
    ['--all', o.all ? 'yes' : undefined],
    ['--meta', o.meta && basename(o.meta)],
    ['--encoding', o.encoding],
    ['--text-field', o.textField],
  ];
  return shown.filter((s): s is [string, string] => s[1] !== undefined);
}
