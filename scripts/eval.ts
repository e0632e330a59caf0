/**
 * `npm run eval`: precision and recall on the development gold sets (judged by
 * reading documents of the shared corpora; see eval/README.md).
 */
import { join } from 'node:path';
import { corporaRoot } from './corpora.js';
import { loadSloganGold, scoreSlogans, type SloganScores } from './eval-slogans.js';
import { makeNoisyCopies } from './noise.js';
import { loadKeywordExtractor } from '../src/segment/segmenter.js';

const root = corporaRoot();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');

function printSlogan(label: string, s: SloganScores): void {
  console.log(`${label.padEnd(28)} docs ${String(s.documents).padStart(3)}  recurring gold ${String(s.recurring).padStart(3)}  recall ${pct(s.recall).padStart(6)}  precision@${s.top} ${pct(s.precision).padStart(6)}  | jieba TF-IDF: recall ${pct(s.tfidfRecall).padStart(6)}  precision@50 ${pct(s.tfidfPrecision).padStart(6)}`);
  if (verbose) console.log(`  missed: ${s.missed.join(' ')}\n  wrong in top 50: ${s.wrong.join(' ')}`);
}

// The TF-IDF baseline needs jieba's keyword table, which jieba reads only when it is first loaded.
loadKeywordExtractor();
const gold = loadSloganGold(join('eval', 'gold', 'slogans'));
console.log('Slogans (recurring = in 2+ documents of the set; precision of the default top 50)');
const all = gold.flatMap((g) => g.documents);
printSlogan('all sets together', await scoreSlogans('all', all, (f) => join(root, f)));
for (const g of gold) printSlogan(`  ${g.set}`, await scoreSlogans(g.set, g.documents, (f) => join(root, f)));
const noisy = await makeNoisyCopies(root, all.map((d) => d.file));
printSlogan('all sets, noisy copy', await scoreSlogans('noisy', all, (f) => noisy.pathOf(f)));
noisy.remove();

const { evalDirectives } = await import('./eval-directives.js').catch(() => ({ evalDirectives: undefined }));
if (evalDirectives) await evalDirectives(root, verbose);
