import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodeUnitSet } from '../src/text/code-unit-set.js';

const letter = fc.constantFrom('，', '：', '著', '经', '經', ',', 'a', '\u3000');

test('code unit set: found in a text exactly when one of its characters is there', () => {
  fc.assert(
    fc.property(fc.array(letter, { maxLength: 4 }), fc.array(letter, { maxLength: 20 }), (chars, text) => {
      const t = text.join('');
      assert.equal(
        new CodeUnitSet(chars).foundIn(t),
        chars.some((c) => t.includes(c)),
      );
    }),
  );
});

test('code unit set: a character beyond the BMP is never missed', () => {
  const set = new CodeUnitSet(['𠀀']);
  assert.equal(set.foundIn('发展𠀀'), true);
  assert.equal(set.foundIn('𠀀'), true);
  assert.equal(set.foundIn('发展'), false);
  assert.equal(new CodeUnitSet(['']).foundIn('发展'), false);
});
