import type { DocumentMeta } from '../document.js';

/** Header fields of government pages: `key：value` on one line, or the key alone with the value on the next. */
const KEYS =
  '(索\\s*引\\s*号|主\\s*题\\s*分\\s*类|发\\s*文\\s*机\\s*关|成\\s*文\\s*日\\s*期|标\\s*题|发\\s*文\\s*字\\s*号|发\\s*布\\s*日\\s*期|发\\s*布\\s*时\\s*间|发\\s*表\\s*日\\s*期|发\\s*表\\s*时\\s*间|主\\s*题\\s*词|信息来源|文章来源|来\\s*源|日\\s*期|时\\s*间|作\\s*者)\\s*[：:]';
const FIELD = new RegExp(`^${KEYS}`);
const FIELD_KEYS = new RegExp(KEYS, 'g');
/** How far into a document header fields are looked for. */
const HEADER_LINES = 40;

/**
 * Read the document's own metadata from its first lines and say which lines
 * are nothing but metadata. Dates come from labelled fields (发布时间, 成文日期,
 * 来源:日期:…); the file name is the caller's fallback.
 */
export function readHeader(lines: readonly string[], meta: DocumentMeta): Set<number> {
  const remove = new Set<number>();
  const limit = Math.min(lines.length, HEADER_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i].trim();
    // A line may chain fields: 来源:日期:2022-03-02, 来源：天门网 时间：…
    const fields = splitFields(line);
    if (!fields) continue;
    let consumedNext = false;
    for (const [key, rawValue] of fields) {
      let value = rawValue;
      if (!value && fields.length === 1 && i + 1 < limit && takesNextLine(key, lines[i + 1].trim())) {
        value = lines[i + 1].trim();
        consumedNext = true;
      }
      applyField(key.replace(/\s/g, ''), value, meta);
    }
    remove.add(i);
    if (consumedNext) remove.add(i + 1);
  }
  return remove;
}

/**
 * Whether a field left empty on its line has its value on the next: not when
 * that line is another field, a paragraph, or (for any field but the title) a
 * title, which an empty 主题词 would otherwise swallow.
 */
function takesNextLine(key: string, next: string): boolean {
  if (FIELD.test(next) || next.length > 60) return false;
  return key.replace(/\s/g, '') === '标题' || !/关于|通知$|意见$|决定$|办法$|方案$/.test(next);
}

function splitFields(line: string): Array<[string, string]> | undefined {
  if (line.length > 120) return undefined;
  const keys = [...line.matchAll(FIELD_KEYS)];
  if (keys.length === 0 || keys[0].index !== 0) return undefined;
  return keys.map((k, i) => [k[1], line.slice(k.index! + k[0].length, keys[i + 1]?.index ?? line.length).trim()]);
}

function applyField(key: string, value: string, meta: DocumentMeta): void {
  if (!value) return;
  if (/日期|时间/.test(key)) meta.date ??= parseDate(value);
  else if (/来源|发文机关/.test(key)) meta.source ??= value.replace(/[)）]$/, '');
  else if (key === '标题') meta.title ??= value;
}

/** An ISO date from `2021年07月08日`, `2022-03-02`, `2022/3/2`, `20240305`, or undefined. */
export function parseDate(text: string): string | undefined {
  const m =
    /(19|20)(\d\d)\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})/.exec(text) ??
    /(?<![\d])(19|20)(\d\d)(\d\d)(\d\d)(?![\d])/.exec(text);
  if (!m) return undefined;
  return isoDate(Number(m[1] + m[2]), Number(m[3]), Number(m[4]));
}

/** `2026-03`, `2026年3月`, `Mar 2026` or a year alone (`2026`, `2026年`), when there is no day: the ISO date at the precision given. */
export function parseYearMonth(text: string): string | undefined {
  const t = text.trim();
  const ym = /^((?:19|20)\d\d)\s*(?:年|[-/.])\s*(\d{1,2})\s*月?$/.exec(t);
  if (ym && Number(ym[2]) >= 1 && Number(ym[2]) <= 12) return `${ym[1]}-${ym[2].padStart(2, '0')}`;
  const year = /^((?:19|20)\d\d)\s*年?$/.exec(t);
  return year?.[1];
}

/** A region as one name (浙江省杭州市, 北京市, 浙江) split into the province-level unit and the city. */
export function splitRegion(name: string): { province: string; city?: string } {
  const m = /^(.+?(?:省|自治区|特别行政区|(?:北京|天津|上海|重庆)市))(.+)?$/.exec(name.trim());
  if (!m) return { province: name.trim() };
  return m[2] ? { province: m[1], city: m[2] } : { province: m[1] };
}

/** YYYY-MM-DD, or undefined when there is no such day (2024-02-30, month 13). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return undefined;
  // Date.UTC rolls an impossible day over into the next month.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first line that reads as a title: not empty, not a field, a markdown heading mark removed. */
export function findTitle(lines: readonly string[], skip: Set<number>): string | undefined {
  for (let i = 0; i < Math.min(lines.length, HEADER_LINES); i++) {
    const line = lines[i].replace(/^#+\s*/, '').trim();
    if (skip.has(i) || !line || /^\ufffd+$/.test(line)) continue;
    // A first line that is a sentence (a lead paragraph) means the page has no title line.
    return line.length > 100 || /[。！？]/.test(line) ? undefined : line;
  }
  return undefined;
}

/** A date in a file name such as 20220101.txt or 2022-03-02-report.html. */
export function dateFromFileName(path: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  return parseDate(base);
}

/**
 * A year that dates a document when nothing finer does: at the start of a
 * file name (2010_29_…, 2026-report.txt) or of a title (2010年国务院政府工作报告).
 */
export function yearOfName(pathOrTitle: string): string | undefined {
  const base = pathOrTitle.split(/[\\/]/).pop() ?? '';
  return /^((?:19|20)\d\d)(?=[_\-年.\s]|$)/.exec(base)?.[1];
}

/** A source named inline, as in `（来源：张掖日报）` at the end of an article. */
export function inlineSource(text: string): string | undefined {
  return /[（(]\s*来源[：:]\s*([^）)\s，。]{2,30})/.exec(text)?.[1];
}
