import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumber, parsePercentWords } from '../src/extract/directives/numerals.js';
import { DisjointSpans, findQuantities } from '../src/extract/directives/quantities.js';

const cases: Array<[string, number]> = [
  ['160', 160],
  ['1.6', 1.6],
  ['１６０', 160],
  ['3,000', 3000],
  ['一百六十', 160],
  ['一百六十亿', 16_000_000_000],
  ['两千', 2000],
  ['十', 10],
  ['十四', 14],
  ['二十', 20],
  ['一千零五', 1005],
  ['三万五千', 35000],
  ['二〇二四', 2024],
  ['零点五', 0.5],
  ['三点一四', 3.14],
  ['1.6万亿', 1.6e12],
  ['160亿', 1.6e10],
  ['4.287亿', 428_700_000],
  ['5万', 50000],
  ['一万亿', 1e12],
  ['万亿', 1e12],
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
  fc.assert(
    fc.property(fc.string({ maxLength: 20 }), (s) => {
      const v = parseNumber(s);
      return v === undefined || Number.isFinite(v);
    }),
  );
});

test('quantities: amounts, counts, rates, ranges and comparators in context', () => {
  const q = (s: string) =>
    findQuantities(s).map(({ text, kind, value, low, high, comparator, unit }) => ({ text, kind, value, low, high, comparator, unit }));
  const one = (text: string, kind: string, value: number, unit: string, comparator = 'exact') => ({
    text,
    kind,
    value,
    low: value,
    high: value,
    comparator,
    unit,
  });
  const range = (text: string, kind: string, low: number, high: number, unit: string) => ({
    text,
    kind,
    value: null,
    low,
    high,
    comparator: 'range',
    unit,
  });
  assert.deepEqual(q('力争引资160亿元'), [one('160亿元', 'amount', 16_000_000_000, '元')]);
  assert.deepEqual(q('新建20个重点项目'), [one('20个', 'count', 20, '个')]);
  assert.deepEqual(q('增长5%左右'), [one('5%左右', 'rate', 5, '%', 'about')]);
  assert.deepEqual(q('增长百分之五'), [one('百分之五', 'rate', 5, '%')]);
  assert.deepEqual(q('实现翻一番'), [one('翻一番', 'rate', 2, '倍')]);
  assert.deepEqual(q('投资1.6万亿元以上'), [one('1.6万亿元以上', 'amount', 1.6e12, '元', 'at_least')]);
  assert.deepEqual(q('引进3000多名人才'), [one('3000多名', 'count', 3000, '名', 'at_least')]);
  assert.deepEqual(q('瞄准世界500强'), [one('500强', 'count', 500, '强')]);
  assert.deepEqual(q('3月1日上午，在2022年'), []);
  // Ranges are one quantity, whatever joins their ends.
  for (const joined of ['4.5%—5%', '4.5%－5%', '4.5%～5%', '4.5%~5%', '4.5%至5%', '4.5%到5%', '4.5%-5%', '4.5—5%']) {
    assert.deepEqual(q(`增长${joined}`), [range(joined.replace('－', '－'), 'rate', 4.5, 5, '%')], joined);
  }
  assert.deepEqual(q('争取30多亿元'), [one('30多亿元', 'amount', 3_000_000_000, '元', 'at_least')]);
  assert.deepEqual(q('提高3个百分点以上'), [one('3个百分点以上', 'rate', 3, '百分点', 'at_least')]);
  assert.deepEqual(q('控制在3%以内'), [one('3%以内', 'rate', 3, '%', 'at_most')]);
  assert.deepEqual(q('打造千亿级产业集群'), [one('千亿级', 'amount', 1e11, '级', 'at_least')]);
  assert.deepEqual(q('实施8大工程'), [one('8大', 'count', 8, '大')]);
});

test('DisjointSpans takes a span exactly when it overlaps none taken before (as checking every one would)', () => {
  const span = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 8 })).map(([start, length]) => [start, start + length] as const);
  fc.assert(
    fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
      const taken = new DisjointSpans();
      const kept: Array<readonly [number, number]> = [];
      for (const [s, e] of spans) {
        const free = !kept.some(([ks, ke]) => s < ke && e > ks);
        assert.equal(taken.take(s, e), free, JSON.stringify({ s, e, kept }));
        if (free) kept.push([s, e]);
      }
    }),
  );
});
