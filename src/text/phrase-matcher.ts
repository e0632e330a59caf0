import { CodeUnitSet } from './code-unit-set.js';

/**
 * Known phrases found in text, the longest at each place: a table read per
 * character of the text (most start no phrase), then only the phrases that
 * start with that character are tried. Phrases are kept by the UTF-16 code of
 * their first character (a number: looking up text[i] made a new
 * one-character string per character of every document), longest first.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<number, Array<{ phrase: string; value: T }>>();
  /** The first characters of the phrases: a table read is cheaper than the map's lookup. */
  private readonly starts = new CodeUnitSet();

  /** Add a phrase; false (and nothing changes) when it is there already. */
  add(phrase: string, value: T): boolean {
    if (!phrase) return false;
    const first = phrase.charCodeAt(0);
    const list = this.byFirst.get(first);
    if (!list) {
      this.byFirst.set(first, [{ phrase, value }]);
      this.starts.add(phrase);
      return true;
    }
    if (list.some((p) => p.phrase === phrase)) return false;
    // Longest first (two phrases of one length cannot both match at one place).
    let at = 0;
    while (at < list.length && list[at].phrase.length >= phrase.length) at++;
    list.splice(at, 0, { phrase, value });
    return true;
  }

  /** The value of exactly this phrase. */
  get(phrase: string): T | undefined {
    return this.byFirst.get(phrase.charCodeAt(0))?.find((p) => p.phrase === phrase)?.value;
  }

  /** Every phrase that stands wholly inside `text[start, end)`, except one that is the whole span. */
  forEachWithin(text: string, start: number, end: number, visit: (value: T, start: number, end: number) => void): void {
    for (let i = start; i < end; i++) {
      const list = this.starts.has(text.charCodeAt(i)) ? this.byFirst.get(text.charCodeAt(i)) : undefined;
      for (const p of list ?? []) {
        const stop = i + p.phrase.length;
        if (stop <= end && !(i === start && stop === end) && text.startsWith(p.phrase, i)) visit(p.value, i, stop);
      }
    }
  }

  /** Each match left to right, never overlapping: at each place the longest phrase wins, and the search goes on after it. */
  forEachMatch(text: string, visit: (value: T, start: number, end: number) => void): void {
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!starts.has(code)) continue;
      const hit = longestAt(this.byFirst.get(code)!, text, i);
      if (!hit) continue;
      visit(hit.value, i, i + hit.phrase.length);
      i += hit.phrase.length - 1;
    }
  }
}

/** The first of a longest-first list of phrases that is written at `at`. */
function longestAt<T>(
  list: ReadonlyArray<{ phrase: string; value: T }>,
  text: string,
  at: number,
): { phrase: string; value: T } | undefined {
  for (const p of list) if (text.startsWith(p.phrase, at)) return p;
  return undefined;
}
