/**
 * Directive evaluation on eval/gold/directives, per genre: a gold quantity
 * (one per anchor) is found when a reported directive on its line contains the
 * anchor; a reported directive is right when it contains a gold anchor of its
 * line. Values are checked for the anchors found; achievements the judges
 * sampled in review parts count when reported as directives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirectives, type DirectiveRow } from '../src/extract/directives/index.js';
import { readAllDocs, goldPath } from './eval-slogans.js';
import { canonicalLine } from '../src/normalize/normalize.js';

interface GoldDirective {
  line: number;
  anchor: string;
  kind: string;
  value: unknown;
  unit: string | null;
}
interface GoldDocument {
  file: string;
  genre: string;
  directives: GoldDirective[];
  achievements_sample?: GoldDirective[];
}
interface GoldFile {
  set: string;
  documents: GoldDocument[];
}

interface Tally {
  docs: number;
  gold: number;
  found: number;
  rows: number;
  right: number;
  valued: number;
  valueOk: number;
  achievements: number;
  sampled: number;
}
const tally = (): Tally => ({ docs: 0, gold: 0, found: 0, rows: 0, right: 0, valued: 0, valueOk: 0, achievements: 0, sampled: 0 });
const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`);

const contains = (r: DirectiveRow, anchor: string) => r.text.includes(anchor) || r.simplified.includes(anchor);

function sameValue(gold: unknown, row: DirectiveRow, written: string): boolean {
  // Quantities are as the cleaned text has them (6.5%-7% for 6.5%－7%): the anchor is compared cleaned too.
  const anchor = canonicalLine(written);
  const q = row.quantities.find((x) => anchor.includes(x.text) || x.text.includes(anchor));
  if (!q) return gold === null;
  const value = q.kind === 'deadline' ? q.date : q.comparator === 'range' ? [q.low, q.high] : q.value;
  if (Array.isArray(gold) && Array.isArray(value)) return gold[0] === value[0] && gold[1] === value[1];
  if (typeof gold === 'number' && typeof value === 'number') return Math.abs(gold - value) <= 1e-9 * Math.max(1, Math.abs(gold));
  return gold === value;
}

export async function evalDirectives(root: string, verbose: boolean): Promise<void> {
  const dir = join('eval', 'gold', 'directives');
  const sets: GoldFile[] = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const byGenre = new Map<string, Tally>();
  const all = tally();
  for (const set of sets) {
    for (const d of set.documents) {
      const t = byGenre.get(d.genre) ?? tally();
      byGenre.set(d.genre, t);
      // A bulletin is read as its items: the file's directives are theirs together.
      const predicted = (await readAllDocs([goldPath(root, d.file)])).flatMap((doc) => extractDirectives(doc));
      for (const x of [t, all]) score(x, d, predicted, verbose && x === all);
    }
  }
  console.log('\nDirectives (one gold entry per quantity or ordinal; precision over reported directives)');
  for (const [genre, t] of [...byGenre].sort()) print(`  ${genre}`, t);
  print('  all', all);
}

function score(t: Tally, d: GoldDocument, predicted: DirectiveRow[], verbose: boolean): void {
  t.docs++;
  t.rows += predicted.length;
  for (const g of d.directives) {
    t.gold++;
    const hit = predicted.find((r) => r.line === g.line && contains(r, g.anchor));
    if (!hit) {
      if (verbose) console.log(`  missed ${d.file}:${g.line} ${g.kind} ${g.anchor}`);
      continue;
    }
    t.found++;
    if (g.value === null || g.kind === 'ordinal' || g.kind === 'formula') continue;
    t.valued++;
    if (sameValue(g.value, hit, g.anchor)) t.valueOk++;
    else if (verbose)
      console.log(`  value ${d.file}:${g.line} ${g.anchor} gold=${JSON.stringify(g.value)} got=${JSON.stringify(hit.quantities)}`);
  }
  for (const r of predicted) {
    if (d.directives.some((g) => g.line === r.line && contains(r, g.anchor))) t.right++;
    else if (verbose) console.log(`  extra ${d.file}:${r.line} ${r.kind} ${r.simplified.slice(0, 60)}`);
  }
  for (const a of d.achievements_sample ?? []) {
    t.sampled++;
    if (
      predicted.some(
        (r) => r.line === a.line && contains(r, a.anchor) && !d.directives.some((g) => g.line === r.line && contains(r, g.anchor)),
      )
    )
      t.achievements++;
  }
}

function print(label: string, t: Tally): void {
  const achievements = t.sampled ? `  achievements reported ${t.achievements} of ${t.sampled} sampled` : '';
  console.log(
    `${label.padEnd(18)} docs ${String(t.docs).padStart(3)}  gold ${String(t.gold).padStart(5)}  recall ${pct(t.found, t.gold).padStart(6)}  precision ${pct(t.right, t.rows).padStart(6)} (${t.rows} reported)  values right ${pct(t.valueOk, t.valued)} of ${t.valued}${achievements}`,
  );
}
