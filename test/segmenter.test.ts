import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { ROOT } from './helpers.js';
import { segment, loadJieba, Segmenter } from '../src/segment/segmenter.js';
import { fieldsOf, PosTags, tagByCharacters } from '../src/segment/pos-tags.js';
import { ShortWordTags } from '../src/segment/short-word-tags.js';
import { documentsFromBytes } from '../src/read/read-documents.js';
import { prepareDocument } from '../src/pipeline.js';

const jieba = createRequire(import.meta.url)('nodejieba') as { tag(s: string): { word: string; tag: string }[] };

/** What segment() must equal: nodejieba's own tagger, word for word and tag for tag. */
function assertSameAsJieba(text: string): void {
  const ours = segment(text).map((t) => `${t.word}/${t.tag}`);
  const theirs = jieba.tag(text).map((t) => `${t.word}/${t.tag}`);
  assert.deepEqual(ours, theirs, text);
}

function seedTexts(): string[] {
  const dir = join(ROOT, 'fixtures/seeds');
  return readdirSync(dir).flatMap((f) =>
    [...documentsFromBytes(f, join(dir, f), readFileSync(join(dir, f)))].flatMap((item) =>
      item.ok === true ? [prepareDocument(item.doc).text] : [],
    ),
  );
}

test("segment: the same words and tags as jieba's tagger on the cleaned seeds", () => {
  const lines = seedTexts()
    .flatMap((t) => t.split('\n'))
    .filter((l) => l.trim());
  assert.ok(lines.join('').length > 5000, 'the seeds are read');
  for (const line of lines) assertSameAsJieba(line);
});

test("segment: the same tags as jieba's tagger for words it does not know (digits, Latin, mixed, astral characters) or has no tag for (a user-dictionary word without one)", () => {
  const pieces = ['1+5+X', 'GDP', 'a', '5G', '2025年', 'ABC123', '12ab', '𠮷𠮷', 'ｅ', '四图五清单', 'x1', '招大引强', '云计算', '，', ' '];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }), (parts) => {
      assertSameAsJieba(parts.join(''));
    }),
  );
});

test('segment: a user-dictionary word without a tag is one word, tagged as jieba tags it', () => {
  assert.deepEqual(
    segment('云计算').map((t) => t.word),
    ['云计算'],
  );
  assertSameAsJieba('发展云计算产业');
});

test('Segmenter: its own words are kept whole and tagged nz; jieba, and a segmenter without them, are unchanged', () => {
  const coined = '嵌链固链';
  const text = `要${coined}，推动发展`;
  const words = (tokens: { word: string }[]) => tokens.map((t) => t.word);
  const own = new Segmenter([coined]).segment(text);
  assert.ok(
    own.some((t) => t.word === coined && t.tag === 'nz'),
    JSON.stringify(own),
  );
  assert.ok(!words(segment(text)).includes(coined));
  assert.ok(!words(new Segmenter().segment(text)).includes(coined));
  assertSameAsJieba(text);
  // Words with digits are kept whole too (jieba's dictionary would refuse them); what is left of a word cut by one is
  // a fragment, never proposed as part of a slogan.
  const digits = new Segmenter(['5G网', 'ABC高']);
  assert.ok(words(digits.segment('建设5G网络')).includes('5G网'));
  const cut = digits.segment('ABC高质量发展');
  assert.deepEqual(
    cut.map((t) => `${t.word}/${t.tag}`),
    ['ABC高/nz', '质量发展/un'],
  );
});

test('Segmenter: with its own words, the words still cover the text exactly, in order', () => {
  const own = ['嵌链固链', '链长制', '发展新', '新质'];
  const segmenter = new Segmenter(own);
  const pieces = [...own, '推动', '高质量发展', '，', '产业链', '𠮷', '5G', '新'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), (parts) => {
      const text = parts.join('');
      const tokens = segmenter.segment(text);
      assert.equal(tokens.map((t) => t.word).join(''), text);
      let at = 0;
      for (const t of tokens) {
        assert.equal(t.start, at, text);
        at += t.word.length;
      }
    }),
  );
});

test('segment: the words cover the text exactly, also where a long text is cut into spans inside a surrogate pair', () => {
  const text = `${'发展'.repeat(999)}经𠮷济发展`;
  assert.equal(text.charCodeAt(1999), 0xd842, 'the pair straddles the 2,000th code unit');
  const tokens = segment(text);
  assert.equal(tokens.map((t) => t.word).join(''), text);
  assert.ok(tokens.some((t) => t.word.includes('𠮷')));
});

test('segment: a lone surrogate is one token of its own, and the words around it keep their offsets', () => {
  const text = '发展\ud800经济建设';
  const tokens = segment(text);
  let at = 0;
  for (const t of tokens) {
    assert.equal(t.start, at, `${t.word} starts where the one before ended`);
    at += t.word.length;
  }
  assert.equal(at, text.length, 'no character is left out');
});

