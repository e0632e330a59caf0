import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, ROOT } from './helpers.js';
import { findQuoted } from '../src/extract/slogans/quoted.js';
import { findNumbered } from '../src/extract/slogans/numbered.js';
import { findPatterned } from '../src/extract/slogans/patterned.js';
import { isParallel, isParallelSpan, shapeKind } from '../src/extract/slogans/shape.js';
import { parseLexicon } from '../src/extract/slogans/lexicon.js';
import { branchingEntropy } from '../src/extract/slogans/discovery.js';
import { rankSlogans } from '../src/extract/slogans/rank.js';
import { SloganIndex, fewestOldest, fewestOldestFirst } from '../src/extract/slogans/slogan-index.js';
import { FirstSeen } from '../src/extract/slogans/first-seen.js';
import { countOccurrence, keepSample, newEntry } from '../src/extract/slogans/entry.js';
import { loadLexicon } from '../src/extract/slogans/lexicon.js';
import { documentsFromBytes } from '../src/read/read-documents.js';
import { prepareDocument } from '../src/pipeline.js';
import { ownCopy } from '../src/text/own-copy.js';
import { BoundaryFlags } from '../src/extract/slogans/types.js';
import { findCandidates } from '../src/extract/slogans/candidates.js';
import { Int32List } from '../src/text/int32-list.js';
import { segmentedPieces, segmentText } from '../src/segment/segmentation.js';
import { Segmenter } from '../src/segment/segmenter.js';
import { findIn, FindTools } from '../src/extract/finders.js';
import fc from 'fast-check';

interface Example {
  file: string;
  line: number;
  column: number;
}
interface SloganJson {
  slogan: string;
  kind: string;
  documents: number;
  occurrences: number;
  forms: string[];
  locations: string[];
}

/** A `file:line:column` location of the output. */
function located(where: string): Example {
  const m = /^(.*):(\d+):(\d+)$/.exec(where)!;
  return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
}

async function seedSlogans(args: string[] = []): Promise<SloganJson[]> {
  const run = await runCli(['slogans', '--format', 'json', '--min-docs', '1', '--top', '0', ...args, 'fixtures/seeds']);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout).rows;
}

/** The original file's text at a reported line and column (columns count code points). */
function originalAt(e: Example, length: number): string {
  const line = readFileSync(join(ROOT, e.file), 'utf8').split('\n')[e.line - 1];
  return [...line].slice(e.column - 1, e.column - 1 + length).join('');
}

test('seeds: the slogans an analyst expects, counted over documents, at their true positions', async () => {
  const rows = await seedSlogans();
  const get = (s: string) => {
    const row = rows.find((r) => r.slogan === s);
    assert.ok(row, `${s} not found`);
    return row!;
  };
  assert.equal(get('招大引强').documents, 3);
  assert.equal(get('延链补链强链').documents, 2);
  for (const s of [
    '四图五清单',
    '1+5+X',
    '3+2',
    '百项千亿工程',
    '三大高地',
    '五大战略',
    '学思想、强党性、重实践、建新功',
    '强规划、重招商、建基础、扩宣传、增效益',
    '狠抓落实年',
    '引强入张行动',
  ]) {
    const row = get(s.replace(/、/g, '、'));
    // Every location holds one of the forms as written.
    for (const where of row.locations) {
      const e = located(where);
      assert.ok(
        row.forms.some((form) => originalAt(e, [...form].length) === form),
        `${s} at ${where}: ${row.forms.join(' / ')}`,
      );
    }
  }
  assert.equal(get('学思想、强党性、重实践、建新功').kind, 'series');
  assert.equal(get('四图五清单').kind, 'numbered');
  assert.equal(get('1+5+X').kind, 'numbered');
  assert.equal(get('招大引强').kind, 'patterned');
  // The written form keeps the pinyin and the traditional script.
  assert.ok(get('延链补链强链').forms.includes('延鏈補(bǔ)鏈強(qiáng)鏈'));
});

test('seeds: no people, places, footer text or mojibake among the slogans', async () => {
  const rows = await seedSlogans();
  const all = rows.map((r) => r.slogan).join(' ');
  for (const bad of [
    '卢小亨',
    '易先荣',
    '何党生',
    '张晓强',
    '陈新',
    '张掖',
    '兰州',
    '天门',
    '版权',
    'ICP',
    '网站地图',
    '联系我们',
    '验证码',
    '按部就班',
  ]) {
    assert.ok(!all.includes(bad), `${bad} in slogans`);
  }
  assert.ok(!/[\ufffd?]|锟|蹦|夙/.test(all), 'mojibake in slogans');
});

