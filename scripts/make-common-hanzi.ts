/**
 * Writes data/common-hanzi.txt: the 3,000 most frequent Chinese characters by
 * summed word frequency in the cppjieba dictionary that nodejieba ships.
 * Encoding detection uses it to tell a good decoding (common characters) from a
 * wrong one (rare characters). Run: npx tsx scripts/make-common-hanzi.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dictPath: string = require('nodejieba').DEFAULT_DICT;
const counts = new Map<string, number>();
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freq] = line.split(' ');
  if (!word || !freq) continue;
  for (const ch of word) if (/\p{Script=Han}/u.test(ch)) counts.set(ch, (counts.get(ch) ?? 0) + Number(freq));
}
const top = [...counts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, 3000)
  .map(([c]) => c);
const header =
  '# The 3000 most frequent characters of the cppjieba dictionary (jieba.dict.utf8, shipped with nodejieba),\n' +
  '# by summed word frequency. Made by scripts/make-common-hanzi.ts; used to score candidate decodings.\n';
writeFileSync('data/common-hanzi.txt', header + top.join('').replace(/(.{100})/g, '$1\n') + '\n');
