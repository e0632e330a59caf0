import type { Occurrence } from '../occurrence.js';
import type { Finder, SloganKind } from './types.js';

/** Occurrences kept per slogan for reporting (counts stay exact). */
export const SAMPLES = 50;

/** Everything counted about one slogan over the corpus. */
export interface Entry {
  key: string;
  kinds: Map<SloganKind, number>;
  finders: Set<Finder>;
  occurrences: number;
  documents: number;
  lastDoc: number;
  firstDate?: string;
  lastDate?: string;
  /** Written forms of the kept samples, with counts. */
  forms: Map<string, number>;
  samples: Occurrence[];
  /** Characters seen just left and right of discovered candidates, and clause edges. */
  left: Map<string, number>;
  right: Map<string, number>;
  edges: [number, number];
  /** Counts per --by bucket: documents and occurrences. */
  buckets: Map<string, { documents: number; occurrences: number; lastDoc: number }>;
}

export function newEntry(key: string): Entry {
  return {
    key, kinds: new Map(), finders: new Set(), occurrences: 0, documents: 0, lastDoc: -1,
    forms: new Map(), samples: [], left: new Map(), right: new Map(), edges: [0, 0], buckets: new Map(),
  };
}

/**
 * Count one occurrence. `occurrence` is built only when it will be kept (a
 * sample or a new written form): locating costs more than counting.
 */
export function recordOccurrence(e: Entry, docId: number, kind: SloganKind, finder: Finder, date: string | undefined, occurrence: () => Occurrence, bucket?: string, sampleLimit = SAMPLES): void {
  e.kinds.set(kind, (e.kinds.get(kind) ?? 0) + 1);
  e.finders.add(finder);
  e.occurrences++;
  if (e.lastDoc !== docId) {
    e.documents++;
    e.lastDoc = docId;
  }
  if (bucket !== undefined) {
    const b = e.buckets.get(bucket) ?? { documents: 0, occurrences: 0, lastDoc: -1 };
    b.occurrences++;
    if (b.lastDoc !== docId) { b.documents++; b.lastDoc = docId; }
    e.buckets.set(bucket, b);
  }
  if (date) {
    if (!e.firstDate || date < e.firstDate) e.firstDate = date;
    if (!e.lastDate || date > e.lastDate) e.lastDate = date;
  }
  if (e.samples.length >= sampleLimit) return;
  const occ = occurrence();
  e.forms.set(occ.form, (e.forms.get(occ.form) ?? 0) + 1);
  e.samples.push(occ);
}

export function noteNeighbours(e: Entry, left: string | undefined, right: string | undefined): void {
  if (left) e.left.set(left, (e.left.get(left) ?? 0) + 1);
  else e.edges[0]++;
  if (right) e.right.set(right, (e.right.get(right) ?? 0) + 1);
  else e.edges[1]++;
}

/** The kind seen most often for a slogan; shape kinds win ties over `term`. */
export function mainKind(e: Entry): SloganKind {
  let best: SloganKind = 'term';
  let n = -1;
  for (const [k, c] of e.kinds) if (c > n || (c === n && best === 'term')) { best = k; n = c; }
  return best;
}
