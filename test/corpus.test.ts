/**
 * What counts as a document: metadata tables that fail loudly, duplicates read
 * once, lines repeated across a corpus removed, dates at their precision,
 * bulletins split into items.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseMetaTable, readDate, MetaTableError } from '../src/corpus/meta-table.js';
import { CorpusSurvey } from '../src/corpus/survey.js';
import { itemSpans } from '../src/read/items.js';
import { readDocuments } from '../src/run.js';
import { kwic, slogans } from '../src/index.js';
import { ROOT } from './helpers.js';

const doc = (path: string) => ({ path, name: path });
const codes = (t: ReturnType<typeof parseMetaTable>) => t.messages.map((m) => `${m.line ?? '-'}: ${m.text}`);

test('--meta: GBK bytes, semicolons and tabs are read; a year or a month is a date at its precision', () => {
  const gbk = parseMetaTable(iconv.encode('文件,日期,地区\n报告.txt,2026年3月9日,浙江省杭州市\n', 'gbk'), 'meta.csv');
  assert.deepEqual(gbk.lookup(doc('docs/报告.txt')), {
    date: '2026-03-09',
    datePrecision: 'day',
    province: '浙江省',
    city: '杭州市',
    regionEvidence: '--meta meta.csv',
  });
  const semicolons = parseMetaTable(Buffer.from('file;date\na.txt;2026\nb.txt;2026-03\n'), 'm.csv');
  assert.deepEqual(semicolons.lookup(doc('a.txt')), { date: '2026', datePrecision: 'year' });
  assert.deepEqual(semicolons.lookup(doc('x/b.txt')), { date: '2026-03', datePrecision: 'month' });
  assert.deepEqual(codes(semicolons), []);
  assert.equal(readDate('Mar 9 2026'), '2026-03-09');
  assert.equal(readDate('9 March 2026'), '2026-03-09');
  assert.equal(readDate('soon'), undefined);
});

test('--meta: the corpora index.tsv is read with --meta-columns; unknown columns and bad dates are named with their line', () => {
  const tsv =
    'file\tprovince\ttitle\tpublish_date\tsource_url\n2026_广东省.txt\t广东省\t报告\t2026-01-26\thttp://x\n2026_湖南省.txt\t湖南省\t报告\tlast spring\thttp://y\n';
  const table = parseMetaTable(Buffer.from(tsv), 'index.tsv', { date: 'publish_date' });
  assert.deepEqual(table.lookup(doc('corpus/2026_广东省.txt'))?.date, '2026-01-26');
  assert.deepEqual(codes(table), [
    '1: columns not used: source_url (known: file, date, region, province, city, title, source; map others with --meta-columns)',
    '3: cannot read the date "last spring" (write 2026-03-09, 2026-03 or 2026)',
  ]);
  assert.throws(() => parseMetaTable(Buffer.from('name,date\na.txt,2026\n'), 'm.csv'), MetaTableError);
});

test('--meta: rows that match nothing, and documents matched twice, are reported; no match at all is an error', () => {
  const table = parseMetaTable(Buffer.from('file,date\na.txt,2026-01-01\nmissing.txt,2026-01-02\n'), 'm.csv');
  table.lookup(doc('one/a.txt'));
  table.lookup(doc('two/a.txt'));
  const { messages, matchedNone } = table.finish();
  assert.equal(matchedNone, false);
  assert.deepEqual(
    messages.map((m) => `${m.line}: ${m.text}`),
    ['2: row for "a.txt" matches more than one document (the second: two/a.txt)', '3: row for "missing.txt" matches no document read'],
  );
  const none = parseMetaTable(Buffer.from('file,date\nx.txt,2026\n'), 'm.csv').finish();
  assert.equal(none.matchedNone, true);
  assert.equal(none.messages.at(-1)?.severity, 'error');
});

/** A corpus of `n` documents in memory, each with its own text and the lines given. */
function survey(texts: string[], options = {}) {
  const s = new CorpusSurvey(options);
  texts.forEach((text, i) => s.add({ name: `d${i}`, text }));
  return s;
}

