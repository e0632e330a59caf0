import type { Document } from '../document.js';
import { formatMessage, type Message } from '../messages.js';
import { forEachDocument } from '../run.js';
import type { Summary } from '../report/types.js';
import type { CliIO } from './io.js';
import type { InputOptions } from './options.js';
import { startProgress } from './progress.js';

/**
 * Read every input for a command: messages go to stderr as they happen (errors
 * always, the rest unless --quiet), each readable document goes to `use`.
 */
export async function readAll(paths: string[], opts: InputOptions, io: CliIO, use: (doc: Document) => void): Promise<Summary> {
  const progress = startProgress(opts, io);
  const say = (m: Message) => {
    if (m.severity !== 'error' && opts.quiet) return;
    progress.clear();
    io.stderr.write(`${formatMessage(m)}\n`);
  };
  const options = { encoding: opts.encoding, textField: opts.textField, stdin: io.stdin, onStart: progress.start };
  const summary = await forEachDocument(paths, options, use, { onMessage: say, onFile: () => progress.tick() });
  progress.stop();
  return summary;
}

/** The closing line on stderr: what was read, so that nothing is left out unseen. */
export function summaryLine(s: Summary): string {
  const parts = [`${s.files} file${s.files === 1 ? '' : 's'}`, `${s.documents} document${s.documents === 1 ? '' : 's'} read`];
  if (s.skipped.length) parts.push(`${s.skipped.length} skipped`);
  if (s.withWarnings) parts.push(`${s.withWarnings} with warnings`);
  return `policy-mine: ${parts.join(', ')}\n`;
}
