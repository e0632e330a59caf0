import { parseNumber } from './numerals.js';
import type { Quantity } from './quantities.js';
import { matchesOf } from '../../text/matches.js';

const YEAR = '(?:20\\d\\d|19\\d\\d|二〇[〇一二三四五六七八九]{2})';
const MONTH = '(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])';
/** 前 of a limit (2025年前, 6月底前10个项目), not of a period counted from the start (2025年前三季度, 前10个月). */
const BEFORE = '(?:前|以前)(?![一二两三四五六七八九十\\d]+个?(?:季度|月|天|日|周|旬|年))';
/** Time limits: 年内, 到2027年(底), 2025年底前, 6月底前, 三年内, 今年, 明年, 到本世纪中叶. */
const DEADLINE = new RegExp([
  `(?:到|至|在)?(${YEAR})年(?:(${MONTH})月)?(底|末|年底|${BEFORE})?(?:${BEFORE})?`,
  `(今年|本年度?|年内|今年内|年底前|年末前)`,
  `(明年|下一?年)(底|末)?`,
  `(${MONTH})月(底|末|中旬|上旬|下旬)?${BEFORE}`,
  `([一二两三四五六七八九十\\d]+)(年|个月)(?:内|之内)`,
  '(本世纪中叶)',
].join('|'), 'g');

/**
 * Deadlines, resolved to the last day they allow when the document's date is
 * known (年内 in a 2022-03-02 document → 2022-12-31); value null otherwise.
 * A bare year (2022年) counts only with 到/至 or 前/底; a limit already past is history.
 */
export function findDeadlines(text: string, docDate?: string): Quantity[] {
  const out: Quantity[] = [];
  const year = docDate ? Number(docDate.slice(0, 4)) : undefined;
  for (const m of matchesOf(DEADLINE, text)) {
    const whole = m[0];
    const start = m.index!;
    const resolved = resolve(m, year, docDate);
    // A limit already past when the document was written (增长到2025年 in a 2026 report) is history.
    if (resolved === undefined || (resolved && docDate && resolved < docDate)) continue;
    out.push({ text: whole, start, end: start + whole.length, kind: 'deadline', value: resolved, unit: 'date' });
  }
  return out;
}

function resolve(m: RegExpMatchArray, year: number | undefined, docDate: string | undefined): string | null | undefined {
  const [whole, y, ym, yEnd, thisYear, nextYear, , month, , spanN, spanUnit, century] = m;
  if (y) {
    const isLimit = /^(到|至)/.test(whole) || /(前|以前|底|末)$/.test(whole);
    if (!isLimit) return undefined;
    const yy = parseNumber(y.replace(/^二〇/, '20').replace(/〇/g, '0')) ?? Number(y);
    return ym ? endOfMonth(yy, monthNumber(ym)) : `${yy}-12-31`;
  }
  if (thisYear) return year ? `${year}-12-31` : null;
  if (nextYear) return year ? `${year + 1}-12-31` : null;
  if (month) return year ? endOfMonth(year, monthNumber(month)) : null;
  if (spanN) {
    const n = parseNumber(spanN);
    if (!n || !docDate) return n ? null : undefined;
    const d = new Date(`${docDate}T00:00:00Z`);
    if (spanUnit === '年') d.setUTCFullYear(d.getUTCFullYear() + n);
    else d.setUTCMonth(d.getUTCMonth() + n);
    return d.toISOString().slice(0, 10);
  }
  if (century) return '2050-12-31';
  return yEnd ? null : undefined;
}

function monthNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseNumber(s) ?? 12;
}

function endOfMonth(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
