/**
 * Writes data/lexicon.tsv from judged entries (`slogan<TAB>kind<TAB>tier` per
 * line, as the judges of the candidates that `scripts/propose-lexicon.ts`
 * proposed wrote them), with where each is attested in the shared corpora: the
 * years it stands in and how many documents of each corpus. An entry that no
 * document holds as written (a judge wrote out a formulation the candidate was
 * a fragment of, and the corpora never have it whole) is left out and counted.
 *
 *   node --import tsx scripts/attest-lexicon.ts JUDGED.tsv [MORE.tsv…] > data/lexicon.tsv
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaRoot } from './corpora.js';
import { readDocuments } from '../src/run.js';
import { Lexicon } from '../src/extract/slogans/lexicon.js';
import type { SloganKind } from '../src/extract/slogans/types.js';

const CORPORA: Array<[string, string]> = [
  ['gwr', 'gwr-national-1954-2025'],
  ['cpc', 'cpc-congress-reports'],
  ['prov', 'gwr-provincial-2026'],
  ['sc', 'state-council-policies-2018-2019'],
  ['xwlb', 'xwlb-2022-2026'],
];

interface Entry {
  slogan: string;
  kind: SloganKind;
  tier: string;
  docs: Map<string, number>;
  years: Set<string>;
}

const entries = new Map<string, Entry>();
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [slogan, kind, tier] = line.split('\t').map((s) => s?.trim());
    if (!slogan || slogan.startsWith('#') || entries.has(slogan)) continue;
    entries.set(slogan, { slogan, kind: kind as SloganKind, tier, docs: new Map(), years: new Set() });
  }
}
const lexicon = new Lexicon();
for (const e of entries.values()) lexicon.add({ text: e.slogan, kind: e.kind });
const byKey = new Map([...entries.values()].map((e) => [lexicon.find(e.slogan)[0]?.key ?? e.slogan, e]));

const root = corporaRoot();
for (const [code, folder] of CORPORA) {
  for await (const item of readDocuments([join(root, folder)], { split: 'none' })) {
    if (!item.ok) continue;
    const seen = new Set<Entry>();
    for (const c of lexicon.find(item.doc.text)) {
      const e = byKey.get(c.key);
      if (e) seen.add(e);
    }
    for (const e of seen) {
      e.docs.set(code, (e.docs.get(code) ?? 0) + 1);
      const year = item.doc.meta.date?.slice(0, 4);
      if (year) e.years.add(year);
    }
  }
}

const attested = [...entries.values()].filter((e) => e.docs.size > 0);
process.stdout.write(`# policy-mine slogan lexicon: established formulations (提法) of PRC policy language.
# How it was made: scripts/propose-lexicon.ts mined candidates from the shared corpora (national government work
# reports 1954-2025, CPC congress reports, 2026 provincial work reports, State Council documents 2018-2019, the
# national evening news 2022-2026): the tool's own finders (quoted, numbered, patterned), recurring cohesive word
# n-grams free at both edges, and series across 、. Every entry was then judged by a person reading it in context
# against the project's guidelines (slogan or not, kind, tier); about one candidate in seven was kept, and some
# fragments were written out as the whole formulation. scripts/attest-lexicon.ts then counted where each stands.
# ${entries.size - attested.length} judged entries that no corpus document holds as written were left out.
# Columns: slogan, kind (numbered, patterned, series, quoted, term), tier (core: an analyst certainly wants it;
# ok: generic policy vocabulary), years it is attested in, documents per corpus (gwr national reports, cpc congress
# reports, prov provincial reports, sc State Council documents, xwlb evening news).
# slogan\tkind\ttier\tyears\tattested
${attested
  .map((e) => {
    const years = [...e.years].sort();
    const span = years.length ? (years[0] === years.at(-1) ? years[0] : `${years[0]}-${years.at(-1)}`) : '';
    const where = CORPORA.filter(([c]) => e.docs.has(c))
      .map(([c]) => `${c} ${e.docs.get(c)}`)
      .join(', ');
    return [e.slogan, e.kind, e.tier, span, where].join('\t');
  })
  .join('\n')}
`);
process.stderr.write(`${attested.length} attested of ${entries.size}\n`);
