/**
 * Years as documents write them: in Arabic digits, or in Chinese numerals
 * one per digit (二〇二五年, 二○二五年, 二零二五年); and the years of a five-year
 * plan from its name (十四五). Shared by the datelines read in cleaning and
 * by the deadlines and plan parts the directive finders read.
 */

const DIGITS = '〇一二三四五六七八九';

/** A year in Arabic digits or one numeral per digit; NaN for anything else. */
export function writtenYear(s: string): number {
  if (/^\d{4}$/.test(s)) return Number(s);
  const digits = Array.from(s, (ch) => ('○零O0'.includes(ch) ? 0 : DIGITS.indexOf(ch)));
  return digits.length === 4 && digits.every((d) => d >= 0) ? Number(digits.join('')) : NaN;
}

/**
 * The years of a five-year plan named 十X五 (十四五: 2021–2025), from its middle
 * numeral X: the sixth was 1981–1985, and they have followed each other since.
 */
export function planYears(middle: string): [number, number] {
  const n = 10 + DIGITS.indexOf(middle);
  const start = 1981 + 5 * (n - 6);
  return [start, start + 4];
}
