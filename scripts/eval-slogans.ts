/**
 * Slogan evaluation on the hand-judged gold sets in eval/gold/slogans: recall
 * of the recurring gold slogans (in 2+ documents of the set) and precision of
 * the default top 50, next to jieba's TF-IDF keywords on the same documents.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../src/document.js';
import { readDocuments } from '../src/run.js';
import { SloganMiner } from '../src/extract/slogans/index.js';
import { canonicalLine } from '../src/normalize/normalize.js';
import { loadKeywordExtractor } from '../src/segment/segmenter.js';

interface GoldFile { set: string; documents: { file: string; slogans: { slogan: string; kind: string }[] }[] }

export interface SloganScores { set: string; documents: number; recurring: number; recall: number; precision: number; top: number; tfidfRecall: number; tfidfPrecision: number; missed: string[]; wrong: string[] }

const key = (s: string) => canonicalLine(s).replace(/[、，,\s“”"]/g, '');

export function loadSloganGold(dir: string): GoldFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

export async function readAllDocs(files: string[]): Promise<Document[]> {
  const docs: Document[] = [];
  for await (const item of readDocuments(files)) if (item.ok) docs.push(item.doc);
  return docs;
}

/** Score one set of documents; `fileMap` points gold files at (possibly noisy) copies. */
export async function scoreSlogans(set: string, gold: GoldFile['documents'], fileOf: (f: string) => string): Promise<SloganScores> {
  const docs = await readAllDocs(gold.map((d) => fileOf(d.file)));
  const goldDocs = new Map<string, Set<string>>();
  gold.forEach((d, i) => d.slogans.forEach((s) => {
    const k = key(s.slogan);
    if (!goldDocs.has(k)) goldDocs.set(k, new Set());
    goldDocs.get(k)!.add(String(i));
  }));
  const recurring = [...goldDocs].filter(([, ds]) => ds.size >= 2).map(([k]) => k);
  const miner = new SloganMiner({ minDocs: 2 });
  docs.forEach((d) => miner.add(d));
  const rows = miner.rows();
  const found = new Set(rows.map((r) => key(r.slogan)));
  const top = rows.slice(0, 50).map((r) => key(r.slogan));
  const tfidf = tfidfRows(docs);
  const tfidfTop = tfidf.slice(0, 50);
  return {
    set, documents: docs.length, recurring: recurring.length,
    recall: ratio(recurring.filter((k) => found.has(k)).length, recurring.length),
    precision: ratio(top.filter((k) => goldDocs.has(k)).length, top.length), top: top.length,
    tfidfRecall: ratio(recurring.filter((k) => tfidf.includes(k)).length, recurring.length),
    tfidfPrecision: ratio(tfidfTop.filter((k) => goldDocs.has(k)).length, tfidfTop.length),
    missed: recurring.filter((k) => !found.has(k)), wrong: top.filter((k) => !goldDocs.has(k)),
  };
}

/** jieba.analyse-style baseline: each document's top 20 TF-IDF keywords, ranked by documents (2+). */
function tfidfRows(docs: Document[]): string[] {
  const jieba = loadKeywordExtractor();
  const df = new Map<string, number>();
  for (const d of docs) for (const { word } of jieba.extract(d.text, 20)) df.set(key(word), (df.get(key(word)) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