test('quoted finder: coined names, not speech; series recognised', async () => {
  const q = findQuoted('落实“狠抓落实年”总要求，他说“我们一定要把工作做好，做到位。”紧扣“学思想、强党性、重实践、建新功”');
  assert.deepEqual(
    q.map((c) => [c.key, c.kind]),
    [
      ['狠抓落实年', 'quoted'],
      ['学思想、强党性、重实践、建新功', 'series'],
    ],
  );
});

test('numbered finder: formulas and counted names, not plain counts or congresses', async () => {
  const text = '打造三大高地，拿出四图五清单，用好1+5+X机制，构建3+2体系，一个发展的平台，十八大以来，十分之一';
  const boundaries = new BoundaryFlags(
    text.length,
    Array.from({ length: text.length }, (_, i) => i),
  );
  const keys = findNumbered(text, boundaries).map((c) => c.key);
  for (const k of ['1+5+X', '3+2', '四图五清单']) assert.ok(keys.includes(k), k);
  assert.ok(keys.some((k) => k.startsWith('三大高地')));
  for (const k of keys) assert.ok(!/^(一个|十八大|十分之)/.test(k), k);
  // Numbers written in numerals are not formulas: sections past the twentieth, years (○ is not a numeral to the finder).
  const numbers = '“十四五”规划；（二十三）加强队伍建设；三十二、国务院各部门要加强工作；在一九八○年以前；一九八一和一九八二两年';
  const all = new BoundaryFlags(
    numbers.length,
    Array.from({ length: numbers.length }, (_, i) => i),
  );
  assert.deepEqual(
    findNumbered(numbers, all).map((c) => c.key),
    ['十四五'],
  );
  // Magnitudes alone are a formula (the 5G工厂百千万行动).
  const magnitudes = '实施百千万，';
  assert.ok(
    findNumbered(
      magnitudes,
      new BoundaryFlags(
        magnitudes.length,
        Array.from({ length: magnitudes.length }, (_, i) => i),
      ),
    ).some((c) => c.key === '百千万'),
  );
});

test('isParallelSpan reads a span in place as isParallel reads it cut out, characters beyond the BMP included', async () => {
  const chars = fc.constantFrom(...'招引大强稳就业企市场链补延做优各有𠮷'.match(/./gu)!);
  let parallels = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(4, 6, 8, 9, 12),
      fc.array(chars, { minLength: 12, maxLength: 12 }),
      fc.string({ maxLength: 3 }),
      (n, cs, before) => {
        const s = cs.join('').slice(0, n);
        const expected = isParallel(s);
        if (expected) parallels++;
        assert.equal(isParallelSpan(`${before}${s}后`, before.length, s.length), expected, s);
      },
    ),
    { numRuns: 3000 },
  );
  assert.ok(parallels > 50, `only ${parallels} parallel spans were generated`);
  assert.ok(isParallelSpan('要延链补链强链。', 1, 6));
  assert.ok(!isParallelSpan('要延链补链强链。', 0, 6));
});

test('fewestOldest: the same entries as sorting them all by documents, last document and key, and taking the first', async () => {
  // Values that cross digit boundaries (a text sort would put 10 before 2), with ties; counts up to the length.
  const value = fc.constantFrom(1, 2, 9, 10, 11, 100);
  const entry = fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), documents: value, lastDoc: value });
  const cases = fc
    .uniqueArray(entry, { selector: (e) => e.key, minLength: 1, maxLength: 60, size: 'medium' })
    .chain((raw) => fc.tuple(fc.constant(raw), fc.integer({ min: 0, max: raw.length })));
  let cut = 0;
  fc.assert(
    fc.property(cases, ([raw, count]) => {
      const entries = raw.map((r) => Object.assign(newEntry(r.key, 'term'), { key: r.key, documents: r.documents, lastDoc: r.lastDoc }));
      const expected = [...entries]
        .sort(fewestOldestFirst)
        .slice(0, count)
        .map((e) => e.key)
        .sort();
      if (count > 0 && count < entries.length) cut++;
      assert.deepEqual(
        fewestOldest(entries, count)
          .map((e) => e.key)
          .sort(),
        expected,
      );
    }),
    { numRuns: 500 },
  );
  assert.ok(cut > 300, `only ${cut} runs cut inside the list`);
});

