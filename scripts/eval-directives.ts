/**
 * Directive evaluation on eval/gold/directives: every gold quantity (one per
 * anchor) is found when a reported directive on the same line contains the
 * anchor; a reported directive is right when it contains at least one gold
 * anchor. Values are checked for the anchors found.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirectives, type DirectiveRow } from '../src/extract/directives/index.js';
import { readAllDocs } from './eval-slogans.js';

interface GoldDirective { line: number; anchor: string; kind: string; value: unknown; unit: string | null }
interface GoldFile { set: string; documents: { file: string; date?: string; directives: GoldDirective[] }[] }

const pct = (a: number, b: number) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1)}%`);

function sameValue(gold: unknown, row: DirectiveRow, anchor: string): boolean {
  const q = row.quantities.find((x) => anchor.includes(x.text) || x.text.includes(anchor));
  if (!q) return gold === null || row.kind === 'ordinal' || row.kind === 'formula';
  if (Array.isArray(gold) && Array.isArray(q.value)) return gold[0] === q.value[0] && gold[1] === q.value[1];
  if (typeof gold === 'number' && typeof q.value === 'number') return Math.abs(gold - q.value) <= 1e-9 * Math.max(1, Math.abs(gold));
  return gold === q.value;
}

export async function evalDirectives(root: string, verbose: boolean): Promise<void> {
  const dir = join('eval', 'gold', 'directives');
  const sets: GoldFile[] = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  console.log('\nDirectives (one gold entry per quantity or ordinal; precision over reported directives)');
  let tg = 0; let tf = 0; let tr = 0; let tc = 0; let tv = 0; let tvn = 0;
  for (const set of sets) {
    let gold = 0; let found = 0; let rows = 0; let correct = 0; let valueOk = 0; let valued = 0;
    for (const d of set.documents) {
      const [doc] = await readAllDocs([join(root, d.file)]);
      const predicted = doc ? extractDirectives(doc) : [];
      rows += predicted.length;
      const lineRows = (line: number) => predicted.filter((r) => r.line === line);
      for (const g of d.directives) {
        gold++;
        const hit = lineRows(g.line).find((r) => r.text.includes(g.anchor) || r.simplified.includes(g.anchor));
        if (hit) {
          found++;
          if (g.value !== null && g.kind !== 'ordinal' && g.kind !== 'formula') {
            valued++;
            if (sameValue(g.value, hit, g.anchor)) valueOk++;
            else if (verbose) console.log(`  value ${d.file}:${g.line} ${g.anchor} gold=${JSON.stringify(g.value)} got=${JSON.stringify(hit.quantities)}`);
          }
        } else if (verbose) console.log(`  missed ${d.file}:${g.line} ${g.kind} ${g.anchor}`);
      }
      for (const r of predicted) {
        const ok = d.directives.some((g) => g.line === r.line && (r.text.includes(g.anchor) || r.simplified.includes(g.anchor)));
        if (ok) correct++;
        else if (verbose) console.log(`  extra ${d.file}:${r.line} ${r.kind} ${r.simplified.slice(0, 50)}`);
      }
    }
    console.log(`  ${set.set.padEnd(26)} docs ${String(set.documents.length).padStart(3)}  gold ${String(gold).padStart(4)}  recall ${pct(found, gold).padStart(6)}  precision ${pct(correct, rows).padStart(6)} (${rows} reported)  values right ${pct(valueOk, valued)} of ${valued}`);
    tg += gold; tf += found; tr += rows; tc += correct; tv += valueOk; tvn += valued;
  }
  console.log(`  ${'all'.padEnd(26)} docs ${String(sets.reduce((n, s) => n + s.documents.length, 0)).padStart(3)}  gold ${String(tg).padStart(4)}  recall ${pct(tf, tg).padStart(6)}  precision ${pct(tc, tr).padStart(6)} (${tr} reported)  values right ${pct(tv, tvn)} of ${tvn}`);
}
