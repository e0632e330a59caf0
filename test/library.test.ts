import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { directives, kwic, slogans } from '../src/index.js';
import { ROOT } from './helpers.js';

const SEEDS = join(ROOT, 'fixtures', 'seeds');

test('library: slogans, directives and kwic return rows, a summary and the messages, printing nothing', async () => {
  const s = await slogans([SEEDS, join(ROOT, 'missing.txt')]);
  assert.equal(s.rows.find((r) => r.slogan === '招大引强')?.documents, 3);
  assert.equal(s.summary.documents, 5);
  assert.deepEqual(s.summary.skipped.map((x) => x.code), ['not-found']);
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
  assert.deepEqual(Object.fromEntries(Object.entries(zdyq.breakdowns.region ?? {}).map(([k, v]) => [k, v.documents])), { unknown: 2, 浙江省衢州市: 1 });
  const yearDocs = Object.values(zdyq.breakdowns.year ?? {}).reduce((n, v) => n + v.documents, 0);
  assert.equal(yearDocs, zdyq.documents, 'every document falls in one year bucket');
  assert.deepEqual(zdyq.buckets, zdyq.breakdowns.year);
});
