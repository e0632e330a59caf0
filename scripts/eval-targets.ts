/**
 * Targets evaluation on eval/gold/targets: a main gold target is right when a
 * reported target on its line has its indicator (the common name, or its
 * anchor in the row's text) and its comparator, low and high. A reported row
 * on a gold target's line with that indicator and other values is a wrong
 * value; a reported row before the report's first gold target (in the review
 * part, which comes first) is an achievement printed as a target.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractTargets, type TargetRow } from '../src/extract/targets/index.js';
import { canonicalLine } from '../src/normalize/normalize.js';
import { readAllDocs, goldPath } from './eval-slogans.js';

interface GoldTarget {
  line: number;
  anchor: string;
  indicator: string;
  comparator: string;
  low: number | null;
  high: number | null;
  unit: string;
  period: string;
  main: boolean;
}
interface GoldFile {
  documents: { file: string; targets: GoldTarget[] }[];
}

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`);
const near = (a: number | null, b: number | null) => a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export async function evalTargets(root: string, verbose: boolean): Promise<void> {
  const dir = join('eval', 'gold', 'targets');
  const sets: GoldFile[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  let main = 0;
  let mainRight = 0;
  let all = 0;
  let allRight = 0;
  let wrong = 0;
  let rows = 0;
  let achievements = 0;
  let gdp = 0;
  let gdpRight = 0;
  for (const set of sets) {
    for (const d of set.documents) {
      const predicted = (await readAllDocs([goldPath(root, d.file)])).flatMap((doc) => extractTargets(doc));
      rows += predicted.length;
      const onLine = (g: GoldTarget) =>
        predicted.filter(
          (r) =>
            r.line === g.line &&
            (r.indicator === g.indicator || r.text.includes(g.anchor) || canonicalLine(r.text).includes(canonicalLine(g.anchor))),
        );
      for (const g of d.targets) {
        const candidates = onLine(g);
        const right = candidates.some((r) => r.comparator === g.comparator && near(r.low, g.low) && near(r.high, g.high));
        all++;
        if (right) allRight++;
        if (g.main) {
          main++;
          if (right) mainRight++;
          else if (verbose)
            console.log(
              `  main target ${d.file}:${g.line} ${g.indicator} ${g.anchor} ${g.comparator} ${g.low}–${g.high}; got ${JSON.stringify(candidates.map(show))}`,
            );
          if (g.indicator === 'GDP增长' && g.period.length === 4) {
            gdp++;
            if (right) gdpRight++;
          }
        }
        if (!right && candidates.some((r) => r.indicator === g.indicator)) wrong++;
      }
      const firstPlan = Math.min(...d.targets.map((g) => g.line));
      for (const r of predicted) {
        if (r.line < firstPlan) {
          achievements++;
          if (verbose) console.log(`  before the plan ${d.file}:${r.line} ${show(r)}`);
        }
      }
    }
  }
  console.log('\nTargets (gwr-provincial-2026: main = the 主要预期目标 lists; right = indicator, comparator, low and high)');
  console.log(
    `  main targets right ${pct(mainRight, main)} of ${main}  (GDP growth ${gdpRight} of ${gdp})  all gold targets right ${pct(allRight, all)} of ${all}`,
  );
  console.log(`  rows ${rows}  rows with a wrong value for a gold target ${wrong}  rows before the plan (achievements) ${achievements}`);
}

function show(r: TargetRow): string {
  return `${r.indicator} ${r.comparator} ${r.low}–${r.high}${r.unit ?? ''} (${r.period})`;
}
