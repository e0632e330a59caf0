import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { forEachDocument, MAX_SHIPPED, type Work } from '../../src/run.js';
import type { Worker } from 'node:worker_threads';
import { createExecutor, type Executor } from '../../src/parallel/executor.js';
import { TaskFailed, WorkerStopped } from '../../src/parallel/inline.js';
import { runTask, transferablesOf, type TaskInput } from '../../src/parallel/tasks.js';
import { bothWorks, directiveWork, sloganWork } from '../../src/work.js';
import { SloganMiner } from '../../src/extract/slogans/index.js';
import { segmentText } from '../../src/segment/segmentation.js';
import { Segmenter } from '../../src/segment/segmenter.js';
import { FindTools } from '../../src/extract/finders.js';
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
  const tools = new FindTools();
  const pool = {
    threads: 1,
    window: 4,
    sent: [] as string[],
    segmented: 0,
    hasRoom: () => next() < share,
    async run(task, input) {
      if (task === 'mine') pool.sent.push((input as TaskInput<'mine'>).doc.name);
      if (task === 'segment') pool.segmented++;
      const copy = structuredClone(input);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 4)));
      const output = runTask(task, copy, tools);
      return structuredClone(output, { transfer: transferablesOf(task, output) });
    },
    close: async () => {},
  } satisfies Executor & { sent: string[]; segmented: number };
  return pool;
}

/** Slogans and directives in one pass, as the report mines them. */
async function mine(executor: Executor) {
  const miner = new SloganMiner({ minDocs: 1, by: ['month', 'region'] });
  const directives: DirectiveRow[] = [];
  const messages: Message[] = [];
  const taken: string[] = [];
  const both = bothWorks(
    sloganWork(miner),
    directiveWork({ all: true }, (rows) => directives.push(...rows)),
  );
  const work: Work = {
    ...both,
    take: (doc, found) => {
      taken.push(doc.name);
      return both.take(doc, found);
    },
  };
  // --meta's part: a date and a region for one seed, which must reach the finders wherever they run.
  const meta = (doc: { path: string }) => (doc.path.endsWith(SEED_001) ? { date: '2030-06-01', province: '测试省' } : undefined);
  // The fixtures' variants are copies of the seeds: kept, as they are what the threads must agree on.
  const summary = await forEachDocument(INPUTS, { keepDuplicates: true, meta }, work, executor, { onMessage: (m) => messages.push(m) });
  return { slogans: miner.rows(), directives, messages, summary, taken };
}

test('split work: documents done here and on workers give what one thread gives, taken and reported in reading order', async () => {
  const one = await mine(createExecutor(1));
  assert.ok(one.directives.length > 20 && one.slogans.length > 50, 'the fixtures give rows to compare');
  assert.ok(
    one.directives.some((r) => r.date === '2030-06-01'),
    'the override reached the directive finder',
  );
  assert.ok(
    one.messages.some((m) => m.code === 'not-found'),
    'a failure is among the messages',
  );
  // The document with --meta's override must have been cleaned on a "worker" in one run and here in another: a pool
  // whose worker seldom has room cleans most documents here, one that always has room none. Those cleaned here are
  // segmented on the worker.
  const overridden = new Set<boolean>();
  for (const [seed, share] of [
    [1, 0.5],
    [2, 0.5],
    [3, 0.3],
    [4, 0.1],
    [5, 0.1],
    [6, 1],
  ] as const) {
    const pool = shuffledPool(seed, share);
    const split = await mine(pool);
    overridden.add(pool.sent.some((name) => name.endsWith(SEED_001)));
    const mixed = pool.sent.length > 0 && pool.sent.length < one.summary.documents;
    assert.ok(
      share === 1 ? pool.sent.length === one.summary.documents : mixed,
      `seed ${seed}: ${pool.sent.length} of ${one.summary.documents} documents sent`,
    );
    const here = one.summary.documents - pool.sent.length;
    assert.equal(pool.segmented, here, `seed ${seed}: every document not sent whole was segmented there`);
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
    await assert.rejects(pool.run('segmentKeys', ['招大引强']), /worker thread stopped/);
    // A run reading documents with it stops at the first, saying what to do.
    const work: Work = { request: { directives: {} }, take: () => {} };
    await assert.rejects(
      forEachDocument([join(ROOT, 'fixtures', 'seeds')], {}, work, pool),
      (e: Error) => e instanceof WorkerStopped && /--jobs 1/.test(e.message),
    );
  } finally {
    await pool.close();
  }
});

