/**
 * Writes fixtures/variants/: the seed documents re-encoded as GB18030 and Big5,
 * wrapped in an HTML page (GBK, with a charset declaration), and as one JSON
 * Lines file. Tests check that each gives the same cleaned text as the seed.
 * Run: npx tsx scripts/make-variant-fixtures.ts
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const seeds = 'fixtures/seeds';
const out = 'fixtures/variants';
for (const dir of ['gb18030', 'big5', 'html', 'jsonl']) mkdirSync(join(out, dir), { recursive: true });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const records: string[] = [];
for (const name of readdirSync(seeds).sort()) {
  const text = readFileSync(join(seeds, name), 'utf8');
  const stem = name.replace(/\.txt$/, '');
  writeFileSync(join(out, 'gb18030', name), iconv.encode(text, 'gb18030'));
  writeFileSync(join(out, 'big5', name), iconv.encode(text, 'big5hkscs'));
  const body = text
    .split('\n')
    .map((l) => (l.trim() ? `<p>${escapeHtml(l)}</p>` : ''))
    .join('\n');
  const page = `<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">\n<title>${escapeHtml(stem)}</title>\n<style>p { margin: 0 }</style><script>var tracker = "<p>not text</p>";</script></head>\n<body><nav><a href="/">首页</a> | <a href="/news">新闻</a></nav>\n<div class="article">\n${body}\n</div>\n</body></html>\n`;
  writeFileSync(join(out, 'html', `${stem}.html`), iconv.encode(page, 'gb18030'));
  records.push(JSON.stringify({ id: stem, content: text }));
}
writeFileSync(join(out, 'jsonl', 'seeds.jsonl'), `${records.join('\n')}\n`);
