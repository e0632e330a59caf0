import { locate, regionName, type Document } from '../../document.js';
import { ownCopy } from '../../text/own-copy.js';
import { findDirectives, type DirectiveDraft, type RowQuantity } from '../directives/index.js';
import { structureOf, type Structure } from '../directives/structure.js';
import { indicatorName } from './indicators.js';
import type { Comparator } from '../directives/quantities.js';

/**
 * Targets: the quantified directives of a plan part that set a level for a
 * named indicator (地区生产总值增长5%左右, 城镇新增就业50万人以上), one row each,
 * with the indicator as written and its common name when it is a headline
 * indicator, the comparator, the bounds, the unit and the period it is for.
 */
export interface TargetRow {
  file: string;
  line: number;
  column: number;
  /** The document's region at its own level (浙江省, 浙江省杭州市), or ''. */
  region: string;
  date: string;
  /** The year or years the target is for: 2026; 2026-2030 for a five-year plan's 年均 target; 2030 for a level to reach by then. */
  period: string;
  /** The headline indicator's common name (GDP增长), else the indicator as written. */
  indicator: string;
  indicator_as_written: string;
  comparator: Comparator;
  low: number | null;
  high: number | null;
  unit: string | null;
  /** The clause as written in the original file. */
  text: string;
  section: 'plan' | 'review';
}

export interface TargetOptions {
  /** Keep the same figures of review parts (results), labelled section review. */
  all?: boolean;
}

/** A target found in cleaned text, before it is located. */
export interface TargetDraft extends Omit<TargetRow, 'file' | 'line' | 'column' | 'region' | 'date' | 'text'> {
  start: number;
  end: number;
  clauseStart: number;
  clauseEnd: number;
}

/** The targets of one cleaned document, in document order. */
export function extractTargets(doc: Document, options: TargetOptions = {}): TargetRow[] {
  return locateTargets(doc, findTargets(doc, options));
}

/** Targets in a document's cleaned text, with offsets in it. */
export function findTargets(doc: { text: string; meta: { date?: string } }, options: TargetOptions = {}): TargetDraft[] {
  const structure = structureOf(doc.text, doc.meta.date);
  const year = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : undefined;
  const out: TargetDraft[] = [];
  for (const d of findDirectives(doc, { all: true })) {
    if (d.kind === 'ordinal') continue;
    const section = d.status === 'directive' ? 'plan' : 'review';
    if (section === 'review' && !options.all) continue;
    out.push(...targetsOf(doc.text, d, section, periodOf(doc.text, d, structure, year)));
  }
  return out;
}

/** Located in the original: file, line and column of the figure, the clause as written. */
export function locateTargets(doc: Document, drafts: readonly TargetDraft[]): TargetRow[] {
  const region = regionName(doc.meta) ?? '';
  return drafts.map(({ start, end, clauseStart, clauseEnd, ...t }) => {
    const at = locate(doc, start, end);
    return {
      file: doc.name,
      line: at.line,
      column: at.column,
      region,
      date: doc.meta.date ?? '',
      ...t,
      indicator: ownCopy(t.indicator),
      indicator_as_written: ownCopy(t.indicator_as_written),
      text: ownCopy(locate(doc, clauseStart, clauseEnd).original.trim()),
    };
  });
}

const FIGURES = new Set(['rate', 'amount', 'count']);
/** Words before an indicator that only set its scope or the sentence's mood. */
const LEADING =
  /^(?:[^：:]*[：:])?\s*(?:(?:今年|全年|明年|其中|力争|确保|努力|推动|实现|着力|主要预期目标是|预期目标是|目标是|分别|以及|和|及|、|，|全省|全市|全区|全自治区|全县|全国|我省|我市|地方|全体|年均)\s*)*/;
/** Verbs between an indicator and its figure. */
const TRAILING =
  /(?:分别|力争|确保|努力|实现|达到|达|控制在|稳定在|保持在|保持|提高到|提升到|提升至|提高至|增加到|增至|降低到|降至|下降到|超过|突破|高于|低于|不低于|不超过|为|在|以上|左右|按)+$/;

