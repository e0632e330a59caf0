/**
 * The structure of a long document — a work report, a speech — as the
 * directive finder needs it: its parts, from their headings (一、 （一） 1.
 * markdown #, and a short line that names a part, such as 主要预期目标 alone on
 * a line), each labelled `review` (what was done: 2025年工作回顾, 过去五年), `plan`
 * (what is to be done: 2026年工作安排, 主要预期目标, 下一步, the coming five-year
 * plan) or `other`. A part without words of its own takes its parent's label.
 * A document whose headings do not say both is all `other`.
 */
import { planYears } from '../../text/years.js';
export type PartLabel = 'review' | 'plan' | 'other';

export interface Heading {
  /** Offsets of the heading line in the text. */
  start: number;
  end: number;
  /** 1: 一、 and markdown #; 2: （一） and a short line naming a part; 3: 1. */
  level: 1 | 2 | 3;
  /** What the heading's own words say, if anything. */
  says?: PartLabel;
  /** The label of the part it opens: its own, or its parent's. */
  label: PartLabel;
  /** The numbered marker (一、 （三） 2.), when there is one. */
  marker?: string;
}

export interface Structure {
  headings: Heading[];
  /** Whether parts say review and others plan: the document is a report, and its labels decide. */
  structured: boolean;
  /** The label at an offset of the text. */
  labelAt(offset: number): PartLabel;
  /** The heading whose line holds an offset, if any. */
  headingAt(offset: number): Heading | undefined;
}

const TOP = /^[一二三四五六七八九十]{1,3}、/;
const PAREN = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const NUMBERED = /^\d{1,2}[.．、](?!\d)/;
const MARKDOWN = /^#{1,6}\s/;
/** Longest line read as a heading (the rest of a （一） line may be a paragraph: only its first sentence is the heading). */
const HEADING_LENGTH = 60;
/** A line this short without a sentence mark names a part when its words are a report's (SHORT_SAYS). */
const SHORT_LINE = 30;
const SHORT_SAYS = /预期目标|主要目标|重点工作|工作安排|工作任务|主要任务|下一步|工作回顾|主要成绩|发展成就/;

const REVIEW = /回顾|过去一年|过去五年|过去的一年|去年工作|工作总结|主要成绩|取得的成绩|发展成就|主要成就|成就和经验|这一年|这五年/;
const PLAN =
  /安排|工作任务|政府工作任务|工作部署|目标任务|预期目标|主要目标|发展目标|下一步|今后|未来五年|今年|明年|总体要求|奋斗目标|工作打算|主要指标/;
/** Words of a plan that a part of a review may also use (（五）持续加强政府自身建设 reports what was done): they label a part only outside a review. */
const PLAN_WEAK = /重点工作|主要任务|重点任务|自身建设|工作思路/;
const YEAR = /((?:19|20)\d\d)年/g;
/** A report's look back, in its running text: 过去一年, 这五年, 一年来, 五年来. */
const REVIEW_TEXT = /过去一年|过去的一年|过去五年|过去的五年|这五年|一年来|五年来|刚刚过去的/;
const PLAN_PERIOD = /[“"]?十([一二三四五六七八九])五[”"]?/g;

/** What a heading's words say of its part, given the year the document speaks in and the label of the part it is in. */
export function headingSays(text: string, year: number | undefined, within?: PartLabel): PartLabel | undefined {
  let review = REVIEW.test(text);
  let plan = PLAN.test(text) || (within !== 'review' && PLAN_WEAK.test(text));
  if (year !== undefined) {
    for (const m of text.matchAll(YEAR)) {
      const y = Number(m[1]);
      if (y < year) review = true;
      else plan = true;
    }
    for (const m of text.matchAll(PLAN_PERIOD)) {
      const [from, to] = planYears(m[1]);
      if (to < year) review = true;
      else if (from >= year - 1) plan = true;
    }
  }
  if (review && plan) return 'other';
  return review ? 'review' : plan ? 'plan' : undefined;
}