test('BoundaryFlags: word starts and the end of the piece, nothing outside it', async () => {
  const b = new BoundaryFlags(4, [0, 2]);
  assert.deepEqual(
    [-1, 0, 1, 2, 3, 4, 5].map((i) => b.has(i)),
    [false, true, false, true, false, true, false],
  );
  // Starts given as a view of a whole text's word starts, based at the piece's start (10).
  const based = new BoundaryFlags(4, Int32Array.of(3, 10, 12, 14, 20).subarray(1, 3), 10);
  assert.deepEqual(
    [-1, 0, 1, 2, 3, 4, 5].map((i) => based.has(i)),
    [false, true, false, true, false, true, false],
  );
});

test('patterned finder and shapes', async () => {
  // Each rule: a shared column in 2, 3 or 4 parts; two parts of three share only their head; a verb-adjective pair twice;
  // characters beyond the BMP count as one.
  for (const s of [
    '延链补链强链',
    '招大引强',
    '做大做强做优',
    '稳就业稳企业',
    '稳就业稳企业稳市场',
    '不敢腐不能腐不想腐',
    '大链强链优链新链',
    '𠮷链补链',
    '补𠮷补链',
  ])
    assert.ok(isParallel(s), s);
  // Not: no shared column; a shared column but not the head of two parts of three; the same part twice; everyday heads
  // (各, 有, 大 in 招大招强); an adjective outside the list (抓大放小).
  for (const s of [
    '切实提高',
    '高质量发展',
    '新市场老市场',
    '延链延链',
    '链链链链',
    '各行各业',
    '有毒有害',
    '越来越多',
    '各地区各部门',
    '有关部门有关单位',
    '招大招强',
    '抓大放小',
  ])
    assert.ok(!isParallel(s), s);
  assert.equal(shapeKind('十四五'), 'numbered');
  const text = '要延链补链强链，推动';
  // Word boundaries as jieba gives them: 要/延链/补链/强链/，/推动
  assert.deepEqual(
    findPatterned(text, new BoundaryFlags(text.length, [0, 1, 3, 5, 7, 8])).map((c) => c.key),
    ['延链补链强链'],
  );
  // The same characters are not a formula when its parts are not words.
  assert.deepEqual(
    findPatterned(text, new BoundaryFlags(text.length, [0, 1, 7, 8])).map((c) => c.key),
    [],
  );
});

test('lexicon: longest entry wins; user files add entries with a kind', async () => {
  const lex = parseLexicon(['# comment', '补链强链\tpatterned', '延链补链强链\tpatterned', '营商环境', '自定义口号\tquoted']);
  // The longest entry at a place, and the entries inside it (as kwic finds them), marked nested.
  assert.deepEqual(
    lex.find('要延链补链强链和营商环境').map((c) => [c.key, c.nested ?? false]),
    [
      ['延链补链强链', false],
      ['补链强链', true],
      ['营商环境', false],
    ],
  );
  assert.throws(() => parseLexicon(['口号\tslogan'], undefined, 'mine.tsv'), /mine.tsv:1: unknown kind "slogan"/);
  assert.equal(lex.kindOf('营商环境'), 'term');
  assert.equal(lex.kindOf('自定义口号'), 'quoted');
  // A repeated entry keeps its first kind and is listed once; an entry that is empty once normalised is no entry.
  const again = parseLexicon(['营商环境\tquoted', '營商環境\tpatterned', '　\tterm']);
  assert.deepEqual(again.entries, [{ text: '营商环境', kind: 'quoted', tier: 'core' }]);
  assert.equal(again.has(''), false);
});

test('branching entropy: one neighbour is bound, many are free, clause edges are free', async () => {
  assert.equal(branchingEntropy(new Map([['强', 5]]), 0), 0);
  assert.ok(
    branchingEntropy(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 1],
      ]),
      0,
    ) > 1,
  );
  assert.ok(branchingEntropy(new Map(), 3) > 1);
});

