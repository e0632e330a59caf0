import { parseNumber, parsePercentWords } from './numerals.js';
import { matchesOf } from '../../text/matches.js';

export type QuantityKind = 'amount' | 'count' | 'rate' | 'deadline' | 'formula' | 'ordinal';
/** How the figure bounds what is meant: 5%左右 about, 5%以上 at_least, 3%以内 at_most, 4.5%—5% a range, 5% exact. */
export type Comparator = 'exact' | 'about' | 'at_least' | 'at_most' | 'range';

export interface Quantity {
  /** As written in the cleaned text, the whole phrase (4.5%—5%, 30多亿元, 今年年底前). */
  text: string;
  start: number;
  end: number;
  kind: QuantityKind;
  /** The number when there is one (the ordinal's index, a formula's leading number); null for a range, a deadline, or a figure that cannot be read. */
  value: number | null;
  /** The bounds: equal for one figure, the two ends of a range; null when unread. */
  low: number | null;
  high: number | null;
  comparator: Comparator;
  /** The unit after magnitudes are multiplied out (元, %, 百分点, 个, 斤…); `date` for a deadline, null for formulas and ordinals. */
  unit: string | null;
  /** A deadline's last allowed day (ISO), or null when the document's date is needed and unknown. */
  date?: string | null;
}

const NUM = '(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万亿点]+)';
const MAG = '(?:万亿|亿|万|千|百)?';
/** What may join the two ends of a range: dashes of every width, tildes, 至 and 到. */
const RANGE = '\\s*(?:[-—–－~～]{1,2}|至|到)\\s*';
const BEFORE = '(约|近|超过|超|逾|不低于|不少于|不超过|不高于|低于|高于|突破)?';
const AFTER = '(左右|上下|以上|以内|以下|之内)?';
const MONEY = '元|美元|欧元|港元|日元|英镑|人民币';
const MEASURE =
  '吨标准煤|吨标煤|吨|千瓦时|千瓦|瓦|公里|千米|毫米|厘米|米|分钟|平方公里|平方米|立方米|万方|亩|斤|公斤|千克|标准箱|TEU|GW|MW|kW|小时|天|个月|周|年|岁|度';
const COUNTER = '个方面|个|家|条|项|所|座|台|套|批|户|名|人次|人|场|次|处|辆|架|艘|件|栋|部|支|位|只|张|种|类|强|倍|列|路|班|床|期|元/人';

const PERCENT = new RegExp(`${BEFORE}(${NUM})\\s*(%|％)?(?:${RANGE}(${NUM})\\s*)?(?:%|％)${AFTER}`, 'g');
const PERCENT_WORDS = new RegExp(
  `${BEFORE}百分之[零一二两三四五六七八九十百点]+(?:${RANGE}百分之[零一二两三四五六七八九十百点]+)?${AFTER}`,
  'g',
);
const POINTS = new RegExp(`${BEFORE}(${NUM})(?:${RANGE}(${NUM}))?个?百分点${AFTER}`, 'g');
const DOUBLE = /翻(一|两|二|三)番/g;
const QUANTITY = new RegExp(
  `${BEFORE}(${NUM})(多|余)?(${MAG})(多|余)?(?:${RANGE}(${NUM})(${MAG}))?(元/人|元/吨|${MONEY}|${MEASURE}|${COUNTER})${AFTER}`,
  'g',
);
/** A magnitude without digits: 百亿斤, 千亿级, 万亿元级. */
const MAGNITUDE = /(?<![\d零〇一二两三四五六七八九十百千万亿])(十|百|千|万|十万|百万|千万|亿|十亿|百亿|千亿|万亿)(元|斤|吨|千瓦)?级/g;

const ABOUT = /^(约|近|左右|上下)$/;
const AT_LEAST = /^(超过|超|逾|不低于|不少于|高于|突破|以上|多|余)$/;
const AT_MOST = /^(不超过|不高于|低于|以内|以下|之内)$/;

/** The comparator from the words around a figure (a range has its own). */
function comparatorOf(words: ReadonlyArray<string | undefined>): Comparator {
  for (const w of words) {
    if (!w) continue;
    if (ABOUT.test(w)) return 'about';
    if (AT_LEAST.test(w)) return 'at_least';
    if (AT_MOST.test(w)) return 'at_most';
  }
  return 'exact';
}

/** One figure or a range, as a quantity. */
function figure(
  text: string,
  start: number,
  kind: QuantityKind,
  low: number | null,
  high: number | null,
  unit: string | null,
  words: ReadonlyArray<string | undefined>,
): Quantity {
  const range = high !== null && low !== null && high !== low;
  return {
    text,
    start,
    end: start + text.length,
    kind,
    value: range ? null : low,
    low,
    high: range ? high : low,
    comparator: range ? 'range' : comparatorOf(words),
    unit,
  };
}

