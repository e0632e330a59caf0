import { Command } from 'commander';
import type { Document } from '../document.js';
import type { CliIO } from './io.js';
import { summaryOf } from './command-list.js';
import type { InputOptions } from './options.js';
import { addOptionsOf } from './option-table.js';

interface TextOptions extends InputOptions {
  format: 'plain' | 'json' | 'jsonl';
}

/** `policy-mine text`: the cleaned, simplified text the miners see, to check a weird input. */
export function textCommand(io: CliIO, done: (status: number) => void): Command {
  const cmd = new Command('text')
    .description(summaryOf('text'))
    .argument('<paths...>', 'files or folders to read; - for standard input')
    .addHelpText(
      'after',
      '\nExample:\n  policy-mine text fixtures/seeds/000_0b789b141790061d.txt\n  policy-mine text --format json page.html',
    );
  addOptionsOf(cmd, 'text').action(async (paths: string[], opts: TextOptions) => {
    // Loaded here, not at start-up: --help must not pay for OpenCC's tables.
    const { readWith, summaryLine } = await import('./read-all.js');
    const { exitStatus } = await import('../summary.js');
    const all: object[] = [];
    // As head and tail: a header only when there is more than one document to tell apart.
    const headers = paths.length > 1 || (await inputsAreMany(paths));
    let count = 0;
    let held: Document | undefined;
    const writePlain = (doc: Document, header: boolean) =>
      io.stdout.write(`${header ? `==> ${heading(doc)} <==\n` : ''}${doc.text}${doc.text.endsWith('\n') ? '' : '\n'}`);
    const add = (doc: Document) => {
      count++;
      if (opts.format === 'plain' && !headers) {
        // One file may still hold several documents (JSON Lines, a bulletin): hold the first until a second comes.
        if (count === 1) held = doc;
        else {
          if (held) writePlain(held, true);
          held = undefined;
          writePlain(doc, true);
        }
        return;
      }
      if (opts.format === 'plain') writePlain(doc, true);
      else if (opts.format === 'jsonl') io.stdout.write(`${JSON.stringify(describe(doc))}\n`);
      else all.push(describe(doc));
    };
    done(
      await readWith(paths, opts, io, { request: {}, take: add }, async (summary) => {
        if (held) writePlain(held, false);
        if (opts.format === 'json') io.stdout.write(`${JSON.stringify({ documents: all, summary }, null, 2)}\n`);
        if (!opts.quiet) io.stderr.write(summaryLine(summary));
        return exitStatus(summary);
      }),
    );
  });
  return cmd;
}

/** Whether the inputs may hold more than one document: a folder, or more than one path. */
async function inputsAreMany(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1 || paths[0] === '-') return paths.length > 1;
  const { statSync } = await import('node:fs');
  try {
    return statSync(paths[0]).isDirectory();
  } catch {
    return false;
  }
}

/** The file, and for an item of a split file which one (its line in the file and its heading). */
function heading(doc: Document): string {
  return doc.item && doc.base
    ? `${doc.name}:${doc.base.line} (item ${doc.item.index + 1} of ${doc.item.of}${doc.item.title ? `: ${doc.item.title}` : ''})`
    : doc.name;
}

function describe(doc: Document): object {
  const { htmlTitle: _ignored, ...meta } = doc.meta;
  return {
    name: doc.name,
    path: doc.path,
    format: doc.format,
    encoding: doc.encoding,
    ...(doc.record ? { record: doc.record } : {}),
    ...(doc.item ? { item: { ...doc.item, line: doc.base?.line } } : {}),
    meta,
    messages: doc.messages.map(({ offset: _o, ...m }) => m),
    text: doc.text,
  };
}
