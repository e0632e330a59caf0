import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { runCli } from './helpers.js';
import { hostileCorpus, IMG, reportInProcess, SCRIPT } from './report-helpers.js';
import { escapeHtml, jsonForScript } from '../src/report/html/index.js';
import { html } from '../src/report/html/escape.js';
import { choosePeriod, periodsBetween, periodStats } from '../src/report/html/periods.js';
import { showQuantity } from '../src/report/html/quantity-text.js';
import { logLikelihood } from '../src/report/html/keyness.js';
import { inputsTitle, PathNamer } from '../src/report/html/paths.js';
import { occurrenceAt } from '../src/extract/occurrence.js';
import { truncate } from '../src/report/cells.js';
import { documentsFromBytes, prepareDocument } from '../src/index.js';
import type { RowQuantity } from '../src/extract/directives/index.js';

test('report writes one self-contained page: no network, CSP by hash, data as escaped JSON', async () => {
  const { run, file } = await reportInProcess(['fixtures/seeds']);
  assert.equal(run.status, 0, run.stderr);
  const page = readFileSync(file, 'utf8');
  assert.match(page, /^<!DOCTYPE html>/);
  // Nothing is fetched: no external script, style sheet, font or image.
  assert.doesNotMatch(page, /<link\b|\bsrc=|https?:\/\/(?!www\.w3\.org\/)/);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
  assert.match(csp, /default-src 'none'/);
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1];
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
  assert.ok(csp.includes(`script-src ${sha(script)}`), 'the page script is allowed by its hash, nothing else');
  assert.ok(csp.includes(`style-src ${sha(style)}`));
  const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(page)![1]);
  assert.equal(data.slogans[0].slogan, '高质量发展');
  assert.ok(data.directives.length > 0);
});

