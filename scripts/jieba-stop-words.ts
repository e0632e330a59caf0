import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The stop words jieba's keyword extractor leaves out (its dict/stop_words.utf8). */
export function jiebaStopWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict', 'stop_words.utf8');
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  );
}
