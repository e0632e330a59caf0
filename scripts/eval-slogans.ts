/**
 * Slogan evaluation on the hand-judged gold sets in eval/gold/slogans, per
 * genre and overall: the documents of a genre are mined as one corpus with
 * the default options. Recall is of the core slogans the gold lists in two or
 * more of those documents (the recurring ones); precision is of the default
 * top 50, right when the gold lists the slogan (any tier) in any of them.
 * jieba's TF-IDF keywords are scored the same way, as a baseline.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Document } from '../src/document.js';
import { readDocuments } from '../src/run.js';
import { SloganMiner } from '../src/extract/slogans/index.js';
import { canonicalLine } from '../src/normalize/normalize.js';
import { segment } from '../src/segment/segmenter.js';
import { idfTable } from '../src/extract/slogans/discovery.js';
import { jiebaStopWords } from './jieba-stop-words.js';

export interface GoldSlogan {
  slogan: string;
  kind: string;
  tier?: 'core' | 'ok';
}
export interface GoldDocument {
  file: string;
  genre: string;
  slogans: GoldSlogan[];
}
interface GoldFile {
  set: string;
  documents: GoldDocument[];
}

export interface SloganScores {
  label: string;
  documents: number;
  recurring: number;
  recall: number;
  precision: number;
  top: number;
  tfidfRecall: number;
  tfidfPrecision: number;
  missed: string[];
  wrong: string[];
}

export const sloganKeyOf = (s: string) => canonicalLine(s).replace(/[、，,\s“”"‘’]/g, '');

/** Gold files name corpus documents by their path in the corpora folder, and the seeds by their path in the project. */
export function goldPath(root: string, file: string): string {
  return file.startsWith('fixtures/') ? resolve(file) : join(root, file);
}

export function loadSloganGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile).documents);
}

/** Documents as every command reads them; each gold file is one document (copies among them are not left out). */
export async function readAllDocs(files: string[]): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const item of readDocuments(files, { keepDuplicates: true })) if (item.ok) docs.push(item.doc);
  return docs;
}

/** Score one set of documents; `fileOf` points gold files at (possibly noisy) copies. */
export async function scoreSlogans(
  label: string,
  gold: GoldDocument[],
  fileOf: (f: string) => string,
  tfidf = true,
): Promise<SloganScores> {
  const docs = await readAllDocs(gold.map((d) => fileOf(d.file)));
  const inDocs = new Map<string, Set<number>>();
  const core = new Set<string>();
  gold.forEach((d, i) =>
    d.slogans.forEach((s) => {
      const k = sloganKeyOf(s.slogan);
      if (!inDocs.has(k)) inDocs.set(k, new Set());
      inDocs.get(k)!.add(i);
      if ((s.tier ?? 'core') === 'core') core.add(k);
    }),
  );
  const recurring = [...inDocs].filter(([k, ds]) => ds.size >= 2 && core.has(k)).map(([k]) => k);
  const miner = new SloganMiner({ minDocs: 2 });
  docs.forEach((d) => miner.addFound(d));
  const rows = miner.rows();
  const found = new Set(rows.map((r) => sloganKeyOf(r.slogan)));
  const top = rows.slice(0, 50).map((r) => sloganKeyOf(r.slogan));
  const baseline = tfidf ? tfidfRows(docs) : [];
  const baselineTop = baseline.slice(0, 50);
  return {
    label,
    documents: docs.length,
    recurring: recurring.length,
    recall: ratio(recurring.filter((k) => found.has(k)).length, recurring.length),
    precision: ratio(top.filter((k) => inDocs.has(k)).length, top.length),
    top: top.length,
    tfidfRecall: ratio(recurring.filter((k) => baseline.includes(k)).length, recurring.length),
    tfidfPrecision: ratio(baselineTop.filter((k) => inDocs.has(k)).length, baselineTop.length),
    missed: recurring.filter((k) => !found.has(k)),
    wrong: top.filter((k) => !inDocs.has(k)),
  };
}

/** jieba.analyse-style baseline: each document's top 20 TF-IDF keywords, ranked by documents (2+). */
function tfidfRows(docs: Document[]): string[] {
  const df = new Map<string, number>();
  const idf = idfTable();
  const weights = { idf, mean: [...idf.values()].reduce((a, b) => a + b, 0) / idf.size, stop: jiebaStopWords() };
  for (const d of docs)
    for (const word of tfidfKeywords(d.text, 20, weights)) df.set(sloganKeyOf(word), (df.get(sloganKeyOf(word)) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
}

/**
 * A text's top keywords as jieba's TF-IDF extractor ranks them: its words
 * (one character and stop words left out), term frequency times jieba's IDF,
 * the table's mean IDF for a word it lacks.
 */
function tfidfKeywords(
  text: string,
  top: number,
  { idf, mean, stop }: { idf: Map<string, number>; mean: number; stop: Set<string> },
): string[] {
  const tf = new Map<string, number>();
  for (const { word } of segment(text)) if ([...word].length > 1 && !stop.has(word)) tf.set(word, (tf.get(word) ?? 0) + 1);
  return [...tf]
    .map(([word, n]) => [word, n * (idf.get(word) ?? mean)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([word]) => word);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