test('a task that throws on a worker: the document is done here, as one thread does it; the run goes on', async () => {
  const pool = spyPool(true);
  const run = pool.run.bind(pool);
  let mined = 0;
  pool.run = (async (task: string, input: never) => {
    if (task === 'mine' && ++mined === 2) throw new TaskFailed('worker: TypeError: boom');
    return run(task as 'mine', input);
  }) as typeof pool.run;
  const taken: string[] = [];
  const messages: Message[] = [];
  const work: Work = {
    request: { directives: {} },
    take: (doc, found) => {
      taken.push(`${basename(doc.name)} ${found.directives?.length ?? 'none'}`);
    },
  };
  const summary = await forEachDocument([join(ROOT, 'fixtures', 'seeds')], {}, work, pool, { onMessage: (m) => messages.push(m) });
  const here: string[] = [];
  const hereWork: Work = {
    ...work,
    take: (doc, found) => {
      here.push(`${basename(doc.name)} ${found.directives?.length ?? 'none'}`);
    },
  };
  await forEachDocument([join(ROOT, 'fixtures', 'seeds')], {}, hereWork);
  assert.equal(summary.documents, 5);
  assert.equal(mined, 5, 'the second document was sent, and failed there');
  assert.deepEqual(taken, here);
  assert.ok(!taken.some((t) => t.endsWith(' none')));
  assert.equal(messages.filter((m) => m.code === 'stage-failed').length, 0);
});

test("a segmenting task that fails on a worker rejects with the worker's error, and the worker goes on with the next", async () => {
  const pool = createExecutor(2);
  try {
    await assert.rejects(pool.run('segment', 42 as unknown as string), /^Error: worker: TypeError/);
    const text = '要坚持招大引强，延链补链强链。';
    const segmentation = await pool.run('segment', text);
    assert.deepEqual(segmentation, segmentText(text, new Segmenter()));
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
    assert.deepEqual(
      out.at(-1)!.map(([key]) => key),
      ['延链补链强链'],
    );
    assert.equal(pool.hasRoom(), true, 'all answered');
  } finally {
    await pool.close();
  }
});

/** An executor whose worker always (or never) has room, noting what was sent to it; its tasks run here. */
function spyPool(room: boolean): Executor & { sent: string[]; segmented: string[] } {
  const tools = new FindTools();
  const pool = {
    threads: 1,
    window: 4,
    hasRoom: () => room,
    close: async () => {},
    sent: [] as string[],
    segmented: [] as string[],
    async run(task, input) {
      if (task === 'mine') pool.sent.push(basename((input as TaskInput<'mine'>).doc.name));
      if (task === 'segment') pool.segmented.push(input as string);
      return runTask(task, structuredClone(input), tools);
    },
  } satisfies Executor & { sent: string[]; segmented: string[] };
  return pool;
}