test('dictionary lines: fields found as cppjieba splits them (single spaces, empty fields kept, no last one after a trailing space)', () => {
  // The rule written the plain way: split on every space, then drop one empty last field.
  const split = (line: string): string[] => {
    const f = line.split(' ');
    if (f.length > 1 && f[f.length - 1] === '') f.pop();
    return f;
  };
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', '字', ' ', '1'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join('')),
      fc.nat(3),
      (line, pad) => {
        // The line sits inside a larger text, with spaces after it that are not its own.
        const text = `${'y'.repeat(pad)}${line} z `;
        const start = pad;
        const f = fieldsOf(text, start, start + line.length);
        const expected = split(line);
        assert.equal(f.count, expected.length, JSON.stringify(line));
        assert.equal(text.slice(start, f.firstEnd), expected[0], JSON.stringify(line));
        assert.equal(text.slice(f.lastStart, f.end), expected[expected.length - 1], JSON.stringify(line));
      },
    ),
    { numRuns: 2000 },
  );
});

test('PosTags: a word tagged at run time has its new tag, also when it was looked up before (the lookup remembers tags)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pos-tags-'));
  try {
    writeFileSync(join(dir, 'main.utf8'), '发展 100 vn\n建设 90 vn\n的 500 uj\n');
    writeFileSync(join(dir, 'user.utf8'), '招大引强 nz\n');
    const tags = new PosTags(join(dir, 'main.utf8'), [join(dir, 'user.utf8')]);
    assert.deepEqual(
      ['发展', '招大引强', '延链补链', 'GDP', '发展', '的', '，'].map((w) => tags.of(w)),
      ['vn', 'nz', 'x', 'eng', 'vn', 'uj', 'x'],
    );
    tags.set('发展', 'v');
    tags.set('延链补链', 'nz');
    tags.set('的', 'u');
    assert.deepEqual(
      ['发展', '延链补链', '建设', '的', '，'].map((w) => tags.of(w)),
      ['v', 'nz', 'vn', 'u', 'x'],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ShortWordTags remembers one- and two-character words as a Map would, "\\0\\0" and tags past the 255th never', () => {
  // Any code units, lone surrogates and high codes too (they make keys above 2^31); one or two of them, as PosTags
  // asks (a string of two code points may be four units).
  const word = fc
    .oneof(
      fc.constantFrom('的', '，', '发展', '\0', '\0\0', '\0a', 'a\0', '建设', '\ud842\udfb7'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
    )
    .filter((w) => w.length <= 2);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(word, fc.constantFrom('n', 'v', 'x', 'uj')), { maxLength: 60 }),
      fc.array(word, { maxLength: 20 }),
      (remembered, asked) => {
        const short = new ShortWordTags();
        const map = new Map<string, string>();
        for (const [w, tag] of remembered) {
          short.remember(w, tag);
          if (w !== '\0\0') map.set(w, tag);
        }
        for (const w of [...asked, ...remembered.map(([w]) => w)]) assert.equal(short.get(w), map.get(w), JSON.stringify(w));
        short.clear();
        for (const [w] of remembered) assert.equal(short.get(w), undefined);
        // And it remembers again after.
        for (const [w, tag] of remembered) short.remember(w, tag);
        for (const [w] of remembered) assert.equal(short.get(w), map.get(w), JSON.stringify(w));
      },
    ),
    { numRuns: 300 },
  );
  const many = new ShortWordTags();
  for (let i = 0; i < 300; i++) many.remember(String.fromCharCode(0x4e00 + i), `t${i}`);
  assert.equal(many.get('\u4e00'), 't0');
  assert.equal(many.get(String.fromCharCode(0x4e00 + 254)), 't254');
  assert.equal(many.get(String.fromCharCode(0x4e00 + 255)), undefined, 'the 256th tag has no number');
  // Two-character words fill at most half the table's 131,072 slots, the first come; the rest go unremembered.
  const full = new ShortWordTags();
  const pair = (i: number) => String.fromCharCode(0x4e00 + (i >> 8), 0x4e00 + (i & 0xff));
  for (let i = 0; i < 70_000; i++) full.remember(pair(i), i % 2 ? 'n' : 'v');
  let found = 0;
  for (let i = 0; i < 70_000; i++) {
    const tag = full.get(pair(i));
    if (tag === undefined) continue;
    assert.equal(tag, i % 2 ? 'n' : 'v', pair(i));
    found++;
  }
  assert.equal(found, 65_536);
  assert.equal(full.get(pair(65_535)), 'n');
  assert.equal(full.get(pair(65_536)), undefined);
  full.remember(pair(7), 'vn');
  assert.equal(full.get(pair(7)), 'vn', 'a word already there is retagged when the table is full');
});

test("tagByCharacters: cppjieba's rule for words outside its dictionary", () => {
  assert.equal(tagByCharacters('卢小亨'), 'x');
  assert.equal(tagByCharacters('a'), 'x');
  assert.equal(tagByCharacters('2025'), 'm');
  assert.equal(tagByCharacters('5G'), 'm');
  assert.equal(tagByCharacters('G5'), 'eng');
  assert.equal(tagByCharacters('GDP'), 'eng');
});

test("segment: jieba holds the bundled lexicon (words it already knew get the lexicon's tag), still the same as jieba's tagger", () => {
  assert.deepEqual(
    segment('一国两制').map((t) => `${t.word}/${t.tag}`),
    ['一国两制/nz'],
  );
  assertSameAsJieba('坚持一国两制，推动招商引资和延链补链强链');
  for (const line of seedTexts()
    .flatMap((t) => t.split('\n'))
    .filter((l) => l.trim()))
    assertSameAsJieba(line);
  assert.ok(loadJieba().cut('延链补链强链', true).length > 0);
});
