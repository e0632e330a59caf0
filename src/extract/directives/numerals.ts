/**
 * Numbers as Chinese officials write them: Arabic (1.6, 160), full-width
 * (１６０), Chinese (一百六十, 两千, 二〇二四, 零点五), mixed with magnitudes
 * (1.6万亿, 160亿, 三千多万) and 百分之 percentages. Written here rather than
 * taken from npm: the JavaScript ports tested get 百分之五, 零点五 and 约4.287亿
 * wrong (chinese-numbers-converter, tried before writing this); this parser is table-tested instead.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  叁: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const TRILLION = '\u0001';
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8, [TRILLION]: 1e12 };

/** Full-width digits and signs to ASCII. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff10-\uff19\uff0e\uff05\uff0b\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A whole number or decimal written with Chinese numerals, or undefined. */
export function parseChineseInteger(s: string): number | undefined {
  if (!s) return undefined;
  const point = s.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseInteger(s.slice(0, point));
    const frac = [...s.slice(point + 1)].map((c) => DIGITS[c]);
    if (whole === undefined || frac.length === 0 || frac.some((d) => d === undefined)) return undefined;
    return Number(`${whole}.${frac.join('')}`);
  }
  // Digit by digit (二〇二四): no units at all.
  if ([...s].every((c) => c in DIGITS) && s.length > 1) return Number([...s].map((c) => DIGITS[c]).join(''));
  // Sections below 万 accumulate; 万 closes a section; 亿 and 万亿 close everything before them.
  let high = 0;
  let wan = 0;
  let section = 0;
  let digit = 0;
  for (const c of s.replace(/万亿/g, TRILLION)) {
    if (c in DIGITS) digit = DIGITS[c];
    else if (c in SMALL_UNITS) {
      section += (digit || 1) * SMALL_UNITS[c];
      digit = 0;
    } else if (c === '万') {
      wan = (section + digit || 1) * 1e4;
      section = digit = 0;
    } else if (c in BIG_UNITS) {
      high = (high + wan + section + digit || 1) * BIG_UNITS[c];
      wan = section = digit = 0;
    } else return undefined;
  }
  return high + wan + section + digit;
}

/**
 * A number with an optional magnitude: `160`, `1.6万亿`, `一百六十亿`, `3,000`.
 * Returns undefined for anything that is not a number (no exceptions).
 */
export function parseNumber(raw: string): number | undefined {
  const s = toHalfWidth(raw)
    .replace(/,(?=\d{3})/g, '')
    .trim();
  if (!s) return undefined;
  const m = /^(\d+(?:\.\d+)?)(万亿|亿|万|千|百)?$/.exec(s);
  if (m) return round(Number(m[1]) * (m[2] ? magnitude(m[2]) : 1));
  const mixed = /^(\d+(?:\.\d+)?)([万亿]+)$/.exec(s);
  if (mixed) return round(Number(mixed[1]) * magnitude(mixed[2]));
  const zh = parseChineseInteger(s);
  return zh === undefined || !Number.isFinite(zh) ? undefined : round(zh);
}

function magnitude(unit: string): number {
  return unit === '万亿' ? 1e12 : unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unit === '千' ? 1e3 : unit === '百' ? 100 : 1;
}

/** Floating-point noise off (1.6 × 1e12 stays 1600000000000). */
function round(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** `百分之五点五` → 5.5; undefined if not a 百分之 percentage. */
export function parsePercentWords(s: string): number | undefined {
  const m = /^百分之(.+)$/.exec(s);
  return m ? parseNumber(m[1]) : undefined;
}
