/**
 * Candidates for the bundled slogan lexicon, mined from the shared corpora
 * (`npm run propose-lexicon -- OUT.tsv`): a list for people to judge by
 * reading, never a lexicon by itself. Each candidate comes with the documents
 * and corpora it stands in, the years, and two contexts to judge it by.
 *
 * Sources of candidates:
 * - the tool's own finders (quoted, numbered, patterned, lexicon) over every document;
 * - word n-grams of jieba's segmentation (1 to 5 words, 3 to 14 characters) that
 *   recur in several documents, are cohesive (their words stand together more
 *   than chance would put them) and free at both edges (varied neighbours);
 * - series across 、 whose items share a shape (不敢腐、不能腐、不想腐).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corporaRoot } from './corpora.js';
import { readDocuments } from '../src/run.js';
import { segment, Segmenter } from '../src/segment/segmenter.js';
import { segmentText } from '../src/segment/segmentation.js';
import { findCandidates } from '../src/extract/slogans/candidates.js';
import { loadLexicon } from '../src/extract/slogans/lexicon.js';
import { branchingEntropy } from '../src/extract/slogans/discovery.js';

const CORPORA = [
  'gwr-national-1954-2025',
  'cpc-congress-reports',
  'gwr-provincial-2026',
  'state-council-policies-2018-2019',
  'xwlb-2022-2026',
];
const out = process.argv[2] ?? 'lexicon-candidates.tsv';
const root = corporaRoot();
const lexicon = loadLexicon();
const segmenter = new Segmenter();

interface Stat {
  docs: number;
  count: number;
  lastDoc: number;
  corpora: Set<string>;
  years: Set<string>;
  finders: Set<string>;
  left: Map<string, number>;
  right: Map<string, number>;
  edges: [number, number];
  examples: string[];
}

const stats = new Map<string, Stat>();
const wordFreq = new Map<string, number>();
let totalWords = 0;
let docIndex = 0;
const FUNCTION =
  /^(的|了|和|与|及|在|是|对|把|被|将|要|也|都|而|并|等|中|上|下|为|以|从|向|于|或|其|这|那|我|你|他|她|它|个|之|着|过|就|还|又|再|更|最|很|不|没|有|让|使|给|由|所|则|即|但|如|若|因|故|此|该|各|每|某)$/;
const CLAUSE = /[^\p{Script=Han}\dA-Za-z+×]/u;

function stat(key: string): Stat {
  let s = stats.get(key);
  if (!s) {
    s = {
      docs: 0,
      count: 0,
      lastDoc: -1,
      corpora: new Set(),
      years: new Set(),
      finders: new Set(),
      left: new Map(),
      right: new Map(),
      edges: [0, 0],
      examples: [],
    };
    stats.set(key, s);
  }
  return s;
}

function see(key: string, finder: string, corpus: string, year: string | undefined, text: string, start: number, end: number): void {
  const s = stat(key);
  s.count++;
  s.finders.add(finder);
  if (s.lastDoc !== docIndex) {
    s.docs++;
    s.lastDoc = docIndex;
    s.corpora.add(corpus);
    if (year) s.years.add(year);
    if (s.examples.length < 2 && (s.examples.length === 0 || !s.examples[0].startsWith(corpus))) {
      s.examples.push(`${corpus}: ${text.slice(Math.max(0, start - 18), end + 18).replace(/\s+/g, ' ')}`);
    }
  }
  const l = text[start - 1];
  const r = text[end];
  if (l === undefined || CLAUSE.test(l)) s.edges[0]++;
  else if (s.left.size < 64) s.left.set(l, (s.left.get(l) ?? 0) + 1);
  if (r === undefined || CLAUSE.test(r)) s.edges[1]++;
  else if (s.right.size < 64) s.right.set(r, (s.right.get(r) ?? 0) + 1);
}

/** Word n-grams of a line: content words only at the edges, 3 to 14 characters, no punctuation inside. */
function ngrams(line: string, from: number, visit: (start: number, end: number, words: string[]) => void): void {
  const tokens = segment(line);
  for (const t of tokens) {
    if (/^\p{Script=Han}+$/u.test(t.word)) {
      wordFreq.set(t.word, (wordFreq.get(t.word) ?? 0) + 1);
      totalWords++;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (FUNCTION.test(tokens[i].word) || !/^\p{Script=Han}/u.test(tokens[i].word)) continue;
    let chars = 0;
    for (let n = 1; n <= 5 && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (CLAUSE.test(t.word)) break;
      chars += t.word.length;
      if (chars > 14) break;
      if (chars < 3 || FUNCTION.test(t.word)) continue;
      visit(
        from + tokens[i].start,
        from + tokens[i].start + chars,
        tokens.slice(i, i + n).map((x) => x.word),
      );
    }
  }
}

/** Items between 、 that share a shape: the same first or last character, or the same length and a shared character. */
const SERIES = /(?:[\p{Script=Han}]{2,6}、){1,5}[\p{Script=Han}]{2,6}/gu;
function seriesIn(text: string, visit: (start: number, end: number) => void): void {
  for (const m of text.matchAll(SERIES)) {
    const items = m[0].split('、');
    const same = (f: (s: string) => string) => items.every((x) => f(x) === f(items[0]));
    const shaped =
      same((s) => s[0]) || same((s) => s.at(-1)!) || (same((s) => String(s.length)) && items.length >= 3 && items[0].length <= 4);
    if (shaped && items.length >= 2) visit(m.index!, m.index! + m[0].length);
  }
}

const wordsOf = new Map<string, string[]>();
for (const corpus of CORPORA) {
  let n = 0;
  for await (const item of readDocuments([join(root, corpus)])) {
    if (!item.ok) continue;
    const doc = item.doc;
    const year = doc.meta.date?.slice(0, 4);
    const text = doc.text;
    const found = findCandidates(text, segmentText(text, segmenter), lexicon);
    for (const c of found.found) see(c.key, c.finder, corpus, year, text, c.start, c.end);
    let from = 0;
    for (const line of text.split('\n')) {
      if (/\p{Script=Han}/u.test(line)) {
        ngrams(line, from, (s, e, words) => {
          const key = text.slice(s, e);
          if (!wordsOf.has(key)) wordsOf.set(key, words);
          see(key, 'ngram', corpus, year, text, s, e);
        });
        seriesIn(line, (s, e) => see(text.slice(from + s, from + e), 'series', corpus, year, text, from + s, from + e));
      }
      from += line.length + 1;
    }
    docIndex++;
    n++;
    // Lossy counting: n-grams seen in one document, long ago, will not recur enough to be proposed.
    if (docIndex % 500 === 0)
      for (const [k, s] of stats)
        if (s.docs === 1 && s.lastDoc < docIndex - 500) {
          stats.delete(k);
          wordsOf.delete(k);
        }
  }
  process.stderr.write(`${corpus}: ${n} documents, ${stats.size} candidates held\n`);
}

/** Pointwise mutual information of the weakest join in an n-gram: how much more its words stand together than chance. */
function cohesion(key: string, s: Stat): number {
  const words = wordsOf.get(key);
  if (!words || words.length < 2) return Infinity;
  const p = (w: string) => (wordFreq.get(w) ?? 1) / totalWords;
  return Math.log(s.count / totalWords / words.reduce((a, w) => a * p(w), 1)) / (words.length - 1);
}

const rows: string[] = [];
for (const [key, s] of stats) {
  const listed = lexicon.has(key);
  const found = [...s.finders].some((f) => f !== 'ngram');
  const minDocs = found ? 2 : 5;
  if (!listed && (s.docs < minDocs || key.length < 3)) continue;
  const left = branchingEntropy(s.left, s.edges[0]);
  const right = branchingEntropy(s.right, s.edges[1]);
  const pmi = cohesion(key, s);
  if (!listed && !found && (left < 1 || right < 1 || pmi < 3)) continue;
  const score = Math.log(s.docs) * Math.min(3, s.corpora.size) + (found ? 2 : 0) + (listed ? 5 : 0);
  const years = [...s.years].sort();
  rows.push(
    [
      key,
      [...s.finders].sort().join(','),
      s.docs,
      s.count,
      [...s.corpora].join(','),
      years.length ? `${years[0]}-${years.at(-1)}` : '',
      Number.isFinite(pmi) ? pmi.toFixed(1) : '',
      left.toFixed(2),
      right.toFixed(2),
      score.toFixed(2),
      listed ? 'listed' : '',
      ...s.examples,
    ].join('\t'),
  );
}
rows.sort((a, b) => Number(b.split('\t')[9]) - Number(a.split('\t')[9]));
writeFileSync(
  out,
  `candidate\tfinders\tdocuments\toccurrences\tcorpora\tyears\tcohesion\tleft_entropy\tright_entropy\tscore\tin_lexicon\texample\texample\n${rows.join('\n')}\n`,
);
process.stderr.write(`${rows.length} candidates written to ${out}\n`);
