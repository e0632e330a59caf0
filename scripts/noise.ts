/**
 * Noisy copies of corpus documents for the evaluation, made the way scraped
 * pages are broken: traditional script, pinyin after characters, mojibake runs
 * and page chrome. Deterministic (seeded), written to a temporary folder.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as OpenCC from 'opencc-js';

const SYLLABLES = ['jīng', 'jì', 'fā', 'zhǎn', 'qiáng', 'diào', 'xiàng', 'mù', 'jiàn', 'shè', 'chǎn', 'yè', 'qū', 'wǎng', 'guó', 'shí'];
const MOJIBAKE = ['锟斤拷', '?!蹦J?', '?。?', '鈥?', '\ufffd\ufffd'];
const HEADER = ['公元 月 農曆 年 [ 年 ]', '發佈時間:2024年01月01日', '來源:政府網', '打印', '字體:'];
const FOOTER = [
  '掃描二維碼',
  '在您的設備上瀏覽本頁',
  '聯繫我們 | 關於我們 | 版權申明 | 網站地圖',
  '版權所有:某某市人民政府 ICP備12345678號-1',
  '甘公網安備 62070202000150號',
];

/** A small seeded generator: the same noise on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

export function addNoise(text: string, seed: number): string {
  const rnd = random(seed);
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
  let out = '';
  for (const ch of toTraditional(text)) {
    out += ch;
    if (/\p{Script=Han}/u.test(ch) && rnd() < 0.2) out += `(${SYLLABLES[Math.floor(rnd() * SYLLABLES.length)]})`;
    if (ch === '。' && rnd() < 0.08) out += MOJIBAKE[Math.floor(rnd() * MOJIBAKE.length)];
  }
  return `${HEADER.join('\n')}\n\n${out}\n\n${FOOTER.join('\n')}\n`;
}

export async function makeNoisyCopies(
  pathOf: (f: string) => string,
  files: string[],
): Promise<{ pathOf(f: string): string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'policy-mine-noisy-'));
  files.forEach((f, i) => {
    const target = join(dir, f);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, addNoise(readFileSync(pathOf(f), 'utf8'), i + 1));
  });
  return { pathOf: (f) => join(dir, f), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
