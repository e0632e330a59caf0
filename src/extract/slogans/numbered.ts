import { shapeKind } from './shape.js';
import { sloganKey, type Candidate, type WordBoundaries } from './types.js';

const NUM = '一二三四五六七八九十百千万两双';
/** Formulas written with digits: 1+5+X, 3+2, 1+N+X. Not inside a longer number or an equation. */
const FORMULA = /(?<![\d.+=×])\d{1,2}(?:\s*\+\s*(?:\d{1,2}|[A-Z]|N))+(?![\d.=])/g;
/** Numeral-led formulas: 十四五, 三大高地, 四个全面, 四图五清单, 一企一策, 百项千亿工程. */
const NUMERAL_LED = new RegExp(
  `(?<![${NUM}第\\d])(?:十[一二三四五六七八九]五|[${NUM}](?:大|个|项|张|条|批|图|企|业|园|链|网|区|城|清单)?[\\p{Script=Han}]{1,6})`,
  'gu',
);

/**
 * Numbered formulas. A numeral-led span is cut back to the longest prefix that
 * has a numbered shape and ends at a word boundary, so 三大高地 is found inside
 * 打造三大高地建设 without taking 建设 with it.
 */
export function findNumbered(text: string, boundaries: WordBoundaries): Candidate[] {
  const out: Candidate[] = [];
  FORMULA.lastIndex = 0;
  for (let m = FORMULA.exec(text); m; m = FORMULA.exec(text)) {
    out.push({ key: sloganKey(m[0]), kind: 'numbered', finder: 'numbered', start: m.index, end: m.index + m[0].length });
  }
  NUMERAL_LED.lastIndex = 0;
  for (let m = NUMERAL_LED.exec(text); m; m = NUMERAL_LED.exec(text)) {
    const start = m.index;
    if (!boundaries.has(start)) {
      NUMERAL_LED.lastIndex = start + 1;
      continue;
    }
    const span = bestSpan(m[0], start, boundaries);
    if (span) out.push({ key: sloganKey(span), kind: 'numbered', finder: 'numbered', start, end: start + span.length });
    NUMERAL_LED.lastIndex = start + Math.max(1, span?.length ?? 1);
  }
  return out;
}

function bestSpan(span: string, start: number, boundaries: WordBoundaries): string | undefined {
  for (let len = span.length; len >= 3; len--) {
    const s = span.slice(0, len);
    if (boundaries.has(start + len) && shapeKind(s) === 'numbered' && !isPlainCount(s)) return s;
  }
  return undefined;
}

/**
 * Numerals and nothing else, digits among them: a number (二十三), a
 * section's ordinal (（二十三）, 三十二、) or a year (一九八一, 一九八○年 cut at
 * ○). Magnitudes alone (百千万 of the 百千万行动) are a formula.
 */
const NUMBER_ONLY = /^(?=.*[一二三四五六七八九两〇○零])[一二三四五六七八九十百千万两〇○零]+$/;
/** A five-year plan (十四五) is all numerals and is a slogan. */
const PLAN_PERIOD = /^十[一二三四五六七八九]五$/;

/**
 * Counts in ordinary sentences (一个, 两个月), fractions (十分之一), party
 * congresses and plenums (十八大以来, 二十届三中全会: events, not slogans),
 * numbers written in numerals.
 */
function isPlainCount(s: string): boolean {
  return (
    (NUMBER_ONLY.test(s) && !PLAN_PERIOD.test(s)) ||
    /^(一个|一批|一项|一张|一条|一大|[一二两三四五六七八九十]个(月|人|小时|方面|百分点|多)|[一二两三]大(批|量|部分))/.test(s) ||
    /之一|分之|以来|以上|以下|左右|多年|[和与及的年月日次届]/.test(s) ||
    (/^[二十]*[一二三四五六七八九十]大/.test(s) && !/^[三四五六七八九]大[^\d]/.test(s))
  );
}
