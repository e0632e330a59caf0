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
