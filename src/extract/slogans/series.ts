import { hanCount, sloganKey, type Candidate, type WordBoundaries } from './types.js';

/**
 * Series written across 、 whose items share a shape (形式主义、官僚主义;
 * 不敢腐、不能腐、不想腐; 稳就业、稳企业、稳市场、稳预期; 人民至上、生命至上): the
 * same first character, or the same ending, in every item. Lists of different
 * things (北京、上海、广州; 教育、医疗、养老) share nothing and are not series.
 */
const SERIES = /[\p{Script=Han}]{2,6}(?:、[\p{Script=Han}]{2,6}){1,5}/gu;

export function findSeries(text: string, boundaries: WordBoundaries): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SERIES)) {
    const span = trimToShape(m[0].split('、'));
    if (!span) continue;
    const start = m.index! + m[0].indexOf(span[0]);
    const written = span.join('、');
    const end = start + written.length;
    if (!boundaries.has(start) || !boundaries.has(end)) continue;
    out.push({ key: sloganKey(written), kind: 'series', finder: 'series', start, end });
  }
  return out;
}

/**
 * The items that share a shape, when there are two or more: the first item's
 * leading words and the last item's trailing words may belong to the sentence
 * (坚决反对形式主义、官僚主义作风), so each end is cut back to the shared shape.
 */
function trimToShape(items: string[]): string[] | undefined {
  if (items.length < 2) return undefined;
  const ending = sharedEnding(items.slice(1, -1).length ? items.slice(1, -1) : items);
  if (ending) {
    const first = items[0].lastIndexOf(ending) >= 0 ? items[0].slice(0, items[0].lastIndexOf(ending) + ending.length) : items[0];
    const last = items.at(-1)!;
    const cut = last.indexOf(ending);
    const trimmed = [cut >= 0 ? shortestItem(first, ending, items) : first, ...items.slice(1, -1), cut >= 0 ? last.slice(0, cut + ending.length) : last];
    return shaped(trimmed) ? trimmed : undefined;
  }
  return shaped(items) ? items : undefined;
}

/** The first item cut to the length of its fellows (坚决反对形式主义 → 形式主义 beside 官僚主义). */
function shortestItem(first: string, ending: string, items: string[]): string {
  const others = items.slice(1).map((s) => s.length);
  const length = Math.max(...others.map((n) => Math.min(n, first.length)));
  return first.endsWith(ending) ? first.slice(first.length - length) : first;
}

/** The longest ending (one or two characters) every item has. */
function sharedEnding(items: readonly string[]): string | undefined {
  for (const n of [2, 1]) {
    const end = items[0].slice(-n);
    if (items.every((s) => s.length > n && s.endsWith(end))) return end;
  }
  return undefined;
}

/** Items of one shape: of similar length, and all sharing a first character or an ending. */
function shaped(items: readonly string[]): boolean {
  if (items.some((s) => hanCount(s) < 2) || Math.max(...items.map((s) => s.length)) - Math.min(...items.map((s) => s.length)) > 1) return false;
  const first = items.every((s) => s[0] === items[0][0]);
  const last = items.every((s) => s.at(-1) === items[0].at(-1));
  // A shared first character alone is often a word (中国、中央): the items must then differ after it.
  return (first && new Set(items.map((s) => s.slice(1))).size === items.length) || last;
}
