import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { readDocuments } from '../src/run.js';
import { locate, type Document } from '../src/document.js';
import { canonicalLine } from '../src/normalize/normalize.js';
import { stripPinyin } from '../src/clean/pinyin.js';
import { TextBuilder } from '../src/offsets/text-builder.js';
import { ChainMap } from '../src/offsets/offset-map.js';
import { ROOT } from './helpers.js';

const SEEDS = join(ROOT, 'fixtures', 'seeds');

async function seedDocs(): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const item of readDocuments([SEEDS])) if (item.ok) docs.push(item.doc);
  return docs;
}

/**
 * What normalisation makes of an original fragment on its own. ASCII
 * punctuation is compared folded: whether `,` becomes `，` depends on the
 * neighbours a fragment cut out of its line no longer has.
 */
function canonical(fragment: string): string {
  return foldPunctuation(canonicalLine(stripPinyin(fragment)?.text ?? fragment));
}

function foldPunctuation(s: string): string {
  return s.replace(/[,:;()!?]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

test('seeds: every random range of the cleaned text maps back to its exact original form', async () => {
  const docs = await seedDocs();
  assert.equal(docs.length, 5);
  for (const doc of docs) {
    const lines = doc.text.split('\n');
    const starts: number[] = [];
    lines.reduce((at, l) => (starts.push(at), at + l.length + 1), 0);
    const originalLines = doc.original.split('\n');
    let checked = 0;
    const nonEmpty = lines.flatMap((l, i) => (l.length ? [i] : []));
    fc.assert(
      fc.property(fc.nat(nonEmpty.length - 1), fc.nat(), fc.nat(), (k, x, y) => {
        const li = nonEmpty[k];
        const line = lines[li];
        const a = x % line.length;
        const b = a + 1 + (y % (line.length - a));
        const slice = line.slice(a, b);
        if (slice.includes('\ufffd')) return; // mojibake maps to its garbage, tested separately
        const at = locate(doc, starts[li] + a, starts[li] + b);
        assert.equal(canonical(at.original), foldPunctuation(slice), `${doc.name}: ${JSON.stringify(at.original)}`);
        // The reported line and column point at the same original text.
        const lineText = originalLines[at.line - 1];
        assert.equal(
          [...lineText]
            .slice(at.column - 1)
            .join('')
            .startsWith(at.original.split('\n')[0]),
          true,
        );
        checked++;
      }),
      { numRuns: 400, seed: 42 },
    );
    assert.ok(checked > 300, `${doc.name}: only ${checked} ranges checked`);
  }
});

test('a cleaned word keeps its pinyin annotation in the original form', async () => {
  const doc = (await seedDocs())[0];
  const i = doc.text.indexOf('经济技术开发区');
  const at = locate(doc, i, i + 2);
  assert.equal(at.original, '經(jīng)濟(jì)');
  assert.equal(at.line, 3);
});

test('offset maps compose across stages and stay in bounds', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 20 }), (text, cuts) => {
      // Stage 1 deletes every third character; stage 2 doubles every 'a'.
      const one = new TextBuilder(text);
      for (let i = 0; i < text.length; i++) if (i % 3 !== 2) one.copy(i, i + 1);
      const s1 = one.build();
      const two = new TextBuilder(s1.text);
      for (let i = 0; i < s1.text.length; i++) {
        if (s1.text[i] === 'a') two.replace(i, i + 1, 'aa');
        else two.copy(i, i + 1);
      }
      const s2 = two.build();
      const chain = new ChainMap([s1.map, s2.map]);
      for (const c of cuts) {
        const p = s2.text.length ? c % (s2.text.length + 1) : 0;
        const start = chain.toSourceStart(p);
        const end = chain.toSourceEnd(p);
        assert.ok(start >= 0 && start <= text.length && end >= 0 && end <= text.length);
      }
      // Whole range maps to the whole kept source.
      if (s2.text.length) {
        const end = chain.toSourceEnd(s2.text.length);
        assert.ok(end <= text.length && end >= text.length - 2);
      }
    }),
    { numRuns: 300, seed: 7 },
  );
});
