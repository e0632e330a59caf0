/**
 * `npm run eval`: precision and recall per genre on the development gold sets
 * (judged by reading documents of the shared corpora; see eval/README.md).
 * `--verbose` lists what was missed and what was wrong.
 */
import { corporaRoot } from './corpora.js';
import { goldPath, loadSloganGold, scoreSlogans, type SloganScores } from './eval-slogans.js';
import { makeNoisyCopies } from './noise.js';
import { evalDirectives } from './eval-directives.js';
import { evalTargets } from './eval-targets.js';

const root = corporaRoot();
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => ['--slogans', '--directives', '--targets'].includes(a));

function printSlogan(s: SloganScores): void {
  console.log(
    `${s.label.padEnd(22)} docs ${String(s.documents).padStart(3)}  recurring core ${String(s.recurring).padStart(4)}  recall ${pct(s.recall).padStart(6)}  precision@${s.top} ${pct(s.precision).padStart(6)}  | jieba TF-IDF: recall ${pct(s.tfidfRecall).padStart(6)}  precision@50 ${pct(s.tfidfPrecision).padStart(6)}`,
  );
  if (verbose) console.log(`  missed: ${s.missed.join(' ')}\n  wrong in top 50: ${s.wrong.join(' ')}`);
}

if (!only || only === '--slogans') {
  const gold = loadSloganGold('eval/gold/slogans');
  const path = (f: string) => goldPath(root, f);
  console.log('Slogans (recurring core = core slogans in 2+ documents of the set; precision of the default top 50)');
  for (const genre of [...new Set(gold.map((d) => d.genre))].sort()) {
    printSlogan(
      await scoreSlogans(
        `  ${genre}`,
        gold.filter((d) => d.genre === genre),
        path,
      ),
    );
  }
  printSlogan(await scoreSlogans('  all genres together', gold, path));
  const noisy = await makeNoisyCopies(
    path,
    gold.map((d) => d.file),
  );
  printSlogan(await scoreSlogans('  all, noisy copy', gold, (f) => noisy.pathOf(f)));
  noisy.remove();
}
if (!only || only === '--directives') await evalDirectives(root, verbose);
if (!only || only === '--targets') await evalTargets(root, verbose);
