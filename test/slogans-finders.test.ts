/**
 * The slogan finders on sentences of our own: established formulations,
 * series across 、, quoted names with the word they name, families of
 * variants, and the stop list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentsFromBytes } from '../src/read/read-documents.js';
import { prepareDocument } from '../src/pipeline.js';
import { mineSlogans, type SloganRow } from '../src/extract/slogans/index.js';
import { findSeries } from '../src/extract/slogans/series.js';
import { findQuoted } from '../src/extract/slogans/quoted.js';
import { familiesOf, partsOf } from '../src/extract/slogans/families.js';
import { BoundaryFlags } from '../src/extract/slogans/types.js';

/** Cleaned documents d0, d1, … of these texts. */
function docs(texts: string[]) {
  return texts.map((text, i) => {
    const item = [...documentsFromBytes(`d${i}.txt`, `d${i}.txt`, Buffer.from(text))][0];
    assert.ok(item.ok === true);
    return prepareDocument(item.doc);
  });
}

const rowsOf = (texts: string[], options = {}) => mineSlogans(docs(texts), { minDocs: 2, ...options });
const find = (rows: SloganRow[], slogan: string) => rows.find((r) => r.slogan === slogan);

test('the established formulations the news uses are found (each in sentences of our own, in two documents)', () => {
  const sentences = [
    '会议强调，要团结奋斗实现中华民族伟大复兴，推进高水平对外开放，解决群众急难愁盼问题。',
    '要树立正确政绩观，加快建设西部陆海新通道，培育和践行社会主义核心价值观，畅通国内国际双循环。',
    '坚决反对形式主义、官僚主义，一体推进不敢腐、不能腐、不想腐，常态化开展扫黑除恶斗争。',
  ];
  const rows = rowsOf([sentences.join(''), `省委指出，${sentences.join('')}`]);
  for (const slogan of [
    '中华民族伟大复兴',
    '高水平对外开放',
    '急难愁盼',
    '政绩观',
    '西部陆海新通道',
    '社会主义核心价值观',
    '国内国际双循环',
    '形式主义、官僚主义',
    '不敢腐、不能腐、不想腐',
    '扫黑除恶',
  ]) {
    assert.equal(find(rows, slogan)?.documents, 2, `${slogan}: ${rows.map((r) => r.slogan).join(' ')}`);
  }
});

test('series across 、 whose items share a shape; lists of different things are not series', () => {
  const series = (text: string) => {
    // Every character a word boundary: the test is of the shapes, not of jieba.
    const starts = Array.from({ length: text.length }, (_, i) => i);
    return findSeries(text, new BoundaryFlags(text.length, starts)).map((c) => c.key);
  };
  assert.deepEqual(series('要稳就业、稳企业、稳市场、稳预期。'), ['稳就业、稳企业、稳市场、稳预期']);
  assert.deepEqual(series('坚持人民至上、生命至上。'), ['人民至上、生命至上']);
  assert.deepEqual(series('坚决反对形式主义、官僚主义作风。'), ['形式主义、官僚主义']);
  assert.deepEqual(series('北京、上海、广州三地；教育、医疗、养老。'), []);
  // A last item ending in a joining word leads on to more of the list; items that all end so are the series' own.
  assert.deepEqual(series('向各民主党派、各人民团体和无党派人士致以问候。'), []);
  assert.deepEqual(series('促进男女平等、民族平等、区域平等。'), ['男女平等、民族平等、区域平等']);
});

test('a quoted name is found with the word it names; alone, it is found alone', () => {
  const q = (text: string) => findQuoted(text).map((c) => [c.key, c.kind]);
  assert.deepEqual(q('实施“人工智能+”行动'), [['人工智能+行动', 'quoted']]);
  assert.deepEqual(q('推进“东数西算”工程，整治“内卷式”竞争'), [
    ['东数西算工程', 'quoted'],
    ['内卷式竞争', 'quoted'],
  ]);
  assert.deepEqual(q('发展“人工智能+”。'), [['人工智能+', 'quoted']]);
  // A number word in quotes is a formula, not an idiom to throw out.
  const rows = rowsOf(['外贸“新三样”出口增长。', '推动“新三样”产品走出去。']);
  assert.equal(find(rows, '新三样')?.documents, 2, rows.map((r) => r.slogan).join(' '));
});

test('families: the same parts in another order, or some of them, are one family; --families folds them, documents counted once', () => {
  assert.deepEqual(partsOf('延链补链强链'), ['延链', '补链', '强链']);
  assert.deepEqual(partsOf('稳就业、稳企业'), ['稳就业', '稳企业']);
  assert.equal(partsOf('高质量发展'), undefined);
  const row = (slogan: string, documents: number) => ({ slogan, documents }) as SloganRow;
  assert.deepEqual(
    familiesOf([row('延链补链强链', 5), row('强链补链延链', 2), row('补链强链', 3), row('建链延链补链强链', 1), row('招大引强', 4)]),
    ['延链补链强链', '延链补链强链', '延链补链强链', '延链补链强链', ''],
  );
  const texts = ['要“延链补链强链”。', '要“强链补链延链”。', '要“延链补链强链”，更要“补链强链”。', '抓好“补链强链”。'];
  const folded = rowsOf(texts, { families: true, minDocs: 1 });
  const family = find(folded, '延链补链强链');
  assert.ok(family, folded.map((r) => r.slogan).join(' '));
  assert.equal(family.documents, 4, 'the union of the documents of its variants');
  // 强链补链, a listed slogan, stands inside 强链补链延链 and joins the family too.
  assert.deepEqual(family.members, ['延链补链强链', '强链补链', '强链补链延链', '补链强链']);
  assert.equal(find(folded, '补链强链'), undefined, 'a member is folded into its family');
});

test("the stop list: bundled phrases and patterns never rank; a user's own list is added with --stoplist", () => {
  const texts = ['经国务院同意，现将有关事项通知如下，要推进“双招双引”。', '经国务院同意，要推进“双招双引”。'];
  assert.ok(!rowsOf(texts).some((r) => r.slogan === '经国务院'));
  const dir = mkdtempSync(join(tmpdir(), 'policy-mine-stop-'));
  try {
    const list = join(dir, 'stop.tsv');
    writeFileSync(list, '# ours\n双招双引\tnot wanted here\n');
    assert.ok(find(rowsOf(texts), '双招双引'));
    assert.equal(find(rowsOf(texts, { stoplistFiles: [list] }), '双招双引'), undefined);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rank: documents × weight, the weight and its reason on every row', () => {
  const rows = rowsOf(['推动高质量发展，推进“双招双引”，抓好安全生产。', '推动高质量发展，推进“双招双引”，抓好安全生产。']);
  for (const r of rows) assert.equal(r.score, Math.round(r.documents * r.weight * 1000) / 1000, r.slogan);
  assert.equal(find(rows, '高质量发展')?.weightReason, 'core');
  assert.equal(find(rows, '安全生产')?.weightReason, 'generic');
});

test('--min-docs 0: every lexicon entry is listed, found or not (those not found with 0 documents)', () => {
  const rows = mineSlogans(docs(['推动高质量发展。']), { minDocs: 1, listAll: true });
  assert.equal(find(rows, '高质量发展')?.documents, 1);
  assert.equal(find(rows, '扫黑除恶')?.documents, 0);
  assert.ok(rows.findIndex((r) => r.documents === 0) > rows.findIndex((r) => r.slogan === '高质量发展'), 'the ones found come first');
});
