import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { runBin } from './helpers.js';
import { hostileCorpus, IMG, reportOf, SCRIPT } from './report-helpers.js';
import { escapeHtml, jsonForScript } from '../src/report/html/index.js';
import { html } from '../src/report/html/escape.js';
import { choosePeriod, periodsBetween } from '../src/report/html/periods.js';

test('report writes one self-contained page: no network, CSP by hash, data as escaped JSON', () => {
  const { run, file } = reportOf(['fixtures/seeds']);
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

test('report: stdout with -o -, exit status and summary line as the other commands', () => {
  const out = runBin(['report', 'fixtures/seeds/000_0b789b141790061d.txt', 'fixtures/seeds/001_23a96dd6fe00ae3e.txt', '-o', '-']);
  assert.equal(out.status, 0);
  assert.match(out.stdout, /^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
  assert.match(out.stderr, /policy-mine: 2 files, 2 documents read, 1 with warnings\n$/);
  const missing = reportOf(['fixtures/seeds', 'no-such-file.txt']);
  assert.equal(missing.run.status, 1);
  assert.ok(readFileSync(missing.file, 'utf8').includes('no-such-file.txt'), 'the header names the skipped file');
  const nothing = reportOf(['no-such-file.txt']);
  assert.equal(nothing.run.status, 2);
  assert.equal(existsSync(nothing.file), false, 'no report when nothing could be read');
});

test('report: usage errors exit 2; --help has an example', () => {
  assert.equal(runBin(['report', 'fixtures/seeds']).status, 2, '-o is required');
  assert.equal(runBin(['report', '--chart-top', '30', 'fixtures/seeds', '-o', '-']).status, 2);
  assert.equal(runBin(['report', 'fixtures/seeds', '-o', 'no-such-folder/report.html']).status, 2);
  const help = runBin(['report', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:\n {2}policy-mine report \.\/docs -o report\.html/);
});

test('hostile text: the raw page has no unescaped markup from the documents', () => {
  const { args } = hostileCorpus();
  const { run, file } = reportOf(args);
  assert.equal(run.status, 0, run.stderr);
  const page = readFileSync(file, 'utf8');
  assert.ok(!page.includes('<script>alert'), '<script>alert');
  assert.ok(!/<img\b/i.test(page), '<img');
  assert.ok(!/<svg onload/i.test(page), '<svg onload');
  assert.equal(page.match(/<script\b/g)?.length, 2, 'only the data block and the page script');
  // The payloads are there, escaped: in the charts' labels and in the JSON.
  assert.ok(page.includes('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;"'));
  assert.ok(page.includes(jsonForScript(SCRIPT).slice(1, -1)));
});

test('escaping helpers', () => {
  assert.equal(escapeHtml(IMG), '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(jsonForScript({ a: '</script><!--\u2028&' }), '{"a":"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026"}');
  assert.deepEqual(JSON.parse(jsonForScript({ a: '</script>\u2029' })), { a: '</script>\u2029' });
  assert.equal(html`<p title="${IMG}">${[SCRIPT, 1]}</p>`.text, '<p title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">&lt;script&gt;alert(1)&lt;/script&gt;1</p>');
});

test('timeline unit: month up to three years of dates, year beyond, or as asked', () => {
  assert.equal(choosePeriod('2021-01-05', '2023-12-31'), 'month');
  assert.equal(choosePeriod('2021-01-05', '2024-01-01'), 'year');
  assert.equal(choosePeriod('2021-01-05', '2021-02-01', 'year'), 'year');
  assert.deepEqual(periodsBetween('2021-11-30', '2022-02-01', 'month'), ['2021-11', '2021-12', '2022-01', '2022-02']);
  assert.deepEqual(periodsBetween('2019-11-30', '2021-02-01', 'year'), ['2019', '2020', '2021']);
});

test('without dates or regions the page says why there is no timeline or map, and draws no empty chart', () => {
  const run = runBin(['report', '-q', '-', '-o', '-'], { input: '国务院关于推进“放管服”改革的意见。要深化“放管服”改革，坚持“放管服”。' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /<p class="empty">No document has a date, so there is no timeline\.<\/p>/);
  assert.match(run.stdout, /<p class="empty">No map: no document names a region \(national texts get none\)\.<\/p>/);
  assert.doesNotMatch(run.stdout, /<figure|<svg/);
});
