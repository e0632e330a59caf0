import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { forEachLine } from '../text/lines.js';
import { ownCopy } from '../text/own-copy.js';

/** Each line of jieba's IDF file (`word idf`), read without a string per line. */
export function readIdf(visit: (word: string, idf: number) => void): void {
  const require = createRequire(import.meta.url);
  const dict = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'idf.utf8');
  const text = readFileSync(dict, 'utf8');
  forEachLine(text, (start, end) => {
    const sp = text.lastIndexOf(' ', end - 1);
    // A word of 13 characters or more, cut from the file's text, would keep all of it alive (44 words: 9 MB).
    if (sp > start) visit(ownCopy(text.slice(start, sp)), Number(text.slice(sp + 1, end)));
  });
}
