import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the JavaScript heap grow past what is live before a full
 * collection: by three quarters. Left to itself V8 let the heap of a slogans
 * run reach about three times what was live (the index is large and
 * long-lived while documents churn through), and the peak grew with the
 * length of the run. On the 42 MB corpus, one thread: 879 MB peak by default,
 * 714 MB at 100%. The 420 MB run with two workers, over the 42 MB run: +125 MB
 * at 100%, +83 MB at 75%, +48 MB at 50%, where one thread ran about 13% slower
 * from the extra collections (75% cost no time that could be measured). See
 * the README's figures. Called by the program's entry point only (a V8 flag is
 * the whole process's, workers included), and only when the user has not set
 * it (`node --heap-growing-percent=N bin/policy-mine.js …`).
 */
const GROWING_PERCENT = 75;

export function tuneHeap(execArgv: readonly string[]): void {
  // V8 reads --heap_growing_percent as well; Node refuses the flag in NODE_OPTIONS, so the command line is all there is to look at.
  if (execArgv.some((a) => a.replace(/_/g, '-').startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
