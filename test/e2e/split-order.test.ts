import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { forEachSplit, MAX_SHIPPED, type SplitWork } from '../../src/run.js';
import type { Worker } from 'node:worker_threads';
import { createExecutor, type Executor } from '../../src/parallel/executor.js';
import { runTask, transferablesOf, type TaskInput } from '../../src/parallel/tasks.js';
import { sloganAndDirectiveWork } from '../../src/work.js';
import { SloganMiner } from '../../src/extract/slogans/index.js';
import { segmentForFinding } from '../../src/extract/slogans/candidates.js';
import { loadLexicon } from '../../src/extract/slogans/lexicon.js';
import type { DirectiveRow } from '../../src/extract/directives/index.js';
import type { Message } from '../../src/messages.js';
import { ROOT } from '../helpers.js';

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
 * documents are done here and "there" in turn. It notes the documents sent
 * whole and counts the texts sent to segment.
 */
function shuffledPool(seed: number, share = 0.5): Executor & { sent: string[]; segmented: number } {
  const next = numbers(seed);
  const pool = {
    threads: 1,
    window: 4,
    sent: [] as string[],
    segmented: 0,
    hasRoom: () => next() < share,
    async run(task, input) {
      if (task === 'cleanAndFind') pool.sent.push((input as TaskInput<'cleanAndFind'>).doc.name);
      if (task === 'segmentForFinding') pool.segmented++;
      const copy = structuredClone(input);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 4)));
      const output = runTask(task, copy, {});
      return structuredClone(output, { transfer: transferablesOf(task, output) });
    },
    close: async () => {},
  } satisfies Executor & { sent: string[]; segmented: number };
  return pool;
}

/** Slogans and directives; `whole`: documents the worker has no room for are done here whole, not segmented there. */
async function mine(executor: Executor, whole = false) {
  const miner = new SloganMiner({ minDocs: 1, by: ['month', 'region'] });
  const directives: DirectiveRow[] = [];
  const messages: Message[] = [];
  const taken: string[] = [];
  const both = sloganAndDirectiveWork(miner, { all: true }, (rows) => directives.push(...rows));
  const work: SplitWork = whole ? { ...both, findInSegmentation: undefined } : both;
  const take = work.take;
  work.take = (doc, found) => {
    taken.push(doc.name);
    take(doc, found);
  };
  // --meta's part: a date and a region for one seed, which must reach the finders wherever they run.
  const meta = (doc: { path: string }) => (doc.path.endsWith(SEED_001) ? { date: '2030-06-01', province: '测试省' } : undefined);
  // The fixtures' variants are copies of the seeds: kept, as they are what the threads must agree on.
  const summary = await forEachSplit(INPUTS, { keepDuplicates: true, meta }, work, executor, { onMessage: (m) => messages.push(m) });
  return { slogans: miner.rows(), directives, messages, summary, taken };
}