test('--lexicon adds a user slogan; --kind filters; --by year breaks counts down', async () => {
  const dir = join(ROOT, 'test', 'data');
  const run = await runCli([
    'slogans',
    '--format',
    'json',
    '--min-docs',
    '2',
    '--lexicon',
    join(dir, 'user-lexicon.tsv'),
    '--kind',
    'quoted,term',
    'fixtures/seeds',
  ]);
  assert.equal(run.status, 0, run.stderr);
  const rows: SloganJson[] = JSON.parse(run.stdout).rows;
  assert.ok(
    rows.some((r) => r.slogan === '强化服务'),
    'user lexicon entry',
  );
  assert.ok(rows.every((r) => r.kind === 'quoted' || r.kind === 'term'));
  const by = await runCli(['slogans', '--format', 'jsonl', '--by', 'year', 'fixtures/seeds']);
  const lines = by.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const zdyq = lines
    .filter((l) => l.slogan === '招商引资')
    .map((l) => l.bucket)
    .sort();
  assert.deepEqual(zdyq, ['2021', '2022', 'unknown']);
});

test('region: inferred from the places a document names, with evidence; --by region counts by it', async () => {
  const docs = (await runCli(['text', '--format', 'jsonl', 'fixtures/seeds'])).stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    docs.map((d) => [d.meta.province ?? null, d.meta.city ?? null]),
    [
      ['甘肃省', '张掖市'],
      ['湖北省', '天门市'],
      [null, null],
      [null, null],
      ['浙江省', '衢州市'],
    ],
  );
  assert.match(docs[0].meta.regionEvidence, /^张掖 named \d+ times/);
  const by = async (what: string) =>
    (await runCli(['slogans', '--format', 'jsonl', '--by', what, 'fixtures/seeds'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((r) => r.slogan === '招大引强')
      .map((r) => `${r.bucket}:${r.documents}`)
      .sort();
  assert.deepEqual(await by('region'), ['unknown:2', '浙江省:1']);
  assert.deepEqual(await by('city'), ['unknown:2', '浙江省衢州市:1']);
});

test('--meta overrides date and region by file name', async () => {
  const meta = join(ROOT, 'test', 'data', 'meta.csv');
  const run = await runCli(['slogans', '--format', 'jsonl', '--by', 'region', '--meta', meta, 'fixtures/seeds']);
  assert.equal(run.status, 0, run.stderr);
  const rows = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((r) => r.slogan === '招大引强');
  assert.ok(
    rows.some((r) => r.bucket === '江西省'),
    JSON.stringify(rows),
  );
});

/** A cleaned document d{i}.txt with this text. */
function doc(i: number, text: string) {
  const item = [...documentsFromBytes(`d${i}.txt`, `d${i}.txt`, Buffer.from(text))][0];
  assert.ok(item.ok === true);
  return prepareDocument(item.doc);
}

const tools = new FindTools();

/** Count a document with what the slogan finder finds in it. */
function addFound(index: SloganIndex, d: ReturnType<typeof doc>): void {
  index.addDocument(d, findIn(d, { slogans: {} }, tools).slogans!);
}

test('memory ceiling: one-document quotes beyond it are forgotten oldest first; recurring ones keep exact counts', async () => {
  const index = new SloganIndex(undefined, { singletons: 20 });
  const once = (i: number) => `第${i}号文件提出“${String.fromCodePoint(0x4e00 + i * 7)}${String.fromCodePoint(0x4e80 + i * 5)}工作法”。`;
  for (let i = 0; i < 300; i++) addFound(index, doc(i, `${once(i)}会议强调“双招双引”。`));
  const quotedOnce = [...index.entries.values()].filter((e) => e.documents === 1 && e.key.endsWith('工作法'));
  assert.ok(quotedOnce.length > 0 && quotedOnce.length <= 20, `${quotedOnce.length} one-document quotes kept`);
  assert.ok(
    index.entries.has(`${String.fromCodePoint(0x4e00 + 299 * 7)}${String.fromCodePoint(0x4e80 + 299 * 5)}工作法`),
    'the newest is kept',
  );
  assert.ok(!index.entries.has(`${String.fromCodePoint(0x4e00)}${String.fromCodePoint(0x4e80)}工作法`), 'the oldest is gone');
  assert.equal(index.entries.get('双招双引')?.documents, 300);
});

test('ownCopy: the same characters, surrogates and all, for short and long strings (what it frees is measured by the bench, not here)', async () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
      assert.equal(ownCopy(s), s);
      const inLonger = `前文${s}后文`.slice(2, 2 + s.length);
      assert.equal(ownCopy(inLonger), s);
    }),
  );
});

