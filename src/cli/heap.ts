import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the JavaScript heap grow past what is live before a full
 * collection: by half. Left to itself V8 let the heap of a slogans run reach
 * about three times what was live (the index is large and long-lived while
 * documents churn through), and the peak grew with the length of the run. On
 * the 42 MB corpus, one thread, on earlier code: 879 MB peak by default, 714 MB
 * at 100%. `slogans --jobs 2`, the 420 MB run over the 42 MB run: about +116 MB
 * at 75%, +90 MB at 50% (1,074 and 1,020 MB at 10×, against about 958 and 930
 * at 1×). At 50% the more frequent collections once cost one thread about 13%;
 * since one-document n-grams stopped being objects (first-seen.ts) less
 * garbage reaches the old generation, and in runs made in turns
 * 50% was no slower than 75% (one thread 31-41 s against 35-40 s, two jobs
 * 20-23 s against 23-27 s). Called by the program's entry point only (a V8 flag is
 * the whole process's, workers included), and only when the user has not set
 * it (`node --heap-growing-percent=N bin/policy-mine.js …`).
 */
const GROWING_PERCENT = 50;

export function tuneHeap(execArgv: readonly string[]): void {
  // V8 reads --heap_growing_percent as well; Node refuses the flag in NODE_OPTIONS, so the command line is all there is to look at.
  if (execArgv.some((a) => a.replace(/_/g, '-').startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
