import { Worker } from 'node:worker_threads';
import type { TaskInput, TaskName, TaskOutput, TaskSetup } from './tasks.js';
import { inline, TaskFailed, WorkerStopped, type Executor } from './inline.js';

export type { Executor } from './inline.js';

/**
 * `jobs` threads work, this one included: `jobs` 1 runs everything here, more
 * starts `jobs - 1` workers, each with its own jieba. This thread reads every
 * document and takes every result. When the workers have enough waiting, it
 * does a document's work itself, or all of it but segmenting (see
 * run.ts). A third thread on two cores cost more than it gave.
 */
export function createExecutor(jobs: number, setup: TaskSetup = {}): Executor {
  return jobs > 1 ? new WorkerPool(jobs - 1, setup) : inline();
}

/**
 * Tasks a worker may have in hand (the one it runs and those waiting) before
 * this thread does the next document itself, whole or all but segmenting:
 * enough that it does not run dry while this thread counts, collects garbage
 * or works on a document of its own (slogans --jobs 2 on xwlb-2022-2026:
 * with three, the worker idled 2.7 s of 23; with eight, 1.1 s).
 */
const TASKS_PER_WORKER = 8;

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  worker: number;
}

/** Worker threads, started with the pool; each task goes to the worker with the fewest waiting. */
class WorkerPool implements Executor {
  readonly window: number;
  readonly threads: number;
  private workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Why the first worker to stop stopped: every task after it fails with this (no run goes on with fewer threads unseen). */
  private stopped: Error | undefined;

  constructor(
    size: number,
    private readonly setup: TaskSetup,
  ) {
    // Documents in flight, wherever they are done (a worker has more than TASKS_PER_WORKER in hand only when it segments
    // documents this thread cleaned): enough for this thread to go on with its own while the oldest is still on a worker,
    // without holding many cleaned texts.
    this.window = size * 32;
    this.threads = size;
    // Started now, so that loading jieba overlaps with finding and reading the first files.
    this.start();
  }

  hasRoom(): boolean {
    // After a worker stopped, say yes: the next task then fails, and the caller sees it in its turn.
    return this.stopped !== undefined || Math.min(...this.load) < TASKS_PER_WORKER;
  }

  run<K extends TaskName>(task: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
    // A task posted to a stopped worker would never settle, and a run waiting on it would end with part of its output.
    if (this.stopped) return Promise.reject(this.stopped);
    const worker = this.load.indexOf(Math.min(...this.load));
    const id = this.nextId++;
    this.load[worker]++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, worker });
      this.workers[worker].postMessage({ id, task, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      const w = spawnWorker(this.setup);
      w.on('message', (m: { id: number; output?: unknown; error?: string }) => this.settle(m));
      w.on('error', (e) => this.failAll(i, new WorkerStopped(e.message)));
      // A worker that stops without an error event (out of memory, terminated) must not leave its tasks waiting.
      w.on('exit', (code) => this.failAll(i, new WorkerStopped(`exit code ${code}`)));
      this.workers.push(w);
      this.load.push(0);
    }
  }

  private settle(m: { id: number; output?: unknown; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.load[p.worker]--;
    if (m.error !== undefined) p.reject(new TaskFailed(`worker: ${m.error}`));
    else p.resolve(m.output);
  }

  private failAll(worker: number, error: Error): void {
    this.stopped ??= error;
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      p.reject(error);
    }
  }
}

/** A worker running worker.js beside this file. */
function spawnWorker(setup: TaskSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  // Run from the TypeScript source (tests, scripts under tsx): Node 20 workers do not
  // inherit --import, so the worker registers tsx before loading its module.
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); })`, {
    eval: true,
    workerData: setup,
  });
}
