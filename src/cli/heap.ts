import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the JavaScript heap grow past what is live before a full
 * collection: by half. Left to itself V8 lets the heap of a slogans run reach
 * about three times what is live (the index is large and long-lived while
 * documents churn through), so the peak grows with the length of the run; at
 * 50% it stays near what is live, at no measurable cost in time (the bench
 * compares; docs/performance.md). Called by the program's entry point only (a
 * V8 flag is the whole process's, workers included), and only when the user
 * has not set it (`node --heap-growing-percent=N bin/policy-mine.js …`).
 */
const GROWING_PERCENT = 50;

export function tuneHeap(execArgv: readonly string[]): void {
  // V8 reads --heap_growing_percent as well; Node refuses the flag in NODE_OPTIONS, so the command line is all there is to look at.
  if (execArgv.some((a) => a.replace(/_/g, '-').startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