test('a document longer than MAX_SHIPPED is done on this thread, whole, even when a worker has room; others are sent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-'));
  /** A text of exactly `length` characters. */
  const text = (length: number) => `${'招大引强，'.repeat(Math.ceil(length / 5))}`.slice(0, length - 1) + '\n';
  try {
    writeFileSync(join(dir, 'a-long.txt'), text(MAX_SHIPPED + 1));
    writeFileSync(join(dir, 'b-limit.txt'), text(MAX_SHIPPED));
    writeFileSync(join(dir, 'c-short.txt'), '延链补链强链\n');
    const pool = spyPool(true);
    const taken: string[] = [];
    const work: Work = {
      request: { directives: {} },
      take: (doc, found) => {
        taken.push(`${basename(doc.name)} ${doc.text.length} ${found.directives !== undefined}`);
      },
    };
    await forEachDocument([dir], {}, work, pool);
    assert.deepEqual(pool.sent, ['b-limit.txt', 'c-short.txt']);
    assert.deepEqual(pool.segmented, [], 'directives need no segmenting');
    assert.deepEqual(taken, [`a-long.txt ${MAX_SHIPPED + 1} true`, `b-limit.txt ${MAX_SHIPPED} true`, 'c-short.txt 7 true']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with no room on the worker, documents whose finders segment are cleaned here and segmented there, except one longer than MAX_SHIPPED', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'segmented-'));
  try {
    writeFileSync(join(dir, 'a-long.txt'), `${'招大引强，'.repeat(Math.ceil(MAX_SHIPPED / 5) + 1)}\n`);
    writeFileSync(join(dir, 'b-short.txt'), '延链补链强链\n');
    const pool = spyPool(false);
    const found: string[] = [];
    const work: Work = {
      request: { slogans: {} },
      take: (doc, f) => {
        found.push(`${basename(doc.name)} ${f.slogans!.found.length > 0}`);
      },
    };
    await forEachDocument([dir], {}, work, pool);
    assert.deepEqual(pool.sent, []);
    assert.deepEqual(pool.segmented, ['延链补链强链\n'], 'the cleaned text went to be segmented');
    assert.deepEqual(found, ['a-long.txt true', 'b-short.txt true']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * The fixtures' slogans (with `report`, their directives too, in the report's
 * one pass) with `jobs` threads, in a process of its own: the tasks sent to
 * workers, by name, and whether the main thread loaded jieba. `room` makes
 * the worker always (or never) have room, whatever its pace.
 */
function mineFixtures(
  jobs: number,
  report = false,
  room?: boolean,
): { loaded: boolean; tasks: Record<string, number>; documents: number; rows: unknown[]; directives: unknown[] } {
  const work = report ? 'bothWorks(sloganWork(miner), directiveWork({}, (rows) => directives.push(...rows)))' : 'sloganWork(miner)';
  const script = `
    import { createRequire } from 'node:module';
    import { forEachDocument } from './src/run.ts';
    import { createExecutor } from './src/parallel/executor.ts';
    import { bothWorks, directiveWork, rankedRows, sloganWork } from './src/work.ts';
    import { SloganMiner } from './src/extract/slogans/index.ts';
    const miner = new SloganMiner({ minDocs: 1 });
    const tasks = {};
    const directives = [];
    const work = ${work};
    const executor = createExecutor(${jobs}, { ...work.tools.setup, preloadJieba: true });
    const run = executor.run.bind(executor);
    executor.run = (task, input) => {
      tasks[task] = (tasks[task] ?? 0) + 1;
      return run(task, input);
    };
    ${room === undefined ? '' : `executor.hasRoom = () => ${room};`}
    const summary = await forEachDocument(['fixtures'], { keepDuplicates: true }, work, executor);
    const documents = summary.documents;
    const rows = await rankedRows(miner, executor);
    await executor.close();
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('nodejieba'));
    console.log(JSON.stringify({ loaded, tasks, documents, rows, directives }));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

for (const report of [false, true]) {
  const what = report ? 'the report (slogans and directives in one pass)' : 'slogans';
  test(`${what} with a worker: this thread never loads jieba for a document it can send, and finds what one thread finds`, () => {
    const one = mineFixtures(1, report);
    assert.ok(one.documents > 8 && one.rows.length > 50, `${one.documents} documents, ${one.rows.length} rows`);
    assert.equal(one.directives.length > 0, report, `${one.directives.length} directives`);
    assert.equal(one.loaded, true, 'the check sees jieba where it was loaded');
    assert.deepEqual(one.tasks, {});
    // A worker with room gets each document whole; one without gets each cleaned text to segment.
    for (const [room, task] of [
      [true, 'mine'],
      [false, 'segment'],
    ] as const) {
      const two = mineFixtures(2, report, room);
      assert.equal(two.loaded, false, 'the main thread did not load jieba');
      assert.equal(two.tasks[task], two.documents, `every document went to the worker as ${task}: ${JSON.stringify(two.tasks)}`);
      assert.deepEqual(two.rows, one.rows);
      assert.deepEqual(two.directives, one.directives);
    }
  });
}
