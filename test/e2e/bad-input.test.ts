/**
 * Bad input is normal input: a corpus of broken files is made at test time
 * (nothing large is committed) and every command must read the rest, report
 * each bad file in one line naming it, count it in the summary, and exit 1.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import fc from 'fast-check';
import { ROOT, runBin, runBinMeasured } from '../helpers.js';
import { createDocument, locate } from '../../src/document.js';
import { documentsFromBytes } from '../../src/read/read-documents.js';
import { prepareDocument } from '../../src/pipeline.js';
import { extractDirectives } from '../../src/extract/directives/index.js';
import { mineSlogans } from '../../src/extract/slogans/index.js';

const seed = readFileSync(join(ROOT, 'fixtures', 'seeds', '004_7c11dd2c7fd5fdc1.txt'), 'utf8');
const seedPlain = '要加快发展，力争引资160亿元，确保年内完成。招商引资工作要做实。';
let dir: string;
let corpus: string;
const asRoot = process.getuid?.() === 0;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-mine-bad-'));
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const put = (name: string, data: string | Buffer) => writeFileSync(join(corpus, name), data);
  put('01-empty.txt', '');
  put('02-whitespace.txt', ' \n\t\n   \n');
  put('03-image.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]));
  put('04-doc.pdf', Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n', 'latin1'));
  put('05-gbk-page.html', iconv.encode(`<html><body><p>${seedPlain}</p></body></html>`, 'gbk'));
  put('06-big5.txt', iconv.encode('要加快發展，力爭引資160億元，確保年內完成。招商引資工作要做實。', 'big5'));
  put('07-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedPlain, 'utf16le')]));
  put(
    '08-invalid-utf8.txt',
    Buffer.concat([Buffer.from(seedPlain.repeat(20)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(seedPlain.repeat(20))]),
  );
  put('09-only-chrome.txt', '联系我们 | 关于我们 | 版权申明 | 网站地图\n版权所有:某某市人民政府 ICP备12345678号-1\n扫描二维码\n');
  put('10-all-mojibake.txt', '锟斤拷锟斤拷锟斤拷锟斤拷\n\ufffd\ufffd\ufffd\ufffd\n');
  put('11-unclosed.html', `<html><body><div><p>${seedPlain}<p>第二段<script>${'x=1;'.repeat(250_000)}</script><p>${seedPlain}`);
  put(
    '12-records.jsonl',
    `{"id":"r1","content":"${seedPlain}"}\n[1,2,3]\n{"id":"r3","text":"${seedPlain}"}\n{"id":"r4","content":"truncat`,
  );
  put('13-名字 有空格.txt', seed);
  mkdirSync(join(corpus, '14-locked'));
  put('14-locked/inside.txt', seedPlain);
  chmodSync(join(corpus, '14-locked'), 0o000);
  symlinkSync(join(corpus, 'no-such-target.txt'), join(corpus, '15-dangling.txt'));
  symlinkSync(corpus, join(corpus, '16-loop'));
  symlinkSync(join(corpus, '17-self'), join(corpus, '17-self'));
  // 50 MB on one line, as a page saved without line breaks; it mentions the kwic term once, at the end.
  const filler = '各地区各部门要加快推进重点项目建设，';
  put('18-long-line.txt', `${filler.repeat(Math.ceil((50 * 2 ** 20) / (3 * filler.length)))}招商引资。`);
});

after(() => {
  chmodSync(join(corpus, '14-locked'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

let kwicResult: ReturnType<typeof runBin> | undefined;
/** One kwic run over the whole bad corpus, shared by the tests that read it (the 50 MB line takes seconds). */
function kwicRun() {
  // The corpus holds one sentence in many encodings and formats: copies, kept so that each is read.
  kwicResult ??= runBin(['kwic', '招商引资', '--format', 'json', '--keep-duplicates', corpus, join(dir, 'missing.txt')], { cwd: dir });
  return kwicResult;
}