/**
 * Quantities in a stretch of cleaned text: amounts, counts and rates, ranges
 * whole (5%—5.5%, 3000至5000亿元), with their comparator. Dates are not
 * quantities; deadlines and formulas are found apart.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const taken = new DisjointSpans();
  const push = (q: Quantity | undefined) => {
    if (q && taken.take(q.start, q.end)) out.push(q);
  };
  for (const m of matchesOf(PERCENT, text)) push(percent(m));
  for (const m of matchesOf(PERCENT_WORDS, text)) push(percentWords(m));
  for (const m of matchesOf(POINTS, text)) push(points(m));
  for (const m of matchesOf(/倍增/g, text)) push(figure(m[0], m.index!, 'rate', 2, 2, '倍', []));
  for (const m of matchesOf(DOUBLE, text)) {
    const times = { 一: 2, 两: 4, 二: 4, 三: 8 }[m[1] as '一'] ?? null;
    push(figure(m[0], m.index!, 'rate', times, times, '倍', []));
  }
  for (const m of matchesOf(QUANTITY, text)) push(quantity(m, text));
  // 8大工程: a count of named things written with a digit (三大战略, in numerals, is a formula's name).
  for (const m of matchesOf(/(?<![\d.])(\d{1,2})大(?=\p{Script=Han})/gu, text))
    push(figure(m[0], m.index!, 'count', Number(m[1]), Number(m[1]), '大', []));
  for (const m of matchesOf(MAGNITUDE, text)) {
    const value = parseNumber(m[1]) ?? null;
    push(figure(m[0], m.index!, 'amount', value, value, m[2] ?? '级', ['以上']));
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
  const [text, before, first, , second, after] = m;
  const low = parseNumber(first) ?? null;
  const high = second ? (parseNumber(second) ?? null) : low;
  return figure(text, m.index!, 'rate', low, high, '%', [before, after]);
}

function percentWords(m: RegExpMatchArray): Quantity {
  const [text, before, after] = [m[0], m[1], m[2]];
  const parts = text
    .replace(/^(约|近|超过|超|逾|不低于|不少于|不超过|不高于|低于|高于|突破)/, '')
    .replace(/(左右|上下|以上|以内|以下|之内)$/, '')
    .split(/[-—–－~～至到]+/);
  const low = parsePercentWords(parts[0]) ?? null;
  const high = parts[1] ? (parsePercentWords(parts[1]) ?? null) : low;
  return figure(text, m.index!, 'rate', low, high, '%', [before, after]);
}

function points(m: RegExpMatchArray): Quantity {
  const [text, before, first, second, after] = m;
  const low = parseNumber(first) ?? null;
  const high = second ? (parseNumber(second) ?? null) : low;
  return figure(text, m.index!, 'rate', low, high, '百分点', [before, after]);
}

function quantity(m: RegExpMatchArray, text: string): Quantity | undefined {
  const [whole, before, num, more1, mag, more2, num2, mag2, unit, after] = m;
  const start = m.index!;
  // 2022年, 3月1日 and the like are dates; 第3个 is an ordinal.
  if (unit === '年' && /^\d{4}$/.test(num)) return undefined;
  if (text[start - 1] === '第' || /^[月日号]/.test(text.slice(start + whole.length))) return undefined;
  const numeralOnly = !/\d/.test(whole);
  if (
    /^[零〇点]/.test(num) ||
    (numeralOnly &&
      /^[一二两三四五六七八九十]$/.test(num) &&
      !mag &&
      /^(个|项|条|种|类|批|次|名|位|张|部|支|件|只|年|天|小时|个月|周|岁|度|场|家|所|座|处|路|列|班)$/.test(unit))
  ) {
    // 一个, 三项, 两年: ordinary words unless a figure follows a cue; counted only with a digit or magnitude.
    if (!/^(倍|强)$/.test(unit) && !(unit === '年' && /^(行动|攻坚|专项|计划)/.test(text.slice(start + whole.length)))) return undefined;
  }
  // 亿万人民, 千万家庭: magnitudes alone are rhetoric, not figures; 一百年 and the like are anniversaries.
  if (/^[百千万亿]+$/.test(num + (mag ?? ''))) return undefined;
  // 30周年 is an anniversary; 十一次 (十一届十一次全会) a meeting's number.
  if (unit === '周' && text[start + whole.length] === '年') return undefined;
  if ((unit === '次' || unit === '期') && numeralOnly) return undefined;
  if (
    /^(年|天|小时|个月|周)$/.test(unit) &&
    numeralOnly &&
    !/^[十百]/.test(num) &&
    !/^(行动|攻坚|专项|计划)/.test(text.slice(start + whole.length))
  )
    return undefined;
  const low = parseNumber(num + (mag ?? ''));
  if (low === undefined) return undefined;
  const high = num2 ? (parseNumber(num2 + (mag2 || mag || '')) ?? null) : low;
  return figure(whole, start, kindOfUnit(unit), low, high, unit, [before, more1, more2, after]);
}

function kindOfUnit(unit: string): QuantityKind {
  if (unit === '倍') return 'rate';
  if (new RegExp(`^(${MONEY}|${MEASURE})$`).test(unit)) return 'amount';
  return 'count';
}