/** The structure of a cleaned text; `date` is the document's (a year is enough). */
export function structureOf(text: string, date?: string): Structure {
  const lines = headingLines(text);
  const year = date ? Number(date.slice(0, 4)) : latestHeadingYear(lines);
  const headings: Heading[] = [];
  const open: Heading[] = [];
  // A top-level part without words of its own after the plan (四、全面加强政府自身建设; an annex of 民生实事) still looks ahead.
  let lastTop: PartLabel | undefined;
  for (const h of lines) {
    while (open.length && open[open.length - 1].level >= h.level) open.pop();
    const parent = open[open.length - 1];
    // A news item's title (### …) names no part; a short line says something only in a report's words (主要预期目标).
    const says = h.markdown
      ? undefined
      : h.short
        ? SHORT_SAYS.test(h.text)
          ? headingSays(h.text, year, parent?.label)
          : undefined
        : headingSays(h.text, year, parent?.label);
    if (h.short && !says) continue;
    const inherited = parent?.label ?? (h.level === 1 && lastTop === 'plan' ? 'plan' : 'other');
    const heading: Heading = {
      start: h.start,
      end: h.end,
      level: h.level,
      ...(says ? { says } : {}),
      label: says ?? inherited,
      ...(h.marker ? { marker: h.marker } : {}),
    };
    if (h.level === 1 && !h.markdown) lastTop = heading.label;
    headings.push(heading);
    open.push(heading);
  }
  // A report looks back and ahead: a document that only plans (a policy's 总体要求, 重点任务) is left to its cues.
  // What comes before its first plan part is its review when it speaks of the past year or years (过去一年, 这五年),
  // with or without a heading (一、一年接着一年干… ; a preamble of ——这五年… paragraphs).
  const firstPlan = headings.find((h) => h.says === 'plan' && (h.level === 1 || !h.marker));
  const lookedBack =
    firstPlan !== undefined &&
    (headings.some((h) => h.says === 'review' && h.start < firstPlan.start) || REVIEW_TEXT.test(text.slice(0, firstPlan.start)));
  const structured = lookedBack || (headings.some((h) => h.says === 'review') && headings.some((h) => h.says === 'plan'));
  const before = (offset: number) => firstPlan !== undefined && lookedBack && offset < firstPlan.start;
  return {
    headings,
    structured,
    labelAt: (offset) => {
      if (!structured) return 'other';
      const label = lastBefore(headings, offset)?.label ?? 'other';
      return label === 'other' && before(offset) && REVIEW_TEXT.test(text.slice(0, offset + 1)) ? 'review' : label;
    },
    headingAt: (offset) => {
      const h = lastBefore(headings, offset);
      return h && offset < h.end ? h : undefined;
    },
  };
}

function lastBefore(headings: readonly Heading[], offset: number): Heading | undefined {
  let lo = 0;
  let hi = headings.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (headings[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return headings[lo - 1];
}

interface HeadingLine {
  start: number;
  end: number;
  text: string;
  level: 1 | 2 | 3;
  short: boolean;
  markdown?: boolean;
  marker?: string;
}

/** Lines that may be headings: numbered, markdown, or short without a sentence mark. */
function headingLines(text: string): HeadingLine[] {
  const out: HeadingLine[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const lead = text.slice(start, Math.min(end, start + 200)).search(/\S/);
    const at = lead === -1 ? end : start + lead;
    const line = text.slice(at, Math.min(end, at + HEADING_LENGTH * 3));
    const h = headingOf(line, at);
    if (h) out.push(h);
    start = end + 1;
  }
  return out;
}

function headingOf(line: string, at: number): HeadingLine | undefined {
  const marker = TOP.exec(line) ?? PAREN.exec(line) ?? NUMBERED.exec(line);
  if (MARKDOWN.test(line)) return { start: at, end: at + line.length, text: line, level: 1, short: false, markdown: true };
  if (marker) {
    // The heading is the marker's first sentence: （一）全力推动经济稳定增长。把稳增长作为…
    const stop = line.search(/[。；！？]/);
    const text = stop === -1 ? line : line.slice(0, stop);
    if (text.length > HEADING_LENGTH) return undefined;
    const level = TOP.test(line) ? 1 : PAREN.test(line) ? 2 : 3;
    return { start: at, end: at + text.length, text, level, short: false, marker: marker[0] };
  }
  const bare = line.trim();
  if (bare.length > 0 && bare.length <= SHORT_LINE && !/[。，；！？,]/.test(bare))
    return { start: at, end: at + line.length, text: bare, level: 2, short: true };
  return undefined;
}

/** The document's year when it has no date: the latest year its headings name (2025年工作回顾 … 2026年工作安排). */
function latestHeadingYear(lines: readonly HeadingLine[]): number | undefined {
  let latest: number | undefined;
  for (const l of lines) for (const m of l.text.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(m[1]));
  return latest;
}
