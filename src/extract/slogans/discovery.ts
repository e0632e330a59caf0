/**
 * What ranking asks of discovered n-grams across the corpus: how rare their
 * words are (IDF) and how freely they stand (branching entropy). The n-grams
 * themselves are proposed with the segmentation (segment/ngrams.ts).
 */
import { readIdf } from '../../segment/idf.js';

let idf: Map<string, number> | undefined;

/** jieba's IDF table: generic vocabulary (发展 3.6, 建设 4.9) scores low, policy coinages high. */
export function idfTable(): Map<string, number> {
  if (!idf) {
    const table = new Map<string, number>();
    readIdf((word, value) => table.set(word, value));
    idf = table;
  }
  return idf;
}

/** Natural-log entropy of a neighbour distribution; clause edges count as all different. */
export function branchingEntropy(neighbours: ReadonlyMap<string, number>, edges: number): number {
  let total = edges;
  for (const c of neighbours.values()) total += c;
  if (total === 0) return 0;
  let h = edges > 0 ? (edges / total) * Math.log(total) : 0;
  for (const c of neighbours.values()) h -= (c / total) * Math.log(c / total);
  return h;
}
