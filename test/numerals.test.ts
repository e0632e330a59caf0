import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumber, parsePercentWords } from '../src/extract/directives/numerals.js';
import { DisjointSpans, findQuantities } from '../src/extract/directives/quantities.js';

const cases: Array<[string, number]> = [
  ['160', 160], ['1.6', 1.6], ['１６０', 160], ['3,000', 3000],
  ['一百六十', 160], ['一百六十亿', 16_000_000_000], ['两千', 2000], ['十', 10], ['十四', 14], ['二十', 20],
  ['一千零五', 1005], ['三万五千', 35000], ['二〇二四', 2024], ['零点五', 0.5], ['三点一四', 3.14],
  ['1.6万亿', 1.6e12], ['160亿', 1.6e10], ['4.287亿', 428_700_000], ['5万', 50000], ['一万亿', 1e12], ['万亿', 1e12],
];

test('numbers: Arabic, full-width, Chinese and mixed with magnitudes', () => {
  for (const [text, value] of cases) assert.equal(parseNumber(text), value, text);
});

test('numbers: 百分之 percentages', () => {
  assert.equal(parsePercentWords('百分之五'), 5);
  assert.equal(parsePercentWords('百分之五点五'), 5.5);
  assert.equal(parsePercentWords('百分之一百'), 100);
  assert.equal(parsePercentWords('五'), undefined);
});

test('numbers: nonsense gives no number and no exception', () => {
  for (const s of ['', '亿亿', '点', 'abc', '三点', '1.2.3', '十abc', '%', '万千百']) {
    const v = parseNumber(s);
    assert.ok(v === undefined || Number.isFinite(v), s);
  }
  assert.equal(parseNumber('abc'), undefined);
  assert.equal(parseNumber('1.2.3'), undefined);
  fc.assert(fc.property(fc.string({ maxLength: 20 }), (s) => {
    const v = parseNumber(s);
    return v === undefined || Number.isFinite(v);
  }));
});

test('quantities: amounts, counts, rates, ranges and approximations in context', () => {
  const q = (s: string) => findQuantities(s).map(({ text, value, unit, kind, approx }) => ({ text, value, unit, kind, ...(approx ? { approx } : {}) }));
  assert.deepEqual(q('力争引资160亿元'), [{ text: '160亿元', value: 16_000_000_000, unit: '元', kind: 'amount' }]);
  assert.deepEqual(q('新建20个重点项目'), [{ text: '20个', value: 20, unit: '个', kind: 'count' }]);
  assert.deepEqual(q('增长5%左右'), [{ text: '5%左右', value: 5, unit: '%', kind: 'rate', approx: '左右' }]);
  assert.deepEqual(q('增长百分之五'), [{ text: '百分之五', value: 5, unit: '%', kind: 'rate' }]);
  assert.deepEqual(q('增长5%-6%'), [{ text: '5%-6%', value: [5, 6], unit: '%', kind: 'rate' }]);
  assert.deepEqual(q('实现翻一番'), [{ text: '翻一番', value: 2, unit: '倍', kind: 'rate' }]);
  assert.deepEqual(q('投资1.6万亿元以上'), [{ text: '1.6万亿元以上', value: 1.6e12, unit: '元', kind: 'amount', approx: '以上' }]);
  assert.deepEqual(q('引进3000多名人才'), [{ text: '3000多名', value: 3000, unit: '名', kind: 'count', approx: '多' }]);
  assert.deepEqual(q('瞄准世界500强'), [{ text: '500强', value: 500, unit: '强', kind: 'count' }]);
  assert.deepEqual(q('3月1日上午，在2022年'), []);
});

test('DisjointSpans takes a span exactly when it overlaps none taken before (as checking every one would)', () => {
  const span = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 8 })).map(([start, length]) => [start, start + length] as const);
  fc.assert(fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
    const taken = new DisjointSpans();
    const kept: Array<readonly [number, number]> = [];
    for (const [s, e] of spans) {
      const free = !kept.some(([ks, ke]) => s < ke && e > ks);
      assert.equal(taken.take(s, e), free, JSON.stringify({ s, e, kept }));
      if (free) kept.push([s, e]);
    }
  }));
});
