/** What the CLI may touch; bin/policy-mine.js passes the process's, tests pass their own. */
export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Stream;
  stderr: Stream;
  /** Reads all of standard input (for the path `-`). */
  stdin?: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** Aborted when the user interrupts the run (Ctrl-C): the run stops between documents and says so. */
  signal?: AbortSignal;
}

/** Thrown for bad arguments: the CLI prints the one line and exits with status 2. */
export class UsageError extends Error {}
