import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SIGNATURES, SIGNATURE_CHARS } from '../src/clean/mojibake.js';
import { canonicalLine } from '../src/normalize/normalize.js';

// The prefilters skip a text when it holds none of a few characters; these check that no skipped text would have changed.

test('mojibake: every signature match holds a character of the prefilter (else its alternative would never run)', () => {
  const piece = fc.constantFrom(
    '锟斤拷',
    '烫烫',
    '屯屯屯',
    '鈥',
    '鈥x',
    'å¼º',
    'Ã©Ã',
    '\ufffd',
    'ぷ',
    'ア',
    '嵉',
    '墓',
    '发展',
    ' ',
    'a',
    'é',
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 12 }).map((ps) => ps.join('')),
      (text) => {
        SIGNATURES.lastIndex = 0;
        for (let m = SIGNATURES.exec(text); m; m = SIGNATURES.exec(text)) {
          assert.ok(SIGNATURE_CHARS.foundIn(m[0]), `match ${JSON.stringify(m[0])} in ${JSON.stringify(text)}`);
        }
      },
    ),
    { numRuns: 3000 },
  );
});

test('width: full-width forms fold to ASCII, except the punctuation that stays full-width; odd spaces become spaces', () => {
  const keep = new Set('！（），：；？');
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ch = String.fromCharCode(c);
    const expected = keep.has(ch) ? ch : String.fromCharCode(c - 0xfee0);
    // ASCII punctuation beside Chinese goes full-width again; check those between Latin letters.
    assert.equal(canonicalLine(`a${ch}b`), `a${expected}b`, `U+${c.toString(16)}`);
  }
  assert.equal(canonicalLine('发展\u3000经济\u00a0建设'), '发展 经济 建设');
  assert.equal(canonicalLine('发展,经济:建设(一)'), '发展，经济：建设（一）');
  assert.equal(canonicalLine('see (a), b: c'), 'see (a), b: c');
});

test('width and variants: a line without a character that can change comes back as it is', () => {
  const piece = fc.constantFrom('发展', '，', '：', '（', '）', '！', '？', '；', '。', '“', '”', 'a', '1', ' ');
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 20 }).map((ps) => ps.join('')),
      (line) => {
        assert.equal(canonicalLine(line), line);
      },
    ),
  );
});
