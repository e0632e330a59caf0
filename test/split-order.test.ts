import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { forEachSplit, MAX_SHIPPED, type SplitWork } from '../src/run.js';
import type { Worker } from 'node:worker_threads';
import { createExecutor, type Executor } from '../src/parallel/executor.js';
import { runTask, transferablesOf, type TaskInput } from '../src/parallel/tasks.js';
import { sloganAndDirectiveWork } from '../src/work.js';
import { SloganMiner } from '../src/extract/slogans/index.js';
import type { DirectiveRow } from '../src/extract/directives/index.js';
import type { Message } from '../src/messages.js';
import { ROOT } from './helpers.js';

/** The seed that the override below gives a date and a region (the variants hold copies of it under other folders). */
const SEED_001 = join('seeds', '001_23a96dd6fe00ae3e.txt');
const INPUTS = [join(ROOT, 'fixtures', 'seeds'), join(ROOT, 'missing.txt'), join(ROOT, 'fixtures', 'variants')];

/** A fixed sequence of pseudo-random numbers (mulberry32), so that a failure can be run again. */
function numbers(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stand-in for a worker pool: tasks cross a structured clone both ways, as
 * they cross threads (buffers moved as the pool moves them), and finish after
 * random delays, out of order; whether it has room is random too, so that
 * documents are done here and "there" in turn.
 */
function shuffledPool(seed: number, share = 0.5): Executor & { sent: string[] } {
  const next = numbers(seed);
  const pool = {
    threads: 1,
    window: 4,
    sent: [] as string[],
    hasRoom: () => next() < share,
    async run(task, input) {
      if (task === 'cleanAndFind') pool.sent.push((input as TaskInput<'cleanAndFind'>).doc.name);
      const copy = structuredClone(input);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 4)));
      const output = runTask(task, copy, {});
      return structuredClone(output, { transfer: transferablesOf(task, output) });
    },
    close: async () => {},
  } satisfies Executor & { sent: string[] };
  return pool;
}

async function mine(executor: Executor) {
  const miner = new SloganMiner({ minDocs: 1, by: ['month', 'region'] });
  const directives: DirectiveRow[] = [];
  const messages: Message[] = [];
  const taken: string[] = [];
  const work = sloganAndDirectiveWork(miner, { all: true }, (rows) => directives.push(...rows));
  const take = work.take;
  work.take = (doc, found) => {
    taken.push(doc.name);
    take(doc, found);
  };
  // --meta's part: a date and a region for one seed, which must reach the finders wherever they run.
  const override = (doc: { path: string }) => (doc.path.endsWith(SEED_001) ? { date: '2030-06-01', region: '测试省' } : undefined);
  const summary = await forEachSplit(INPUTS, {}, work, executor, { onMessage: (m) => messages.push(m) }, override);
  return { slogans: miner.rows(), directives, messages, summary, taken };
}

test('split work: documents done here and on workers give what one thread gives, taken and reported in reading order', async () => {
  const one = await mine(createExecutor(1));
  assert.ok(one.directives.length > 20 && one.slogans.length > 50, 'the fixtures give rows to compare');
  assert.ok(one.directives.some((r) => r.date === '2030-06-01'), 'the override reached the directive finder');
  assert.ok(one.messages.some((m) => m.code === 'not-found'), 'a failure is among the messages');
  // The document with --meta's override must have been done on a "worker" in one run and here in another: a pool
  // whose worker seldom has room does most documents here.
  const overridden = new Set<boolean>();
  for (const [seed, share] of [[1, 0.5], [2, 0.5], [3, 0.5], [4, 0.1]]) {
    const pool = shuffledPool(seed, share);
    const split = await mine(pool);
    overridden.add(pool.sent.some((name) => name.endsWith(SEED_001)));
    assert.ok(pool.sent.length > 0 && pool.sent.length < one.summary.documents, `seed ${seed}: ${pool.sent.length} of ${one.summary.documents} documents sent`);
    assert.deepEqual(split.taken, one.taken, `seed ${seed}: documents taken in reading order`);
    assert.deepEqual(split.messages, one.messages, `seed ${seed}: messages in reading order`);
    assert.deepEqual(split.summary, one.summary);
    assert.deepEqual(split.directives, one.directives);
    assert.deepEqual(split.slogans, one.slogans);
  }
  assert.deepEqual([...overridden].sort(), [false, true]);
});

test('a worker that stops fails every task after it, so that a run cannot end quietly with part of its output', async () => {
  const pool = createExecutor(2);
  try {
    await (pool as unknown as { workers: Worker[] }).workers[0].terminate();
    assert.equal(pool.hasRoom(), true, 'the next document goes to run(), which reports the stop');
    await assert.rejects(pool.run('segmentKeys', ['招大引强']), /worker stopped/);
  } finally {
    await pool.close();
  }
});

test('a worker with eight tasks in hand has no room; as they finish it has room again', async () => {
  const pool = createExecutor(2);
  try {
    assert.equal(pool.hasRoom(), true);
    const tasks = [];
    for (let i = 0; i < 7; i++) tasks.push(pool.run('segmentKeys', ['招大引强']));
    assert.equal(pool.hasRoom(), true, 'seven in hand');
    tasks.push(pool.run('segmentKeys', ['延链补链强链']));
    // Posted but not yet answered: answers arrive as events, never while this function runs on.
    assert.equal(pool.hasRoom(), false, 'eight in hand');
    const out = await Promise.all(tasks);
    assert.deepEqual(out.at(-1)!.map(([key]) => key), ['延链补链强链']);
    assert.equal(pool.hasRoom(), true, 'all answered');
  } finally {
    await pool.close();
  }
});

test('a document longer than MAX_SHIPPED is done on this thread even when a worker has room; others are sent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-'));
  /** A text of exactly `length` characters. */
  const text = (length: number) => `${'招大引强，'.repeat(Math.ceil(length / 5))}`.slice(0, length - 1) + '\n';
  try {
    writeFileSync(join(dir, 'a-long.txt'), text(MAX_SHIPPED + 1));
    writeFileSync(join(dir, 'b-limit.txt'), text(MAX_SHIPPED));
    writeFileSync(join(dir, 'c-short.txt'), '延链补链强链\n');
    const sent: string[] = [];
    const alwaysRoom: Executor = {
      threads: 1, window: 4, hasRoom: () => true, close: async () => {},
      async run(task, input) {
        if (task === 'cleanAndFind') sent.push((input as TaskInput<'cleanAndFind'>).doc.name);
        return runTask(task, structuredClone(input), {});
      },
    };
    const taken: string[] = [];
    const here: string[] = [];
    const work: SplitWork = {
      request: {},
      findHere: (doc) => { here.push(doc.name); return {}; },
      take: (doc) => { taken.push(`${doc.name} ${doc.text.length}`); },
    };
    await forEachSplit([dir], {}, work, alwaysRoom);
    assert.deepEqual(here.map((n) => basename(n)), ['a-long.txt']);
    assert.deepEqual(sent.map((n) => basename(n)), ['b-limit.txt', 'c-short.txt']);
    assert.equal(taken.length, 3);
    assert.ok(Number(taken[0].split(' ')[1]) > MAX_SHIPPED, 'the long document was cleaned whole');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