test('repeated lines: a line in 30% of 10 or more documents is chrome; a common phrase inside lines is not', () => {
  const footer = '本网站所载文章版权归原作者所有，转载请注明出处。';
  const texts = Array.from(
    { length: 10 },
    (_, i) => `第${i}篇新闻\n全市推进高质量发展，第${i}个项目开工。\n${i < 3 ? footer : `第${i}篇完。`}`,
  );
  const s = survey(texts);
  assert.deepEqual(
    [...s.repeatedLines().values()].map((l) => [l.text, l.documents]),
    [[footer, 3]],
  );
  assert.deepEqual(s.repeatedLinesOf(texts[0]), [2]);
  assert.deepEqual(s.repeatedLinesOf(texts[5]), []);
  // Nine documents are too few to tell chrome from a coincidence.
  assert.equal(survey(texts.slice(0, 9)).repeatedLines().size, 0);
  assert.equal(survey(texts, { keepRepeated: true }).repeatedLines().size, 0);
});

test('duplicates: a byte copy, and a page and its text copy with other chrome, are read once, the first kept', () => {
  const body = '张掖市召开招商引资推进会，要求全力推进招大引强，力争全年引进项目30个。张掖各地干部群众表示，要坚定信心，真抓实干。';
  const s = survey([
    `首页 > 新闻\n${body}`,
    '另一篇文章，讲述别的事情，与前文毫不相干，全市推进乡村振兴。',
    body,
    `${body}\n来源：张掖日报`,
  ]);
  assert.deepEqual(
    [0, 1, 2, 3].map((i) => s.duplicateOfIndex(i)),
    [undefined, undefined, 0, 0],
  );
  const kept = survey([body, body], { keepDuplicates: true });
  assert.equal(kept.duplicateOfIndex(1), undefined);
});

test('reading a corpus: data files and copies left out and named; a year in a file name dates a document at year precision', async () => {
  const docs = [];
  for await (const item of readDocuments([join(ROOT, 'test', 'data', 'corpus')])) if (item.ok) docs.push(item.doc);
  const names = docs.map((d) => d.name.replace(/^.*corpus\//, ''));
  assert.ok(!names.some((n) => n.endsWith('index.tsv') || n.startsWith('copies/')), names.join(' '));
  assert.equal(names.filter((n) => n.startsWith('00_张掖')).length, 1);
  const report = docs.find((d) => d.name.endsWith('2019_工作报告.txt'));
  assert.deepEqual([report?.meta.date, report?.meta.datePrecision], ['2019', 'year']);
});

test('bulletins: split at the deepest heading level that repeats; a document of one title and its parts is not split', () => {
  const bulletin = '# 联播\n\n## 摘要\n\n1.甲；\n\n### 甲\n\n正文一。\n\n### 乙\n\n正文二。\n\n### 丙\n\n正文三。\n';
  assert.deepEqual(
    itemSpans(bulletin, 'auto').map((s) => [s.line, s.title ?? null]),
    [
      [1, null],
      [7, '甲'],
      [11, '乙'],
      [15, '丙'],
    ],
  );
  assert.deepEqual(itemSpans('# 报告\n\n## 一、回顾\n\n正文。\n\n## 二、安排\n\n正文。\n', 'auto'), []);
  assert.equal(itemSpans('# 报告\n\n## 一、回顾\n\n正文。\n\n## 二、安排\n\n正文。\n', 'heading').length, 3);
  assert.deepEqual(itemSpans(bulletin, 'none'), []);
});

test("bulletins: each item is a document with its own title and region, and positions stay the file's", async () => {
  const bulletin = join(ROOT, 'test', 'data', 'corpus', 'bulletin.md');
  const { summary } = await slogans([bulletin], { minDocs: 1 });
  assert.deepEqual(summary.split, { files: 1, items: 3 });
  const docs = [];
  for await (const item of readDocuments([bulletin])) if (item.ok) docs.push(item.doc);
  assert.deepEqual(
    docs.map((d) => [d.meta.title, d.meta.province ?? null, d.meta.city ?? null, d.meta.date]),
    [
      ['福建厦门推进高水平对外开放', '福建省', '厦门市', '2024-05-20'],
      ['甘肃张掖加快建设生态工业园', '甘肃省', '张掖市', '2024-05-20'],
      ['国务院常务会议部署稳就业工作', null, null, '2024-05-20'],
    ],
  );
  const { rows } = await kwic('高水平对外开放', [bulletin]);
  assert.deepEqual(
    rows.map((r) => [r.line, r.column]),
    [
      [13, 11],
      [15, 13],
    ],
  );
});
