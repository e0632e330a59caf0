import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { directives, FINDERS, kwic, slogans } from '../src/index.js';
import { ROOT } from './helpers.js';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { inputBytes } from '../src/read/discover.js';

const SEEDS = join(ROOT, 'fixtures', 'seeds');

test('library: slogans, directives and kwic return rows, a summary and the messages, printing nothing', async () => {
  const s = await slogans([SEEDS, join(ROOT, 'missing.txt')]);
  assert.equal(s.rows.find((r) => r.slogan === '招大引强')?.documents, 3);
  assert.equal(s.summary.documents, 5);
  assert.deepEqual(
    s.summary.skipped.map((x) => x.code),
    ['not-found'],
  );
  assert.equal(s.messages.filter((m) => m.code === 'mojibake').length, 5);
  const d = await directives([SEEDS]);
  assert.equal(d.rows.filter((r) => r.kind === 'ordinal').length, 5);
  const k = await kwic('招大引強', [SEEDS]);
  assert.equal(k.rows.length, 3);
  assert.ok(k.rows.every((r) => r.form === '招大引強(qiáng)'));
});

test('slogans with several breakdowns counts each one; buckets stays the first', async () => {
  const { rows } = await slogans([join(ROOT, 'fixtures', 'seeds')], { by: ['year', 'region'], minDocs: 1 });
  const zdyq = rows.find((r) => r.slogan === '招大引强');
  assert.ok(zdyq?.breakdowns, 'breakdowns are reported');
  assert.deepEqual(Object.keys(zdyq.breakdowns), ['year', 'region']);
  assert.deepEqual(Object.fromEntries(Object.entries(zdyq.breakdowns.region ?? {}).map(([k, v]) => [k, v.documents])), {
    unknown: 2,
    浙江省: 1,
  });
  const yearDocs = Object.values(zdyq.breakdowns.year ?? {}).reduce((n, v) => n + v.documents, 0);
  assert.equal(yearDocs, zdyq.documents, 'every document falls in one year bucket');
  assert.deepEqual(zdyq.buckets, zdyq.breakdowns.year);
});

test('jobs: worker threads give exactly the rows one thread gives', async () => {
  const inputs = [SEEDS, join(ROOT, 'fixtures', 'variants')];
  // The variants copy the seeds: kept, so that the threads have more documents to agree on.
  const one = await slogans(inputs, { jobs: 1, minDocs: 1, by: ['month', 'region'], keepDuplicates: true });
  const two = await slogans(inputs, { jobs: 2, minDocs: 1, by: ['month', 'region'], keepDuplicates: true });
  assert.ok(one.rows.length > 50, `${one.rows.length} slogans`);
  assert.deepEqual(two.rows, one.rows);
  assert.deepEqual(two.summary, one.summary);
  const d1 = await directives(inputs, { jobs: 1, all: true, keepDuplicates: true });
  const d2 = await directives(inputs, { jobs: 3, all: true, keepDuplicates: true });
  assert.ok(d1.rows.length > 20, `${d1.rows.length} directives`);
  assert.deepEqual(d2.rows, d1.rows);
});

test('jobs: messages come in reading order, duplicates and unreadable inputs among them, as with one thread', async () => {
  // The variants repeat the seeds: each is a duplicate message, between the seeds' own warnings.
  const inputs = [SEEDS, join(ROOT, 'fixtures', 'variants'), join(ROOT, 'missing.txt'), SEEDS];
  const one = await directives(inputs, { jobs: 1 });
  const two = await directives(inputs, { jobs: 2 });
  const codes = new Set(one.messages.map((m) => m.code));
  assert.ok(codes.has('duplicate') && codes.has('mojibake') && codes.has('not-found'), [...codes].join());
  assert.deepEqual(two.messages, one.messages);
  assert.deepEqual(two.summary, one.summary);
});

test('inputBytes counts what the inputs name, and stops early once it has enough', async () => {
  const all = await inputBytes([SEEDS]);
  const sizes = readdirSync(SEEDS).reduce((n, f) => n + statSync(join(SEEDS, f)).size, 0);
  assert.equal(all, sizes);
  assert.ok((await inputBytes([SEEDS], 1)) < sizes, 'stops after the first file');
  assert.equal(await inputBytes([join(ROOT, 'missing'), '-']), 0);
});

test('a user lexicon stays with its run: the same rows before and after a run with one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lexicon-'));
  try {
    // Words written across the start of patterned slogans (坚决守住守牢, 积极研发新技术新产品): added to jieba's
    // dictionary, they would take those slogans' first word boundary away in every run after, and the slogans with it.
    writeFileSync(join(dir, 'own.tsv'), '坚决守住\tterm\n研发新\tterm\n项目建设\tterm\n');
    const before = await slogans([SEEDS], { minDocs: 1 });
    const withOwn = await slogans([SEEDS], { minDocs: 1, lexiconFiles: [join(dir, 'own.tsv')] });
    const after = await slogans([SEEDS], { minDocs: 1 });
    const found = (rows: typeof before.rows) => new Set(rows.map((r) => r.slogan));
    assert.ok(found(withOwn.rows).has('项目建设'), 'the user lexicon was used');
    assert.ok(found(before.rows).has('守住守牢') && !found(withOwn.rows).has('守住守牢'), 'its words were kept whole in its run');
    assert.deepEqual(after.rows, before.rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a finder that throws on one document: a stage-failed message on it, and the rest of the run as before', async () => {
  const plain = await directives([SEEDS]);
  const find = FINDERS.directives.find;
  const failing = mock.method(FINDERS.directives, 'find', (doc: Parameters<typeof find>[0], ...rest: [never, never, never]) => {
    if (doc.name.includes('004_')) throw new Error('boom');
    return find(doc, ...rest);
  });
  try {
    const run = await directives([SEEDS]);
    assert.equal(failing.mock.callCount(), 5);
    const failed = run.messages.filter((m) => m.code === 'stage-failed');
    assert.equal(failed.length, 1);
    assert.match(failed[0].file, /004_/);
    assert.match(failed[0].text, /directives .*boom/);
    assert.equal(run.summary.documents, 5);
    assert.deepEqual(
      run.rows,
      plain.rows.filter((r) => !r.file.includes('004_')),
    );
    assert.ok(run.rows.length > 0 && run.rows.length < plain.rows.length);
  } finally {
    failing.mock.restore();
  }
});