test('sample budget: past it, the slogans in the fewest documents keep only their first sample; counts stay exact', async () => {
  const index = new SloganIndex(undefined, { samples: 100 });
  const coined = (k: number) => `${String.fromCodePoint(0x4e00 + k * 7)}${String.fromCodePoint(0x4e80 + k * 5)}工作法`;
  const pair = (i: number) => coined(i >> 1);
  const emerging = coined(900);
  // Each of 200 coined names is quoted in two documents and 双招双引 in all 400; the first name comes back in
  // documents 200–399, after it was trimmed; another is quoted once early (one sample: nothing to trim) and
  // then in 50 documents.
  for (let i = 0; i < 400; i++) {
    const again = i >= 200 ? `重申“${pair(0)}”。` : '';
    const late = i === 150 || (i >= 250 && i < 300) ? `推广“${emerging}”。` : '';
    addFound(index, doc(i, `第${i}号文件提出“${pair(i)}”。会议强调“双招双引”。${again}${late}`));
  }
  const entries = [...index.entries.values()];
  const beyondFirst = entries.reduce((n, e) => n + Math.max(0, (e.samples?.length ?? 0) - 1), 0);
  assert.ok(beyondFirst <= 100, `${beyondFirst} samples kept beyond the first`);
  const often = index.entries.get('双招双引');
  assert.equal(often?.documents, 400);
  // Samples are one per document, spread over all of them: the first, then every so many documents to the end.
  const spread = (key: string, documents: number) => {
    const files = index.entries.get(key)?.samples?.map((s) => Number(/d(\d+)/.exec(s.file)![1])) ?? [];
    assert.ok(files.length > 10 && files.length <= 20, `${key}: ${files.length} samples`);
    assert.equal(new Set(files).size, files.length, `${key}: one sample a document`);
    assert.ok(files.at(-1)! - files[0] > documents / 2, `${key}: samples from ${files[0]} to ${files.at(-1)}`);
    return files;
  };
  assert.equal(spread('双招双引', 400)[0], 0, 'the slogan in most documents keeps its samples, its first occurrence first');
  assert.equal(index.entries.get(emerging)?.documents, 51);
  spread(emerging, 51);
  const first = index.entries.get(pair(0));
  assert.equal(first?.documents, 202);
  spread(pair(0), 202);
  const names = entries.filter((e) => e.key.endsWith('工作法') && e.key !== pair(0) && e.key !== emerging);
  assert.equal(names.length, 199);
  assert.ok(
    names.every((e) => e.documents === 2 && e.occurrences === 2),
    'counts are exact',
  );
  assert.ok(
    names.some((e) => e.samples?.length === 1),
    'some names were trimmed to one sample',
  );
  assert.equal(index.entries.get(pair(2))?.samples?.length, 1, 'the oldest were trimmed first');
});

/** `width` characters that cleaning leaves as they are (simplified already): a different key for each n below 30^width. */
function keyOf(n: number, width: number): string {
  const chars = '一二三四五六七八九十上下左右中大小人口日月山水火木土金石田目';
  return Array.from({ length: width }, (_, k) => chars[Math.floor(n / 30 ** k) % 30]).join('');
}

const pairOf = (n: number) => keyOf(n, 2);

/** A document whose discovered n-grams are given: each word of `words` (Han characters, or '，'). */
function wordsDoc(i: number, words: readonly string[], date?: string) {
  const d = doc(i, words.join(''));
  Object.assign(d.meta, { date });
  const discovered: number[] = [];
  let at = 0;
  for (const w of words) {
    if (w !== '，') discovered.push(at, at + w.length);
    at += w.length;
  }
  assert.equal(d.text, words.join(''), 'cleaning left the words as they were');
  return { d, candidates: { found: [], discovered: Int32Array.from(discovered) } };
}

