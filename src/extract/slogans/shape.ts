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

const ADJ = '大强优新精特高好实深细准稳快';
/** Heads of everyday parallel phrases (各行各业, 有毒有害, 依法依规, 越来越多, 不断…): not coinages. */
const EVERYDAY_HEADS = new Set('各有依越不多大小一无自相互'.split(''));

/**
 * Parallel formulas: a span cut into 2–4 equal parts (of 2 or 3 characters)
 * that all share a character in the same place (延链补链强链, 做大做强做优,
 * 稳就业稳企业稳市场, 不敢腐不能腐不想腐), or a verb-adjective pair twice (招大引强).
 */
export function isParallel(s: string): boolean {
  const c = [...s];
  if (c.length === 4 && ADJ.includes(c[1]) && ADJ.includes(c[3]) && c[0] !== c[2] && c[1] !== c[3] && VERBS.includes(c[0]) && VERBS.includes(c[2])) return true;
  for (const size of [2, 3]) {
    if (c.length % size !== 0) continue;
    const parts = c.length / size;
    if (parts < 2 || parts > 4) continue;
    // Two parts of three share their head (稳企业稳市场); any other shared place is chance (开拓新市场新).
    const columns = size === 3 && parts === 2 ? [0] : [...Array(size).keys()];
    if (sharesColumn(c, size, parts, columns) && !everyday(c, size, parts)) return true;
  }
  return false;
}

/**
 * A test that isParallel passes only if this passes, without copying the span:
 * most word pairs in a text fail here. A span with surrogates is left to isParallel,
 * which counts code points.
 */
export function mayBeParallel(text: string, start: number, len: number): boolean {
  for (let i = start; i < start + len; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  if (len === 4 && ADJ.includes(text[start + 1]) && ADJ.includes(text[start + 3])) return true;
  for (const size of [2, 3]) {
    const parts = len / size;
    if (!Number.isInteger(parts) || parts < 2 || parts > 4) continue;
    for (let col = 0; col < size; col++) {
      let p = 1;
      while (p < parts && text.charCodeAt(start + p * size + col) === text.charCodeAt(start + col)) p++;
      if (p === parts) return true;
    }
  }
  return false;
}

/** Verbs of investment-promotion coinages (招大引强, 抓大放小, 扶优扶强). */
const VERBS = '招引育稳扩强补延建抓促增减优提降保扶放做';

function sharesColumn(c: string[], size: number, parts: number, columns: number[]): boolean {
  for (const col of columns) {
    const ch = c[col];
    let same = true;
    for (let p = 1; p < parts && same; p++) same = c[p * size + col] === ch;
    if (!same) continue;
    // The other columns must differ between parts, or it is a plain repetition.
    const rest = new Set<string>();
    for (let p = 0; p < parts; p++) rest.add(c.slice(p * size, p * size + size).filter((_, i) => i !== col).join(''));
    if (rest.size === parts) return true;
  }
  return false;
}

/** Heads that make longer parallels everyday too (各地区各部门, 有关部门有关单位). */
const EVERYDAY_LONG_HEADS = new Set('各有依越多相'.split(''));

function everyday(c: string[], size: number, parts: number): boolean {
  if (size === 2 && parts === 2) return EVERYDAY_HEADS.has(c[0]) || EVERYDAY_HEADS.has(c[1]);
  return EVERYDAY_LONG_HEADS.has(c[0]);
}