test('split work: documents done here and on workers give what one thread gives, taken and reported in reading order', async () => {
  const one = await mine(createExecutor(1));
  assert.ok(one.directives.length > 20 && one.slogans.length > 50, 'the fixtures give rows to compare');
  assert.ok(one.directives.some((r) => r.date === '2030-06-01'), 'the override reached the directive finder');
  assert.ok(one.messages.some((m) => m.code === 'not-found'), 'a failure is among the messages');
  // The document with --meta's override must have been cleaned on a "worker" in one run and here in another: a pool
  // whose worker seldom has room cleans most documents here, one that always has room none. Those cleaned here are
  // segmented on the worker, or with `whole` done here.
  const overridden = new Set<boolean>();
  for (const [seed, share, whole] of [[1, 0.5, false], [2, 0.5, false], [3, 0.5, true], [4, 0.1, false], [5, 0.1, true], [6, 1, false]] as const) {
    const pool = shuffledPool(seed, share);
    const split = await mine(pool, whole);
    overridden.add(pool.sent.some((name) => name.endsWith(SEED_001)));
    const mixed = pool.sent.length > 0 && pool.sent.length < one.summary.documents;
    assert.ok(share === 1 ? pool.sent.length === one.summary.documents : mixed, `seed ${seed}: ${pool.sent.length} of ${one.summary.documents} documents sent`);
    const here = one.summary.documents - pool.sent.length;
    assert.equal(pool.segmented, whole ? 0 : here, `seed ${seed}: every document not sent whole was segmented there, unless done here whole`);
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

test('a segmenting task that fails on a worker rejects with the worker\'s error, and the worker goes on with the next', async () => {
  const pool = createExecutor(2);
  try {
    await assert.rejects(pool.run('segmentForFinding', 42 as unknown as string), /^Error: worker: TypeError/);
    const text = '要坚持招大引强，延链补链强链。';
    const segmentation = await pool.run('segmentForFinding', text);
    assert.deepEqual(segmentation, segmentForFinding(text, loadLexicon()));
    assert.ok(segmentation.wordStarts.length > 3 && segmentation.ngrams.length > 0, JSON.stringify(segmentation));
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

test('with findInSegmentation and no room, documents are cleaned here and segmented there, except one longer than MAX_SHIPPED', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmented-'));
  try {
    writeFileSync(join(dir, 'a-long.txt'), `${'招大引强，'.repeat(Math.ceil(MAX_SHIPPED / 5) + 1)}\n`);
    writeFileSync(join(dir, 'b-short.txt'), '延链补链强链\n');
    const texts: string[] = [];
    const noRoom: Executor = {
      threads: 1, window: 4, hasRoom: () => false, close: async () => {},
      // Only where the text goes is tested here: the segmentation of the text sent is an empty one.
      async run(task, input) {
        if (task === 'segmentForFinding') texts.push(input as string);
        return { wordStarts: new Int32Array(0), ngrams: new Int32Array(0) } as never;
      },
    };
    const here: string[] = [];
    const segmented: string[] = [];
    const work: SplitWork = {
      request: {},
      findHere: (doc) => { here.push(basename(doc.name)); return {}; },
      findInSegmentation: (doc) => { segmented.push(basename(doc.name)); return {}; },
      take: () => {},
    };
    await forEachSplit([dir], {}, work, noRoom);
    assert.deepEqual(here, ['a-long.txt']);
    assert.deepEqual(segmented, ['b-short.txt']);
    assert.deepEqual(texts, ['延链补链强链\n'], 'the cleaned text went to be segmented');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The fixtures' slogans (with `report`, their directives too, in the report's
 * one pass) with `jobs` threads, in a process of its own: the tasks sent to
 * workers, by name, and whether the main thread loaded jieba.
 */
function mineFixtures(jobs: number, report = false): { loaded: boolean; tasks: Record<string, number>; documents: number; rows: unknown[]; directives: unknown[] } {
  const work = report ? 'sloganAndDirectiveWork(miner, {}, (rows) => directives.push(...rows))' : 'sloganWork(miner)';
  const script = `
    import { createRequire } from 'node:module';
    import { forEachSplit, withExecutor } from './src/run.ts';
    import { rankedRows, sloganAndDirectiveWork, sloganSetup, sloganWork } from './src/work.ts';
    import { SloganMiner } from './src/extract/slogans/index.ts';
    const miner = new SloganMiner({ minDocs: 1 });
    const tasks = {};
    const directives = [];
    const { documents, rows } = await withExecutor({ jobs: ${jobs}, setup: sloganSetup(miner) }, async (executor) => {
      const run = executor.run.bind(executor);
      executor.run = (task, input) => {
        tasks[task] = (tasks[task] ?? 0) + 1;
        return run(task, input);
      };
      const summary = await forEachSplit(['fixtures'], { keepDuplicates: true }, ${work}, executor);
      return { documents: summary.documents, rows: await rankedRows(miner, executor) };
    });
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('nodejieba'));
    console.log(JSON.stringify({ loaded, tasks, documents, rows, directives }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

for (const report of [false, true]) {
  const what = report ? 'the report (slogans and directives in one pass)' : 'slogans';
  test(`${what} with a worker: this thread never loads jieba for a document it can send, and finds what one thread finds`, () => {
    // The worker is still loading jieba when the ninth document is read: documents after it are cleaned on this
    // thread and only segmented on the worker.
    const one = mineFixtures(1, report);
    const two = mineFixtures(2, report);
    assert.ok(one.documents > 8 && one.rows.length > 50, `${one.documents} documents, ${one.rows.length} rows`);
    assert.equal(one.directives.length > 0, report, `${one.directives.length} directives`);
    assert.equal(one.loaded, true, 'the check sees jieba where it was loaded');
    assert.deepEqual(one.tasks, {});
    assert.equal(two.loaded, false, 'the main thread did not load jieba');
    const { cleanAndFind = 0, segmentForFinding = 0 } = two.tasks;
    assert.ok(cleanAndFind > 0 && segmentForFinding > 0, `both kinds of task were sent: ${JSON.stringify(two.tasks)}`);
    assert.equal(cleanAndFind + segmentForFinding, two.documents, 'every document went to the worker, whole or to be segmented');
    assert.deepEqual(two.rows, one.rows);
    assert.deepEqual(two.directives, one.directives);
  });
}