test('first sightings: an n-gram counted from its first document on, though it waits outside the entries until it recurs', async () => {
  const vocabulary = ['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '，'];
  const words = fc.array(fc.constantFrom(...vocabulary), { maxLength: 12 });
  const month = fc.option(fc.constantFrom('2024-01-05', '2024-02-06', '2025-03-07'), { nil: undefined });
  fc.assert(
    fc.property(fc.array(fc.tuple(words, month), { minLength: 1, maxLength: 8 }), (docs) => {
      const index = new SloganIndex('month');
      // What each n-gram's entry must hold, counted the plain way: every occurrence of every document.
      const expected = new Map<
        string,
        {
          occurrences: number;
          docs: Set<number>;
          lastDoc: number;
          dates: string[];
          left: string;
          right: string;
          leftEdges: number;
          rightEdges: number;
        }
      >();
      docs.forEach(([ws, date], i) => {
        const { d, candidates } = wordsDoc(i, ws, date);
        index.addDocument(d, candidates);
        ws.forEach((w, k) => {
          if (w === '，') return;
          const e = expected.get(w) ?? {
            occurrences: 0,
            docs: new Set(),
            lastDoc: -1,
            dates: [],
            left: '',
            right: '',
            leftEdges: 0,
            rightEdges: 0,
          };
          e.occurrences++;
          e.docs.add(i);
          e.lastDoc = i;
          if (date) e.dates.push(date);
          const before = ws[k - 1];
          const after = ws[k + 1];
          if (before && before !== '，') e.left += before[1];
          else e.leftEdges++;
          if (after && after !== '，') e.right += after[0];
          else e.rightEdges++;
          expected.set(w, e);
        });
      });
      const counted = new Map([...index.counted(1)].map((e) => [e.key, e]));
      assert.deepEqual([...counted.keys()].sort(), [...expected.keys()].sort());
      for (const [key, want] of expected) {
        const e = counted.get(key)!;
        const dates = [...want.dates].sort();
        assert.deepEqual(
          [e.occurrences, e.documents, e.lastDoc, e.firstDate, e.lastDate, e.left, e.right, e.leftEdges, e.rightEdges],
          [
            want.occurrences,
            want.docs.size,
            want.lastDoc,
            dates[0],
            dates.at(-1),
            want.left || undefined,
            want.right || undefined,
            want.leftEdges,
            want.rightEdges,
          ],
          key,
        );
        const months = [...(e.buckets?.values() ?? [])].reduce((n, b) => n + b.occurrences, 0);
        assert.equal(months, want.occurrences, `${key}: every occurrence in a month bucket`);
        // Located only from a second document on: at most DISCOVERED_SAMPLES (3) per later document.
        assert.ok((e.samples?.length ?? 0) <= 3 * (want.docs.size - 1), `${key}: no sample from its first document`);
      }
    }),
    { numRuns: 60 },
  );
});

test("first sightings: the discovered ceiling forgets the oldest document's first, in key order at the cut; a recurring n-gram is kept", async () => {
  const index = new SloganIndex(undefined, { discovered: 11 });
  // Each document: three n-grams of its own, not in key order, and 双招 (recurring).
  const own = (i: number) => [2, 0, 1].map((k) => pairOf(i * 3 + k));
  for (let i = 0; i < 100; i++) {
    const { d, candidates } = wordsDoc(i, ['双招', '，', ...own(i).flatMap((w) => [w, '，'])]);
    index.addDocument(d, candidates);
  }
  // The ceiling ran after document 99: 双招 and ten of the newest sightings stay (documents 97–99, and 96's largest key).
  const kept = [...index.counted(1)].map((e) => e.key);
  const want = ['双招', ...[97, 98, 99].flatMap(own), own(96).sort()[2]];
  assert.deepEqual(kept.sort(), want.sort());
  assert.equal(index.entries.get('双招')?.documents, 100);
});

test('first sightings: forgotten once 100 documents have passed without a second', async () => {
  const index = new SloganIndex();
  for (let i = 0; i < 200; i++) {
    const { d, candidates } = wordsDoc(i, [pairOf(i), '，', '双招']);
    index.addDocument(d, candidates);
  }
  // Pruned after document 199: sightings in documents 0–99 are gone, 100–199 wait.
  const kept = new Set([...index.counted(1)].map((e) => e.key));
  assert.ok(!kept.has(pairOf(99)) && kept.has(pairOf(100)));
  assert.equal(kept.size, 101);
});

test('first sightings: another finder finding a waiting n-gram makes its entry, with what discovery saw before', async () => {
  const index = new SloganIndex();
  const first = wordsDoc(0, ['丙丁', '甲乙', '，', '甲乙', '戊己']);
  index.addDocument(first.d, first.candidates);
  const quoted = doc(1, '推广“甲乙”。');
  const start = quoted.text.indexOf('甲乙');
  index.addDocument(quoted, {
    found: [{ key: '甲乙', kind: 'quoted', finder: 'quoted', start, end: start + 2 }],
    discovered: new Int32Array(0),
  });
  const e = index.entries.get('甲乙');
  assert.deepEqual([e?.occurrences, e?.documents, e?.left, e?.right, e?.leftEdges, e?.rightEdges], [3, 2, '丁', '戊', 1, 1]);
  assert.deepEqual(
    [...(e?.kinds ?? [])],
    [
      ['term', 2],
      ['quoted', 1],
    ],
  );
  // The first occurrence is located from the document its first sighting waited with; the quote's too.
  assert.deepEqual(
    e?.samples?.map((s) => s.file),
    ['d0.txt', 'd1.txt'],
  );
});

test('first sightings: slots are used again after forgetting, past the first thousand; counting after counted() goes on as before', async () => {
  const key = (n: number) => keyOf(n, 3);
  // Document i: ten n-grams of its own; from i = 50 on, the first of document i − 50 again, after its last word.
  const words = (i: number) => {
    const own = Array.from({ length: 10 }, (_, k) => key(i * 10 + k)).flatMap((w, k) => (k < 9 ? [w, '，'] : [w]));
    return i >= 50 ? [...own, key((i - 50) * 10)] : own;
  };
  const looked = new SloganIndex();
  const plain = new SloganIndex();
  for (let i = 0; i < 300; i++) {
    for (const index of [looked, plain]) {
      const { d, candidates } = wordsDoc(i, words(i));
      index.addDocument(d, candidates);
    }
    // Asking for the counts in the middle of a run must not change what follows.
    if (i === 5 || i === 150) Array.from(looked.counted(1));
  }
  for (let i = 0; i < 250; i++) {
    const e = plain.entries.get(key(i * 10));
    assert.deepEqual(
      [e?.documents, e?.occurrences, e?.lastDoc, e?.left, e?.leftEdges, e?.rightEdges],
      [2, 2, i + 50, key((i + 50) * 10 + 9)[2], 1, 2],
      key(i * 10),
    );
  }
  // Pruned after document 299: own n-grams of documents 0–199 are gone; 200–299 wait (nine each, ten for 250–299).
  const counted = [...plain.counted(1)];
  assert.equal(counted.length, 250 + 100 * 9 + 50);
  assert.ok(!counted.some((e) => e.key === key(199 * 10 + 1)) && counted.some((e) => e.key === key(200 * 10 + 1)));
  const summary = (index: SloganIndex) =>
    [...index.counted(1)].map((e) => JSON.stringify([e.key, e.documents, e.occurrences, e.left, e.right])).sort();
  assert.deepEqual(summary(looked), summary(plain));
});

test('ranking does not depend on the order slogans were first counted in (a slogan inside two as frequent)', async () => {
  // 补链强链 (known) sits inside 延链补链强链 (known) and 加快补链强链 (not), each as frequent: which of the two it is
  // judged against decided whether it stays. First sightings change when an entry is made, so the order must not matter;
  // on a tie the listed container is the one, and two listed slogans both stay.
  const lexicon = parseLexicon(['补链强链\tpatterned', '延链补链强链\tpatterned']);
  const counted = (key: string) => {
    const e = newEntry(key, 'patterned');
    for (let d = 0; d < 3; d++) {
      if (countOccurrence(e, d, 'patterned', 'lexicon', undefined))
        keepSample(e, { file: `d${d}.txt`, line: 1, column: 1, form: key, context: key });
    }
    return { entry: e };
  };
  const keys = ['补链强链', '延链补链强链', '加快补链强链'];
  const rows = (order: string[]) =>
    rankSlogans(order.map(counted), { lexicon, words: (key) => new Segmenter().segment(key) }).map((r) => r.slogan);
  const once = rows(keys);
  assert.ok(once.includes('补链强链') && once.includes('延链补链强链'), once.join(' '));
  assert.deepEqual(rows([...keys].reverse()), once);
  assert.deepEqual(rows([keys[0], keys[2], keys[1]]), once);
});

test('FirstSeen: a document is its id; seen in a later one, a sighting is handed back; sightings come in document order', async () => {
  const seen = new FirstSeen<{ id: number }>();
  assert.equal(seen.see('甲乙', { id: 3 }, '丙', undefined), undefined);
  assert.equal(seen.see('甲乙', { id: 3 }, undefined, '丁'), undefined);
  assert.deepEqual(seen.take('甲乙'), {
    key: '甲乙',
    doc: { id: 3 },
    occurrences: 2,
    left: '丙',
    right: '丁',
    leftEdges: 1,
    rightEdges: 1,
    start: 0,
    end: 0,
  });
  seen.see('戊己', { id: 5 }, '甲', undefined);
  seen.see('庚辛', { id: 5 }, undefined, undefined);
  // Seen again in document 6: handed back as it was in document 5, not counted, and no longer waiting.
  assert.deepEqual(seen.see('戊己', { id: 6 }, '乙', '丙'), {
    key: '戊己',
    doc: { id: 5 },
    occurrences: 1,
    left: '甲',
    right: undefined,
    leftEdges: 0,
    rightEdges: 1,
    start: 0,
    end: 0,
  });
  assert.equal(seen.take('戊己'), undefined);
  assert.throws(() => seen.see('壬癸', { id: 4 }, undefined, undefined), /out of document order/);
  assert.throws(() => seen.see('庚辛', { id: 4 }, undefined, undefined), /out of document order/);
  assert.equal(seen.size, 1);
});

test("segmentation: each piece's words are what the segmenter gives for the piece, at their offsets in the text", async () => {
  const segmenter = new Segmenter(['嵌链固链']);
  /** The pieces of one text, from its segmentation after a structured clone (as it crosses threads), against segmenting each piece. */
  const same = (text: string) => {
    let words = 0;
    for (const { from, piece, wordStarts } of segmentedPieces(text, structuredClone(segmentText(text, segmenter)))) {
      assert.equal(text.slice(from, from + piece.length), piece);
      assert.deepEqual(
        [...wordStarts],
        segmenter.segment(piece).map((t) => from + t.start),
        JSON.stringify(piece.slice(0, 40)),
      );
      words += wordStarts.length;
    }
    return words;
  };
  const lexicon = loadLexicon();
  let found = 0;
  for (const path of readdirSync(join(ROOT, 'fixtures', 'seeds')).map((f) => join(ROOT, 'fixtures', 'seeds', f))) {
    for (const item of documentsFromBytes(path, path, readFileSync(path))) {
      if (item.ok !== true) continue;
      const text = prepareDocument(item.doc).text;
      assert.ok(same(text) > 100, path);
      found += findCandidates(text, segmentText(text, segmenter), lexicon).found.length;
    }
  }
  assert.ok(found > 100, `${found} candidates in the seeds`);
  // Pieces without Han characters, lines longer than a piece with and without a clause mark to cut at, lone
  // surrogates, characters beyond the BMP, a segmenter's own word, and an empty text.
  const parts = fc.constantFrom(
    '招大引强',
    '延链补链强链',
    '，',
    '。',
    '\n',
    ' ',
    'GDP增长5%',
    '“四图五清单”',
    '嵌链固链',
    '\ud800',
    '\udc00',
    '𠮷',
    '推动高质量发展'.repeat(700),
    '推动高质量发展，'.repeat(600),
  );
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 30 }), (ps) => {
      same(ps.join(''));
    }),
    { numRuns: 100 },
  );
});

