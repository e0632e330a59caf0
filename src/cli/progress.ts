import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';
import type { InputOptions } from './options.js';

/** Files before a progress bar is worth showing. */
const MIN_FILES = 50;

export interface Progress {
  start(total: number): void;
  tick(): void;
  /** Make room for a message line. */
  clear(): void;
  stop(): void;
}

const NONE: Progress = { start() {}, tick() {}, clear() {}, stop() {} };

/** A progress bar on stderr (cli-progress), only on a terminal, never with --quiet or --no-progress. */
export function startProgress(opts: InputOptions, io: CliIO): Progress {
  if (!io.stderr.isTTY || opts.quiet || opts.progress === false) return NONE;
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(total) {
      if (total < MIN_FILES) return;
      bar = new cliProgress.SingleBar({
        stream: io.stderr as unknown as NodeJS.WritableStream, clearOnComplete: true, hideCursor: true,
        format: 'reading {bar} {value}/{total} files  {eta_formatted} left',
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
    },
    tick: () => bar?.increment(),
    clear: () => (bar ? io.stderr.write('\r\x1b[K') : undefined),
    stop: () => bar?.stop(),
  };
}