test("every bad input gets one message naming it; the rest is read; kwic's exit status 2 (an input could not be read, as grep)", () => {
  const run = kwicRun();
  assert.equal(run.status, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  const line = (name: string) => lines.filter((l) => l.includes(name));
  const expect = (name: string, pattern: RegExp) => {
    const found = line(name);
    assert.ok(found.length >= 1 && found.every((l) => pattern.test(l)), `${name}: ${found.join(' / ') || 'no message'}`);
  };
  expect('01-empty.txt', /warning \[empty\] empty file/);
  expect('02-whitespace.txt', /warning \[empty\] empty file/);
  // Met while walking a folder, a binary file is not a document: skipped with a note, as ripgrep does.
  expect('03-image.png', /info \[not-a-document\] skipped: binary file \(PNG image\)/);
  expect('04-doc.pdf', /info \[not-a-document\] skipped: binary file \(PDF document\)/);
  expect('08-invalid-utf8.txt', /warning \[invalid-bytes\] \d+ byte sequence\(s\) are not valid utf-8/);
  expect('09-only-chrome.txt', /warning \[empty\] no article text left/);
  expect('10-all-mojibake.txt', /warning \[mojibake\]/);
  expect('12-records.jsonl', /error \[malformed-record\] line (2 is not a JSON object|4 is not valid JSON)/);
  assert.equal(line('12-records.jsonl').length, 2);
  expect('15-dangling.txt', /error \[not-found\] dangling symbolic link/);
  expect('16-loop', /error \[unreadable\] symbolic link loop/);
  expect('17-self', /error \[unreadable\] symbolic link loop/);
  expect('18-long-line.txt', /warning \[long-line\] line of [\d,]+ characters; read in slices/);
  expect('missing.txt', /error \[not-found\] no such file or folder/);
  if (!asRoot) expect('14-locked', /error \[unreadable\] cannot list folder \(EACCES\)/);
  for (const ok of ['05-gbk-page.html', '06-big5.txt', '07-utf16.txt', '11-unclosed.html', '13-名字 有空格.txt'])
    assert.equal(line(ok).filter((l) => / error /.test(l)).length, 0, ok);
  const out = JSON.parse(run.stdout);
  const files = new Set(out.rows.map((r: { file: string }) => r.file.replace(/#.*/, '').replace(/^.*corpus\//, '')));
  for (const f of [
    '05-gbk-page.html',
    '06-big5.txt',
    '07-utf16.txt',
    '08-invalid-utf8.txt',
    '11-unclosed.html',
    '12-records.jsonl',
    '13-名字 有空格.txt',
    '18-long-line.txt',
  ])
    assert.ok(files.has(f), `${f} produced results`);
  assert.ok(out.rows.some((r: { file: string }) => r.file.endsWith('#r3')));
  assert.ok(!out.rows.some((r: { file: string }) => r.file.endsWith('#r4')));
});

test('nothing readable is dropped: the summary accounts for every input', () => {
  const out = JSON.parse(kwicRun().stdout);
  const seen = new Set<string>(out.summary.paths.map((p: string) => p.replace(/^.*corpus\//, '')));
  const inputs = readdirSync(corpus).filter((n) => n !== '14-locked' || !asRoot);
  for (const name of inputs) {
    const expected = name === '14-locked' ? '14-locked' : name;
    assert.ok(
      [...seen].some((p) => p === expected || p.startsWith(`${expected}/`)),
      `${name} not in summary`,
    );
  }
  assert.ok(seen.has('missing.txt') || [...seen].some((p) => p.endsWith('missing.txt')));
  const skipped = out.summary.skipped.map((s: { code: string }) => s.code).sort();
  assert.deepEqual(skipped.filter((c: string) => c !== 'unreadable' || true).length, out.summary.skipped.length);
  assert.ok(out.summary.withWarnings >= 6);
});

test('only bad inputs: exit status 2', () => {
  const run = runBin(['slogans', join(corpus, '03-image.png'), join(dir, 'missing.txt')]);
  assert.equal(run.status, 2);
});

test('the 50 MB single line completes with bounded memory', () => {
  const file = join(corpus, '18-long-line.txt');
  const MB = 2 ** 20;
  // The text is 17 M characters: 34 MB as the original and again as the cleaned text, and about 50 MB more as the JSON line.
  const text = runBinMeasured(['text', '--format', 'jsonl', file], { cwd: dir });
  assert.equal(text.status, 0);
  const doc = JSON.parse(text.stdout);
  assert.ok(doc.text.length > 15_000_000);
  assert.equal(doc.messages[0].code, 'long-line');
  assert.ok(text.peakRss < 512 * MB, `text: peak ${(text.peakRss / MB).toFixed(0)} MB`);
  const kwic = runBinMeasured(['kwic', '招商引资', '--format', 'jsonl', file], { cwd: dir });
  assert.equal(kwic.status, 0, kwic.stderr);
  assert.equal(kwic.stdout.trim().split('\n').length, 1);
  assert.ok(kwic.peakRss < 384 * MB, `kwic: peak ${(kwic.peakRss / MB).toFixed(0)} MB`);
});

test('slogans and directives run over the bad corpus (the 50 MB line is left to kwic and the bench: segmenting it takes a minute)', () => {
  // 16-loop leads back into the corpus, long line and all.
  const inputs = readdirSync(corpus)
    .filter((n) => n !== '18-long-line.txt' && n !== '16-loop')
    .map((n) => join(corpus, n));
  for (const cmd of ['slogans', 'directives']) {
    const run = runBin([cmd, '--format', 'json', ...(cmd === 'slogans' ? ['--min-docs', '1'] : []), ...inputs], { cwd: dir });
    assert.equal(run.status, 1);
    assert.ok(JSON.parse(run.stdout).rows.length > 0, cmd);
  }
});

test('determinism: byte-identical output on two runs and whatever order files were made in', () => {
  const other = join(dir, 'reversed');
  mkdirSync(other);
  const names = readdirSync(join(ROOT, 'fixtures', 'seeds')).reverse();
  for (const n of names) writeFileSync(join(other, n), readFileSync(join(ROOT, 'fixtures', 'seeds', n)));
  const a = runBin(['slogans', '--format', 'csv', '--min-docs', '1', '--top', '0', 'seeds'], { cwd: join(ROOT, 'fixtures') });
  const b = runBin(['slogans', '--format', 'csv', '--min-docs', '1', '--top', '0', 'seeds'], { cwd: join(ROOT, 'fixtures') });
  const c = runBin(['slogans', '--format', 'csv', '--min-docs', '1', '--top', '0', 'reversed'], { cwd: dir });
  assert.equal(a.stdout, b.stdout);
  assert.equal(a.stdout.replace(/seeds\//g, 'X/'), c.stdout.replace(/reversed\//g, 'X/'));
});

test('fuzz: random bytes, random text and seed text with noise never throw, and offsets stay in bounds', () => {
  const pieces = [
    seed.slice(0, 400),
    '經(jīng)濟(jì)',
    '锟斤拷',
    '\ufffd',
    '?!蹦J?',
    '\n',
    '，',
    '“',
    '”',
    '1+5+X',
    '百分之五',
    '<p>',
    '\u0000',
    '年内',
    '一要',
  ];
  const arbitraryText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join('')),
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
        arbitraryText.map((t) => Buffer.from(t)),
      ),
      (bytes) => {
        for (const item of documentsFromBytes('fuzz.txt', 'fuzz.txt', bytes)) {
          if (item.ok !== true) continue;
          const doc = prepareDocument(item.doc);
          assert.ok(!doc.messages.some((m) => m.code === 'stage-failed'), doc.messages.map((m) => m.text).join());
          for (let i = 0; i <= doc.text.length; i += Math.max(1, Math.floor(doc.text.length / 7))) {
            const at = locate(doc, i, Math.min(doc.text.length, i + 3));
            assert.ok(at.offset >= 0 && at.offset <= doc.original.length);
            assert.ok(doc.original.includes(at.original));
          }
          extractDirectives(doc, { all: true });
          mineSlogans([doc], { minDocs: 1 });
        }
      },
    ),
    { numRuns: 150, seed: 11 },
  );
  assert.ok(createDocument);
});