test('a segmentation of another text is refused, not searched', async () => {
  const segmentation = segmentText('要坚持招大引强，延链补链强链。\n第二行也有字。', new Segmenter());
  assert.throws(() => findCandidates('要坚持招大引强。', segmentation, loadLexicon()), /does not fit/);
});

test('Int32List: numbers pushed one or two at a time, past its first capacity, come back in order and exactly as many', async () => {
  fc.assert(
    fc.property(
      fc.nat(8),
      fc.array(fc.oneof(fc.integer(), fc.tuple(fc.integer(), fc.integer())), { maxLength: 200 }),
      (capacity, pushes) => {
        const list = new Int32List(capacity);
        for (const p of pushes) {
          if (Array.isArray(p)) list.push(p[0], p[1]);
          else list.push(p);
        }
        const expected = Int32Array.from(pushes.flat());
        assert.equal(list.length, expected.length);
        const numbers = list.toInt32Array();
        assert.deepEqual(numbers, expected);
        assert.ok(
          numbers.buffer.byteLength <= Math.max(8, 2 * numbers.byteLength),
          `${numbers.buffer.byteLength} bytes for ${numbers.length} numbers`,
        );
        // Taken, the list starts again and leaves what it handed out alone.
        list.push(7, 8);
        assert.deepEqual(numbers, expected);
        assert.deepEqual(list.toInt32Array(), Int32Array.of(7, 8));
      },
    ),
  );
});
