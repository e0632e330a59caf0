import type { SloganKind } from './types.js';

const NUM = '一二三四五六七八九十百千万两双';
/** Two numerals with a word between: 四图五清单, 一企一策, 百项千亿工程, 三去一降一补. */
const TWO_NUMERALS = new RegExp(`^[${NUM}][\\p{Script=Han}]{1,2}[${NUM}]`, 'u');
/** A numeral and a counter: 三大高地, 四个全面, 两个确立. */
const COUNTED = new RegExp(`^(?:[${NUM}]|十[一二三四五六七八九])(?:大|个|项|张|条|批|心|区|链|城|园|新|化|稳|保|高|风)`, 'u');
const PLAN_PERIOD = /^十[一二三四五六七八九]五/;
const FORMULA = /\d\s*[+＋]\s*[\dA-Za-z]/;

/** The kind a form's shape says, or undefined when the shape says nothing. */
export function shapeKind(text: string): SloganKind | undefined {
  const core = text.replace(/[“”"]/g, '');
  if (/、/.test(core)) return 'series';
  if (FORMULA.test(core) || PLAN_PERIOD.test(core) || TWO_NUMERALS.test(core) || COUNTED.test(core)) return 'numbered';
  if (isParallel(core)) return 'patterned';
  return undefined;
}

/** Characters as code points: the parallel test compares numbers, and makes no string per character. */
const codes = (chars: string): Set<number> => new Set(Array.from(chars, (ch) => ch.codePointAt(0)!));

const ADJ = codes('大强优新精特高好实深细准稳快');
/** Verbs of investment-promotion coinages (招大引强, 抓大放小, 扶优扶强). */
const VERBS = codes('招引育稳扩强补延建抓促增减优提降保扶放做');
/** Heads of everyday parallel phrases (各行各业, 有毒有害, 依法依规, 越来越多, 不断…): not coinages. */
const EVERYDAY_HEADS = codes('各有依越不多大小一无自相互');
/** Heads that make longer parallels everyday too (各地区各部门, 有关部门有关单位). */
const EVERYDAY_LONG_HEADS = codes('各有依越多相');

/**
 * Parallel formulas: a span cut into 2–4 equal parts (of 2 or 3 characters)
 * that all share a character in the same place (延链补链强链, 做大做强做优,
 * 稳就业稳企业稳市场, 不敢腐不能腐不想腐), or a verb-adjective pair twice (招大引强).
 */
export function isParallel(s: string): boolean {
  return isParallelSpan(s, 0, s.length);
}

/**
 * isParallel of `text.slice(start, start + length)` without copying it: the
 * patterned finder asks at most word boundaries of every text, and most spans
 * fail within a few comparisons of character codes.
 */
export function isParallelSpan(text: string, start: number, length: number): boolean {
  for (let i = start; i < start + length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const units = oneUnitEach(text.slice(start, start + length));
      return parallel(units, 0, units.length);
    }
  }
  return parallel(text, start, length);
}

/**
 * A span with each character beyond the BMP (and each lone surrogate) put as
 * one code unit of its own, distinct for distinct characters: the tests below
 * compare code units for equality and look them up among BMP characters, so
 * they give the same answers on it as on the span's characters.
 */
function oneUnitEach(span: string): string {
  const stand = new Map<number, string>();
  let out = '';
  for (const ch of span) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0xffff && (cp < 0xd800 || cp > 0xdfff)) out += ch;
    else out += stand.get(cp) ?? stand.set(cp, String.fromCharCode(0xd800 + stand.size)).get(cp)!;
  }
  return out;
}

/** Sizes of the parts of a parallel formula. */
const PART_SIZES: readonly number[] = [2, 3];

function parallel(t: string, o: number, n: number): boolean {
  if (n === 4 && verbAdjectiveTwice(t.charCodeAt(o), t.charCodeAt(o + 1), t.charCodeAt(o + 2), t.charCodeAt(o + 3))) return true;
  for (const size of PART_SIZES) {
    if (n % size !== 0) continue;
    const parts = n / size;
    if (parts < 2 || parts > 4) continue;
    // Two parts of three share their head (稳企业稳市场); any other shared place is chance (开拓新市场新).
    const columns = size === 3 && parts === 2 ? 1 : size;
    if (sharesColumn(t, o, size, parts, columns) && !everyday(t, o, size, parts)) return true;
  }
  return false;
}

/** 招大引强, 抓大放小: two different verbs, each before a different adjective. */
function verbAdjectiveTwice(verb1: number, adj1: number, verb2: number, adj2: number): boolean {
  return VERBS.has(verb1) && VERBS.has(verb2) && ADJ.has(adj1) && ADJ.has(adj2) && verb1 !== verb2 && adj1 !== adj2;
}

/** Whether one of the first `columns` places holds the same character in every part, while the parts differ elsewhere. */
function sharesColumn(t: string, o: number, size: number, parts: number, columns: number): boolean {
  for (let col = 0; col < columns; col++) {
    let p = 1;
    while (p < parts && t.charCodeAt(o + p * size + col) === t.charCodeAt(o + col)) p++;
    if (p < parts) continue;
    // The other columns must differ between parts, or it is a plain repetition.
    if (partsDifferBesides(t, o, size, parts, col)) return true;
  }
  return false;
}

/** No two parts are the same once column `col` is left out. */
function partsDifferBesides(t: string, o: number, size: number, parts: number, col: number): boolean {
  for (let p = 0; p < parts; p++) {
    for (let q = p + 1; q < parts; q++) {
      let same = true;
      for (let k = 0; k < size && same; k++) same = k === col || t.charCodeAt(o + p * size + k) === t.charCodeAt(o + q * size + k);
      if (same) return false;
    }
  }
  return true;
}

function everyday(t: string, o: number, size: number, parts: number): boolean {
  if (size === 2 && parts === 2) return EVERYDAY_HEADS.has(t.charCodeAt(o)) || EVERYDAY_HEADS.has(t.charCodeAt(o + 1));
  return EVERYDAY_LONG_HEADS.has(t.charCodeAt(o));
}
