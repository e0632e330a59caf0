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
  let started = 0;
  let done = 0;
  return {
    start(total) {
      if (total < MIN_FILES) return;
      started = Date.now();
      bar = new cliProgress.SingleBar(
        {
          stream: io.stderr as unknown as NodeJS.WritableStream,
          clearOnComplete: true,
          hideCursor: true,
          format: 'reading {bar} {value}/{total} files  {left}',
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { left: '' });
    },
    tick: () => {
      if (!bar) return;
      done++;
      bar.increment(1, { left: timeLeft(started, done, bar.getTotal()) });
    },
    clear: () => (bar ? io.stderr.write('\r\x1b[K') : undefined),
    stop: () => {
      bar?.stop();
      bar = undefined;
    },
  };
}

/**
 * Time left from the average pace over the whole run so far (a moving window
 * swings with every long file); nothing in the first seconds, when there is no
 * pace to speak of yet.
 */
export function timeLeft(started: number, done: number, total: number, now = Date.now()): string {
  const elapsed = now - started;
  if (elapsed < 3000 || done === 0) return '';
  const seconds = Math.round(((total - done) * elapsed) / done / 1000);
  return seconds >= 60 ? `about ${Math.round(seconds / 60)} min left` : `about ${seconds} s left`;
}
