import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { matchesOf } from '../src/text/matches.js';
import { splitClauses, splitSentences } from '../src/extract/directives/sentences.js';

// Expressions of the shapes the finders use, and some that match the empty string (with and without the u flag).
const EXPRESSIONS = [
  /(约)?(\d+|[一二三])(亿|万)?(元|个)/g,
  /确保|力争|要/g,
  /“([^”]{1,3})”/g,
  /a*/g,
  /(?:)/gu,
  new RegExp('(?:)', 'gv'),
  /\p{Script=Han}?/gu,
  /[^a]*?/g,
];
const letter = fc.constantFrom('约', '3', '一', '亿', '元', '个', '确', '保', '要', '“', '”', 'a', '𠀀', '\ud800', '\udc00');
const text = fc.array(letter, { maxLength: 30 }).map((cs) => cs.join(''));

test('matchesOf: the same matches as matchAll, in order, with groups; lastIndex left at 0', () => {
  fc.assert(
    fc.property(fc.constantFrom(...EXPRESSIONS), text, (re, t) => {
      const expected = [...t.matchAll(re)].map((m) => [m.index, ...m]);
      assert.deepEqual(
        matchesOf(re, t).map((m) => [m.index, ...m]),
        expected,
      );
      assert.equal(re.lastIndex, 0);
    }),
  );
});

test('matchesOf: an expression may be used again while its matches are read', () => {
  const re = /\d+/g;
  const seen = matchesOf(re, 'a1b22c333').map((m) => [m[0], matchesOf(re, m[0] + 'x9').length]);
  assert.deepEqual(seen, [
    ['1', 2],
    ['22', 2],
    ['333', 2],
  ]);
});

test('matchesOf: refuses an expression without the g flag (exec would find the first match forever)', () => {
  assert.throws(() => matchesOf(/a/, 'aaa'), TypeError);
});

/** The splitter's contract written the slow way, a string per character. */
function naiveSplit(t: string, from: number, to: number, ends: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const ch = t[i];
    if ('“‘「『（(《'.includes(ch)) depth++;
    else if ('”’」』）)》'.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '\n') depth = 0;
    if (depth === 0 && ends.includes(ch)) {
      if (i + 1 > s) out.push(t.slice(s, ch === '\n' ? i : i + 1));
      s = i + 1;
    }
  }
  if (to > s) out.push(t.slice(s, to));
  return out.filter((x) => x.trim() !== '');
}

test('sentences and clauses: split outside quotes and brackets, as a naive splitter does', () => {
  const piece = fc.constantFrom(
    '要',
    '强',
    '。',
    '！',
    '？',
    '；',
    '\n',
    '，',
    '：',
    ',',
    '“',
    '”',
    '‘',
    '’',
    '「',
    '」',
    '『',
    '』',
    '（',
    '）',
    '(',
    ')',
    '《',
    '》',
    ' ',
    '\u3000',
    '𠀀',
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }).map((cs) => cs.join('')),
      (t) => {
        const sentences = splitSentences(t);
        assert.deepEqual(
          sentences.map((s) => t.slice(s.start, s.end)),
          naiveSplit(t, 0, t.length, '。！？；\n'),
        );
        for (const s of sentences) {
          assert.deepEqual(
            splitClauses(t, s).map((c) => t.slice(c.start, c.end)),
            naiveSplit(t, s.start, s.end, '。！？；\n，：,'),
          );
        }
      },
    ),
    { numRuns: 2000 },
  );
});
