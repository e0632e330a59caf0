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
    if (!span || leadsOn(span)) continue;
    const start = m.index! + m[0].indexOf(span[0]);
    const written = span.join('、');
    const end = start + written.length;
    if (!boundaries.has(start) || !boundaries.has(end)) continue;
    out.push({ key: sloganKey(written), kind: 'series', finder: 'series', start, end });
  }
  return out;
}

/**
 * Whether the last item ends with a joining word that leads on to more of the
 * list (各民主党派、各人民团体和 | 无党派人士): a fragment. Not when every item ends
 * so, which is the series' own ending (男女平等、民族平等; 社会参与、公众参与).
 */
function leadsOn(items: readonly string[]): boolean {
  const end = items[items.length - 1].at(-1)!;
  return '和与及或等'.includes(end) && !items.every((s) => s.endsWith(end));
}

/**
 * The items that share a shape, when there are two or more: the first item's
 * leading words and the last item's trailing words may belong to the sentence
 * (坚决反对形式主义、官僚主义作风), so each end is cut back to the shared shape.
 */
function trimToShape(raw: string[]): string[] | undefined {
  if (raw.length < 2) return undefined;
  const items = trimLead(raw);
  if (shaped(items)) return items;
  const ending = sharedEnding(items);
  return ending && shaped(ending) ? ending : undefined;
}

/**
 * Items cut to an ending they share, where the first holds words before it and
 * the last words after it (坚决反对形式主义、官僚主义作风 → 形式主义、官僚主义): an
 * ending of two characters, else one, that the middle items end with, the last
 * holds and the first holds; the first is then cut to the length of the last.
 */
function sharedEnding(items: readonly string[]): string[] | undefined {
  const first = items[0];
  const last = items[items.length - 1];
  const middle = items.slice(1, -1);
  for (const n of [2, 1]) {
    for (let at = 0; at + n <= last.length; at++) {
      const end = last.slice(at, at + n);
      const inFirst = first.lastIndexOf(end);
      if (at + n < 2 || inFirst < 0 || !middle.every((s) => s.endsWith(end))) continue;
      const cutLast = last.slice(0, at + n);
      const firstEnd = inFirst + n;
      const cutFirst = first.slice(Math.max(0, firstEnd - cutLast.length), firstEnd);
      return [cutFirst, ...middle, cutLast];
    }
  }
  return undefined;
}

/**
 * The first item cut to where its fellows' shared first character stands in it
 * (要稳就业 beside 稳企业, 稳市场 → 稳就业), when they share one.
 */
function trimLead(items: string[]): string[] {
  const rest = items.slice(1);
  const lead = rest[0][0];
  if (!rest.every((s) => s[0] === lead) || items[0][0] === lead) return items;
  const at = items[0].lastIndexOf(lead);
  return at > 0 ? [items[0].slice(at), ...rest] : items;
}

/** Items of one shape: of similar length, and all sharing a first character or an ending. */
function shaped(items: readonly string[]): boolean {
  if (items.some((s) => hanCount(s) < 2) || Math.max(...items.map((s) => s.length)) - Math.min(...items.map((s) => s.length)) > 1)
    return false;
  const first = items.every((s) => s[0] === items[0][0]);
  const last = items.every((s) => s.at(-1) === items[0].at(-1));
  // A shared first character alone is often a word (中国、中央): the items must then differ after it.
  return (first && new Set(items.map((s) => s.slice(1))).size === items.length) || last;
}