test('report: stdout with -o -, exit status and summary line as the other commands', async () => {
  const out = await runCli(['report', 'fixtures/seeds/000_0b789b141790061d.txt', 'fixtures/seeds/001_23a96dd6fe00ae3e.txt', '-o', '-']);
  assert.equal(out.status, 0);
  assert.match(out.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  assert.match(out.stderr, /policy-mine: 2 files, 2 documents read, 1 with warnings\n$/);
  const missing = await reportInProcess(['fixtures/seeds', 'no-such-file.txt']);
  assert.equal(missing.run.status, 1);
  assert.ok(readFileSync(missing.file, 'utf8').includes('no-such-file.txt'), 'the header names the skipped file');
  const nothing = await reportInProcess(['no-such-file.txt']);
  assert.equal(nothing.run.status, 2);
  assert.equal(existsSync(nothing.file), false, 'no report when nothing could be read');
});

test('report: usage errors exit 2; --help has an example', async () => {
  assert.equal((await runCli(['report', 'fixtures/seeds'])).status, 2, '-o is required');
  assert.equal((await runCli(['report', '--chart-top', '30', 'fixtures/seeds', '-o', '-'])).status, 2);
  assert.equal((await runCli(['report', 'fixtures/seeds', '-o', 'no-such-folder/report.html'])).status, 2);
  const help = await runCli(['report', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:\n {2}policy-mine report \.\/docs -o report\.html/);
});

test('hostile text: the raw page has no unescaped markup from the documents', async () => {
  const { args } = hostileCorpus();
  const { run, file } = await reportInProcess(args);
  assert.equal(run.status, 0, run.stderr);
  const page = readFileSync(file, 'utf8');
  assert.ok(!page.includes('<script>alert'), '<script>alert');
  assert.ok(!/<img\b/i.test(page), '<img');
  assert.ok(!/<svg onload/i.test(page), '<svg onload');
  assert.equal(page.match(/<script\b/g)?.length, 2, 'only the data block and the page script');
  // The payloads are there, escaped: in the charts' labels and in the JSON.
  assert.ok(page.includes('aria-label="&lt;script&gt;alert(1)&lt;/script&gt; · '));
  assert.ok(page.includes(jsonForScript(SCRIPT).slice(1, -1)));
});

test('escaping helpers', async () => {
  assert.equal(escapeHtml(IMG), '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(jsonForScript({ a: '</script><!--\u2028&' }), '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
  assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2029' })), { a: '</script>\u2029' });
  assert.equal(
    html`<p title="${IMG}">${[SCRIPT, 1]}</p>`.text,
    '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;1</p>',
  );
});

test('timeline unit: month up to three years of dates, year beyond, or as asked', async () => {
  assert.equal(choosePeriod('2021-01-05', '2023-12-31'), 'month');
  assert.equal(choosePeriod('2021-01-05', '2024-01-01'), 'year');
  assert.equal(choosePeriod('2021-01-05', '2021-02-01', 'year'), 'year');
  assert.deepEqual(periodsBetween('2021-11-30', '2022-02-01', 'month'), ['2021-11', '2021-12', '2022-01', '2022-02']);
  assert.deepEqual(periodsBetween('2019-11-30', '2021-02-01', 'year'), ['2019', '2020', '2021']);
});

test('without dates or regions the page says why there is no timeline or map, and draws no empty chart', async () => {
  const run = await runCli(['report', '-q', '-', '-o', '-'], {
    input: '国务院关于推进“放管服”改革的意见。要深化“放管服”改革，坚持“放管服”。',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<p class="empty">No time chart: no document has a date\.<\/p>/);
  assert.match(run.stdout, /<p class="empty">No map: no document names a region \(national texts get none\)\.<\/p>/);
  assert.doesNotMatch(run.stdout, /<figure|<svg/);
});

test('quantities as parsed: comparators as signs, ranges with an en dash, 万 and 亿, and why a value is missing', async () => {
  const q = (
    text: string,
    kind: string,
    low: number | null,
    high: number | null,
    comparator: string,
    unit: string | null,
    date?: string | null,
  ) =>
    showQuantity({
      text,
      kind,
      value: comparator === 'range' ? null : low,
      low,
      high,
      comparator,
      unit,
      ...(date !== undefined ? { date } : {}),
    } as RowQuantity);
  assert.equal(q('7%以上', 'rate', 7, 7, 'at_least', '%').shown, '≥ 7%');
  assert.equal(q('5%以内', 'rate', 5, 5, 'at_most', '%').shown, '≤ 5%');
  assert.equal(q('5%左右', 'rate', 5, 5, 'about', '%').shown, '≈ 5%');
  assert.equal(q('5%—5.5%', 'rate', 5, 5.5, 'range', '%').shown, '5–5.5%');
  assert.equal(q('1.24万亿元', 'amount', 1.24e12, 1.24e12, 'exact', '元').shown, '1.24万亿元');
  assert.equal(q('2550亿元', 'amount', 2.55e11, 2.55e11, 'exact', '元').shown, '2550亿元');
  assert.equal(q('3000至5000亿元', 'amount', 3e11, 5e11, 'range', '元').shown, '3000–5000亿元');
  assert.equal(q('50万人以上', 'count', 5e5, 5e5, 'at_least', '人').shown, '≥ 50万人');
  assert.equal(q('到2030年', 'deadline', null, null, 'at_most', 'date', '2030-12-31').shown, 'by 2030-12-31');
  const undated = q('年底前', 'deadline', null, null, 'at_most', 'date', null);
  assert.equal(undated.shown, '');
  assert.match(undated.missing ?? '', /no date/);
  assert.match(q('一带一路', 'formula', null, null, 'exact', null).missing ?? '', /named formula/);
  // Numbers sort as numbers: 10% after 2%.
  assert.ok(q('10%', 'rate', 10, 10, 'exact', '%').sort! > q('2%', 'rate', 2, 2, 'exact', '%').sort!);
});

test('keyness: log-likelihood G², signed, 0 where the rates are equal', async () => {
  assert.ok(Math.abs(logLikelihood(10, 1000, 10, 10000) - 22.212) < 0.001);
  assert.ok(logLikelihood(1, 1000, 100, 10000) < 0, 'less frequent in the part: negative');
  assert.equal(logLikelihood(5, 100, 5, 100), 0);
});

test('periods: documents per period, few documents and a partial last period marked', async () => {
  const doc = (date: string, characters = 100) => ({ name: date, line: 1, title: '', date, characters });
  const docs = [...Array(40)]
    .map((_, i) => doc(`2022-0${1 + (i % 9)}-10`))
    .concat(
      [...Array(40)].map(() => doc('2023-05-01')),
      [doc('2024-03-02')],
    );
  const stats = periodStats(docs, ['2022', '2023', '2024'], 'year');
  assert.deepEqual(
    stats.map((s) => [s.period, s.documents, s.flag]),
    [
      ['2022', 40, ''],
      ['2023', 40, ''],
      ['2024', 1, 'partial'],
    ],
  );
  const monthly = periodStats(
    [...Array(30)].map(() => doc('2024-01-05')).concat([doc('2024-02-27'), ...[...Array(30)].map(() => doc('2024-03-30'))]),
    ['2024-01', '2024-02', '2024-03'],
    'month',
  );
  assert.deepEqual(
    monthly.map((s) => s.flag),
    ['', 'few', ''],
  );
});

test("paths are shown relative to the input folder, never the machine's", async () => {
  const namer = new PathNamer([
    { path: '/data/corpora/xwlb', folder: true, label: 'xwlb' },
    { path: 'docs/one.txt', folder: false, label: 'one.txt' },
  ]);
  assert.equal(namer.show('/data/corpora/xwlb/2022/0101.txt'), '2022/0101.txt');
  assert.equal(namer.show('docs/one.txt'), 'one.txt');
  assert.equal(namer.show('/elsewhere/x.txt'), 'x.txt');
  assert.equal(namer.scrub('repeats /data/corpora/xwlb/a.txt'), 'repeats a.txt');
  assert.equal(inputsTitle([{ path: '.', folder: true, label: 'gwr-provincial-2026' }]), 'gwr-provincial-2026');
});

test('a slogan context: at least 30 characters each side, cut at punctuation', async () => {
  const before = '第一句话在这里结束。这是一段足够长的前文，用来检验上下文是否至少保留三十个字符并且在标点处切开，';
  const after = '，后面还有一段足够长的文字用来检验右侧的上下文是否同样至少三十个字符并在标点处结束。再后面的句子不应出现。';
  const [item] = [...documentsFromBytes('c.txt', 'c.txt', Buffer.from(`${before}高质量发展${after}`))];
  assert.ok(item.ok === true);
  const doc = prepareDocument(item.doc);
  const start = doc.text.indexOf('高质量发展');
  const { context } = occurrenceAt(doc, start, start + 5);
  const [left, right] = context.split(/【高质量发展】/);
  assert.ok(left.length >= 30 && right.length >= 30, context);
  assert.match(left, /^这是一段/, 'starts after a punctuation mark');
  assert.match(right, /[，。]$/, 'ends at one');
  assert.equal(truncate(context, 20, 'around').includes('【高质量发展】'), true, 'a table keeps the match in sight');
});