/** One target per figure of a clause that follows a named indicator. */
function targetsOf(text: string, d: DirectiveDraft, section: 'plan' | 'review', period: string): TargetDraft[] {
  const out: TargetDraft[] = [];
  let from = d.start;
  let previous: string | undefined;
  for (const q of d.quantities) {
    const start = q.kind === 'deadline' || q.kind === 'formula' ? -1 : text.indexOf(q.text, from);
    if (start === -1 || start >= d.end) continue;
    from = start + q.text.length;
    if (!FIGURES.has(q.kind)) continue;
    // The indicator is what stands before the figure in its clause, back to the figure before it or a list mark.
    const before = text.slice(d.start, start);
    const lastBreak = Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('。'), before.lastIndexOf('：'));
    const back = before.slice(lastBreak + 1).split(/、(?=[\p{Script=Han}A-Z])/u);
    let written = indicatorWords(back[back.length - 1] ?? '');
    // 城乡居民人均可支配收入分别增长5%、6.5%左右: the second figure is the same indicator's.
    if (!written && previous && /^\s*$/.test(back[back.length - 1] ?? '')) written = previous;
    if (!isIndicator(written)) continue;
    previous = written;
    out.push(target(start, q, written, section, period, d));
  }
  return out;
}

function indicatorWords(raw: string): string {
  let w = raw.replace(/[\s“”"‘’（）()]/g, '');
  for (let i = 0; i < 3; i++) w = w.replace(LEADING, '').replace(TRAILING, '');
  return w;
}

/** Words that make the phrase before a figure something other than an indicator: a list's pointer, a meeting's number, an anniversary. */
const NOT_INDICATOR = /(以下|以上|如下)$|按照|根据|方面$|届|周年|全会|重点把握|突出了/;

/** An indicator is the phrase of a few words a figure sets a level for (地区生产总值增长, 新建5G基站): not a list's pointer or a meeting's number. */
function isIndicator(w: string): boolean {
  return w.length >= 2 && w.length <= 30 && /\p{Script=Han}/u.test(w) && !/^[\d%.]+$/.test(w) && !NOT_INDICATOR.test(w);
}

function target(
  start: number,
  q: RowQuantity,
  written: string,
  section: 'plan' | 'review',
  period: string,
  d: DirectiveDraft,
): TargetDraft {
  return {
    start,
    end: start + q.text.length,
    clauseStart: d.start,
    clauseEnd: d.end,
    period,
    indicator: indicatorName(written) ?? written,
    indicator_as_written: written,
    comparator: q.comparator,
    low: q.low,
    high: q.high,
    unit: q.unit,
    section,
  };
}

/**
 * The period a target is for: the year the document speaks in; a five-year
 * plan's years for a 年均 target in its part; the year of a 到…年 limit it carries.
 */
function periodOf(text: string, d: DirectiveDraft, structure: Structure, year: number | undefined): string {
  const by = d.quantities.find((q) => q.kind === 'deadline' && /^[到至]/.test(q.text) && q.date)?.date;
  if (by) return by.slice(0, 4);
  const clause = text.slice(d.start, d.end);
  const plan = fiveYearPlanAround(text, d.start, structure);
  if (plan && (/年均/.test(clause) || /年均/.test(sentenceAround(text, d.start)))) return `${plan[0]}-${plan[1]}`;
  return year ? String(year) : '';
}

/** The five-year plan a part's heading names (二、“十五五”时期的主要目标), if any. */
function fiveYearPlanAround(text: string, at: number, structure: Structure): [number, number] | undefined {
  let found: [number, number] | undefined;
  for (const h of structure.headings) {
    if (h.start > at) break;
    const m = /十([一二三四五六七八九])五/.exec(text.slice(h.start, h.end));
    if (m && h.level <= 2) {
      const start = 1981 + 5 * ('一二三四五六七八九'.indexOf(m[1]) + 11 - 6);
      found = [start, start + 4];
    } else if (h.level === 1) found = undefined;
  }
  return found;
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('\n', at - 1)) + 1;
  const end = text.indexOf('。', at);
  return text.slice(start, end === -1 ? text.length : end);
}
