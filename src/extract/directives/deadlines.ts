import { parseNumber } from './numerals.js';
import type { Quantity } from './quantities.js';
import { matchesOf } from '../../text/matches.js';
import { planYears, writtenYear } from '../../text/years.js';

const YEAR = '(?:20\\d\\d|19\\d\\d|二〇[〇一二三四五六七八九]{2}|二○[○〇一二三四五六七八九]{2})';
const MONTH = '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
/** 前 of a limit (2025年前, 6月底前10个项目), not of a period counted from the start (2025年前三季度, 前10个月). */
const BEFORE = '(?:前|以前|之前)(?![一二两三四五六七八九十\\d]+个?(?:季度|月|天|日|周|旬|年))';
const PART = '(?:底|末|年底|年末|中旬|上旬|下旬|份|中)';
/**
 * Time limits as whole phrases: 到2027年底, 2025年底前, 今年年底前, 今年9月底前,
 * 本月15日前, 6月份, 年内, 三年内, “十五五”期间, 自8月1日起, 到本世纪中叶.
 */
const DEADLINE = new RegExp(
  [
    // A year, with its month and day, or its end.
    `(?:到|至|自|从)?(${YEAR})年(?:(${MONTH})月(?:(${DAY})[日号])?)?(${PART})?(?:${BEFORE}|起|以来)?`,
    // This year, next year: with their months and ends (a bare 今年 is the year spoken of, not a limit; 今年以来 is the past).
    `(?:到|至|自|从)?(今年|本年度?|明年|下一?年)(?:年?(底|末|内|中)|(${MONTH})月(?:(${DAY})[日号])?(${PART})?)?(?:${BEFORE}|起)?(?!以来|来)`,
    `(?<![今明本去上下\\d一二三四五六七八九十百千两多])(年内|年底前|年末前|年底|年末|年中)`,
    // A month of the document's year: 6月底前, 9月1日起, 本月15日.
    `(?:到|至|自|从)?(本月|(${MONTH})月)(?:(${DAY})[日号])?(${PART})?(?:${BEFORE}|起)?`,
    `([一二两三四五六七八九十\\d]+)(年|个月|周|天)(?:内|之内|以内)`,
    `[“"]?(十[一二三四五六七八九]五)[”"]?(?:规划)?(期间|时期|末|内)`,
    '(本世纪中叶)',
  ].join('|'),
  'g',
);

/**
 * Deadlines, resolved to the last day they allow when the document's date is
 * known (年内 in a 2022-03-02 document → 2022-12-31; 自8月1日起 → its first
 * day); date null otherwise. A bare year (2022年) counts only with 到/至 or
 * 前/底; a limit already past when the document was written is history.
 */
export function findDeadlines(text: string, docDate?: string): Quantity[] {
  const out: Quantity[] = [];
  const year = docDate ? Number(docDate.slice(0, 4)) : undefined;
  for (const m of matchesOf(DEADLINE, text)) {
    const whole = m[0];
    const start = m.index!;
    const resolved = resolve(m, year, docDate);
    if (resolved === undefined) continue;
    // A limit already past when the document was written (增长到2025年 in a 2026 report) is history; a start date (自…起) may be.
    if (resolved && docDate && docDate.length === 10 && resolved < docDate && !/起$/.test(whole)) continue;
    out.push({
      text: whole,
      start,
      end: start + whole.length,
      kind: 'deadline',
      value: null,
      low: null,
      high: null,
      comparator: 'at_most',
      unit: 'date',
      date: resolved,
    });
  }
  return out;
}

/** The last day a deadline allows (the first, for 自…起), null when it needs an unknown document date, undefined when it is no deadline. */
function resolve(m: RegExpMatchArray, year: number | undefined, docDate: string | undefined): string | null | undefined {
  const [
    whole,
    y,
    ym,
    yd,
    yPart,
    rel,
    relPart,
    relMonth,
    relDay,
    relMonthPart,
    alone,
    monthWord,
    month,
    day,
    mPart,
    spanN,
    spanUnit,
    plan,
    planPart,
    century,
  ] = m;
  const starts = /起$/.test(whole);
  if (y) {
    // A date (2026年1月20日, 2025年3月) is no limit without 到/至, 前, 底 or 起.
    const isLimit = /^(到|至)/.test(whole) || /(前|底|末|起)$/.test(whole) || /(底|末|年底|年末)/.test(yPart ?? '');
    if (!isLimit) return undefined;
    const yy = writtenYear(y);
    return dayIn(yy, ym ? monthNumber(ym) : undefined, yd, yPart, starts);
  }
  if (rel) {
    if (!relPart && !relMonth && !/(前|起)$/.test(whole) && !/^(到|至)/.test(whole)) return undefined;
    if (!year) return null;
    const yy = /明年|下/.test(rel) ? year + 1 : year;
    if (relMonth) return dayIn(yy, monthNumber(relMonth), relDay, relMonthPart, starts);
    return relPart === '中' ? `${yy}-06-30` : `${yy}-12-31`;
  }
  if (alone) {
    if (!year) return null;
    return alone === '年中' ? `${year}-06-30` : `${year}-12-31`;
  }
  if (monthWord) {
    if (!year || !docDate) return null;
    const mm = month ? monthNumber(month) : Number(docDate.slice(5, 7));
    // A plain date (6月, 7月11日) is a date, not a limit: only with 底/前/起, 到/至, or 份 (本月15日 counts).
    if (!mPart && !/(前|起)$/.test(whole) && !/^(到|至)/.test(whole) && !(monthWord === '本月' && day)) return undefined;
    return dayIn(year, mm, day, mPart, starts);
  }
  if (spanN) {
    const n = parseNumber(spanN);
    if (!n) return undefined;
    if (!docDate) return null;
    // Known to the year only: N years are this year and the N − 1 after it (五年内 in 2006 → 2010).
    if (docDate.length < 10) return spanUnit === '年' ? `${Number(docDate.slice(0, 4)) + n - 1}-12-31` : null;
    const d = new Date(`${docDate}T00:00:00Z`);
    if (spanUnit === '年') d.setUTCFullYear(d.getUTCFullYear() + n);
    else if (spanUnit === '个月') d.setUTCMonth(d.getUTCMonth() + n);
    else d.setUTCDate(d.getUTCDate() + n * (spanUnit === '周' ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }
  if (plan) {
    const [, to] = planYears(plan[1]);
    return planPart === '末' || planPart === '期间' || planPart === '时期' || planPart === '内' ? `${to}-12-31` : undefined;
  }
  if (century) return '2050-12-31';
  return undefined;
}

function dayIn(year: number, month: number | undefined, day: string | undefined, part: string | undefined, starts: boolean): string | null {
  if (month === undefined) return starts ? `${year}-01-01` : `${year}-12-31`;
  if (day) {
    const d = /^\d+$/.test(day) ? Number(day) : (parseNumber(day) ?? 1);
    return `${year}-${pad(month)}-${pad(d)}`;
  }
  if (starts) return `${year}-${pad(month)}-01`;
  if (part === '上旬') return `${year}-${pad(month)}-10`;
  if (part === '中旬') return `${year}-${pad(month)}-20`;
  return endOfMonth(year, month);
}

function monthNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (parseNumber(s) ?? 12);
}

const pad = (n: number) => String(n).padStart(2, '0');

function endOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(last)}`;
}
