import { parseNumber, parsePercentWords } from './numerals.js';
import { matchesOf } from '../../text/matches.js';

export type QuantityKind = 'amount' | 'count' | 'rate' | 'deadline';

export interface Quantity {
  /** As written in the cleaned text. */
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  /** A number, a [low, high] range, an ISO date for deadlines, or null when it cannot be resolved. */
  value: number | [number, number] | string | null;
  unit: string | null;
  /** 左右, 以上, 多, 约…: the figure is not exact. */
  approx?: string;
}

const NUM = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)';
const MAG = '(?:万亿|亿|万|千)?';
const APPROX_AFTER = '(左右|以上|以内|以下|上下|多|余)?';
const MONEY = '元|美元|欧元|港元|日元|英镑|人民币';
const MEASURE = '吨|千瓦时|千瓦|瓦|公里|千米|米|平方公里|平方米|立方米|亩|斤|公斤|千克|标准箱|TEU|GW|MW|kW|小时|天|个月|年';
const COUNTER = '个|家|条|项|所|座|台|套|批|户|名|人次|人|场|次|处|辆|架|艘|件|栋|部|支|位|只|张|种|类|强|倍';

const PERCENT = new RegExp(`(约)?(${NUM})\\s*%(?:\\s*[-~～至到]\\s*(${NUM})\\s*%)?${APPROX_AFTER}|百分之[零一二两三四五六七八九十百点]+${APPROX_AFTER}`, 'g');
const DOUBLE = /翻(一|两|二|三)番/g;
const QUANTITY = new RegExp(`(约|近|超过|超|逾)?(${NUM})(${MAG})(多|余)?(${MONEY}|${MEASURE}|${COUNTER})${APPROX_AFTER}`, 'g');

/**
 * Quantities in a stretch of cleaned text: amounts, counts, rates (with ranges
 * and approximations). Dates are not quantities; deadlines are found apart.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const taken = new DisjointSpans();
  const push = (q: Quantity) => {
    if (taken.take(q.start, q.end)) out.push(q);
  };
  for (const m of matchesOf(PERCENT, text)) push(percent(m));
  for (const m of matchesOf(DOUBLE, text)) {
    const times = { 一: 2, 两: 4, 二: 4, 三: 8 }[m[1] as '一'] ?? null;
    push({ text: m[0], start: m.index!, end: m.index! + m[0].length, kind: 'rate', value: times, unit: '倍' });
  }
  for (const m of matchesOf(QUANTITY, text)) {
    const q = quantity(m, text);
    if (q) push(q);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Spans taken so far, sorted and disjoint, so that a new one is checked
 * against one neighbour: a clause can be a whole line without punctuation,
 * with as many quantities as figures in it, and checking each against all
 * the others was quadratic. Each pass's matches come in order, so they are
 * mostly added at the end.
 */
export class DisjointSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Take [start, end) unless it overlaps a span taken before; says whether it was taken. */
  take(start: number, end: number): boolean {
    // Spans before the first one that ends after `start` end too early, and those after it start after it: only it can overlap.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid] <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.starts.length && this.starts[lo] < end) return false;
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
    return true;
  }
}

function percent(m: RegExpMatchArray): Quantity {
  const start = m.index!;
  const base = { text: m[0], start, end: start + m[0].length, kind: 'rate' as const, unit: '%' };
  const approx = m[1] ?? m[4] ?? m[5];
  if (m[0].startsWith('百分之')) {
    const words = m[0].replace(/(左右|以上|以内|以下|上下|多|余)$/, '');
    return { ...base, value: parsePercentWords(words) ?? null, ...(approx ? { approx } : {}) };
  }
  const low = parseNumber(m[2]) ?? null;
  const high = m[3] ? parseNumber(m[3]) ?? null : null;
  return { ...base, value: high !== null && low !== null ? [low, high] : low, ...(approx ? { approx } : {}) };
}

function quantity(m: RegExpMatchArray, text: string): Quantity | undefined {
  const [whole, before, num, mag, more, unit, after] = m;
  const start = m.index!;
  // 2022年, 3月1日 and the like are dates; 第3个 is an ordinal.
  if (unit === '年' && /^\d{4}$/.test(num)) return undefined;
  if (text[start - 1] === '第' || /^[月日号]/.test(text.slice(start + whole.length))) return undefined;
  if (/^[零〇点]/.test(num) || (/^[一二两三四五六七八九十]$/.test(num) && !mag && /^(个|项|条|种|类|批|次|名|位|张|部|支|件|只|年|天|小时|个月)$/.test(unit) && !/\d/.test(whole))) {
    // 一个, 三项, 两年: ordinary words unless a figure follows a cue; counted only with a digit or magnitude.
    if (!/^(倍|强)$/.test(unit)) return undefined;
  }
  // 亿万人民, 千万家庭: magnitudes alone are rhetoric, not figures; 一百年 and the like are anniversaries.
  if (/^[百千万亿]+$/.test(num + (mag ?? ''))) return undefined;
  if (/^(年|天|小时|个月)$/.test(unit) && !/\d/.test(num)) return undefined;
  const value = parseNumber(num + (mag ?? ''));
  if (value === undefined) return undefined;
  const approx = before ?? more ?? after;
  return {
    text: whole, start, end: start + whole.length, kind: kindOfUnit(unit), value, unit,
    ...(approx ? { approx } : {}),
  };
}

function kindOfUnit(unit: string): QuantityKind {
  if (unit === '倍') return 'rate';
  if (new RegExp(`^(${MONEY}|${MEASURE})$`).test(unit)) return 'amount';
  return 'count';
}
