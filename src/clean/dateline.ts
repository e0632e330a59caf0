import { isoDate } from './metadata.js';
import { writtenYear } from '../text/years.js';

/**
 * A date written out at the start of a line: 2024年3月5日, or in numerals,
 * 二〇一七年十月十八日 (the year digit by digit; local documents also write
 * its zero as O or 0).
 */
const WRITTEN_DATE =
  /^((?:19|20)\d\d|[一二][〇○零O0一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/;
/**
 * What may follow the date of a dateline: nothing but a closing bracket or the
 * weekday, the occasion (在…会议上, without a comma: 在北京召开，… is a
 * sentence), or the act (…会议通过）).
 */
const DATELINE_TAIL =
  /^(?:\s*[）)]?\s*(?:(?:星期|周)[一二三四五六日天])?\s*|在[^。；，,]{1,60}|[^。；，,]{0,40}会议?[^。；，,]{0,6}(?:通过|批准)[）)]?)$/;
/** A signature block's date stands alone on its line. */
const CLOSING_TAIL = /^\s*[）)]?\s*$/;
/** Who signs a document: a line naming a body (某某市人民政府办公室, 中共某某县委), not a sentence. */
const ISSUER =
  /^[^。；，,：:]{2,40}(?:政府|办公室|办公厅|委员会|委|党组|局|厅|院|中心|部|会|公司|小组|指挥部|办事处|街道|镇|乡|村|支部|所|学校|大学)\s*(?:[（(][^）)]{1,10}[）)])?$/;

/** Non-empty lines from the top where a dateline may stand: the title, page chrome left in (navigation, font-size controls), the dateline. */
const HEAD_LINES = 16;
/** Non-empty lines from the end that may hold the signature block's date. */
const CLOSING_LINES = 6;
/** Non-empty lines from the end in which that date must be the only line that is a date (else: a list or a table). */
const CLOSING_WINDOW = 12;

/**
 * The date a document gives itself when it has no header fields (and its file
 * name none): a dateline near the top (——2024年3月5日在…会议上,
 * （2017年10月18日）, （2023年3月13日…会议通过）), before the body starts;
 * or else the date of its signature block (落款), a line that is only a date
 * under a line naming the issuing body, near the end. A date that is part of a
 * sentence (a deadline, an event), the value of a label (截止日期：), one of
 * several dates in a list or a table, or a year alone, is not taken.
 */
export function datelineDate(text: string): string | undefined {
  return headDate(firstLines(text, HEAD_LINES)) ?? closingDate(lastLines(text, CLOSING_WINDOW));
}

function headDate(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    // A date under a label is that field's value (报名截止日期：), not the document's.
    const date = /[：:]$/.test(lines[i - 1] ?? '') ? undefined : dateStarting(lines[i], DATELINE_TAIL);
    if (date) return date;
    // The body has started.
    if (/[。；]/.test(lines[i])) return undefined;
  }
  return undefined;
}

function closingDate(lines: readonly string[]): string | undefined {
  const dated = lines.flatMap((line, i) => {
    const date = dateStarting(line, CLOSING_TAIL);
    return date ? [{ date, i }] : [];
  });
  if (dated.length !== 1) return undefined;
  const [{ date, i }] = dated;
  return i >= lines.length - CLOSING_LINES && i > 0 && ISSUER.test(lines[i - 1]) ? date : undefined;
}

/** The date a line starts with (after dashes or an opening bracket), when the rest of the line is `tail`. */
function dateStarting(line: string, tail: RegExp): string | undefined {
  const body = line.replace(/^(?:[—－-]{1,2}|[（(])\s*/, '');
  const m = WRITTEN_DATE.exec(body);
  if (!m || !tail.test(body.slice(m[0].length))) return undefined;
  return isoDate(writtenYear(m[1]), writtenNumber(m[2]), writtenNumber(m[3]));
}

const DIGITS = '〇一二三四五六七八九';

/** A month or day: Arabic digits, or numerals (八, 十, 十八, 二十, 三十一); NaN for anything else (一二十). */
function writtenNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const one = (part: string) => (part.length === 1 ? DIGITS.indexOf(part) : -1);
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 && one(s) > 0 ? one(s) : NaN;
  const tens = ten === 0 ? 1 : one(s.slice(0, ten));
  const units = ten === s.length - 1 ? 0 : one(s.slice(ten + 1));
  return tens < 1 || units < 0 ? NaN : tens * 10 + units;
}

/** The first `count` non-empty lines, trimmed, without splitting the whole text. */
function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  for (let start = 0; start < text.length && out.length < count;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (line) out.push(line);
    start = end + 1;
  }
  return out;
}

/** The last `count` non-empty lines, trimmed, in text order. */
function lastLines(text: string, count: number): string[] {
  const out: string[] = [];
  for (let end = text.length; end > 0 && out.length < count;) {
    const nl = text.lastIndexOf('\n', end - 1);
    const line = text.slice(nl + 1, end).trim();
    if (line) out.push(line);
    end = nl === -1 ? 0 : nl;
  }
  return out.reverse();
}
