import type { TaskInput, TaskName, TaskOutput } from './tasks.js';

/** Runs tasks: on this thread, or on a pool of worker threads. */
export interface Executor {
  /** Worker threads besides this one (0: everything runs on this thread). */
  readonly threads: number;
  /** Documents a caller may have in flight before it waits for the oldest (0: none, results come at once). */
  readonly window: number;
  /** Whether a worker would start a task soon: when none would, the caller does better to do the work itself, or all of it that it can. */
  hasRoom(): boolean;
  run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>>;
  close(): Promise<void>;
}

/** This thread only: it never has room, so callers do the work themselves. */
export function inline(): Executor {
  return {
    threads: 0,
    window: 0,
    hasRoom: () => false,
    run: () => Promise.reject(new Error('no worker threads: the caller does the work itself')),
    close: async () => {},
  };
}

/** The executor of a run on this thread alone. */
export const INLINE: Executor = Object.freeze(inline());

/** A worker thread stopped: the run cannot finish with all its documents, and stops (the CLI's exit status 2). */
export class WorkerStopped extends Error {
  constructor(why: string) {
    super(
      `a worker thread stopped (${why}); the run cannot finish. Run again with --jobs 1: a document that stops a thread then stops the run at that document`,
    );
  }
}

/** A task threw on a worker: what it was doing for one document failed, and the run goes on without it. */
export class TaskFailed extends Error {}
