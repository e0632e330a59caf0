import { locate, regionName, type Document } from '../../document.js';
import { matchesOf } from '../../text/matches.js';
import { ownCopy } from '../../text/own-copy.js';
import { findCue, findSpeaker, isAchievement, reportsPast, type Cue } from './cues.js';
import { findDeadlines } from './deadlines.js';
import { findEnumerations, type Enumeration, type EnumItem } from './enumerations.js';
import { findFormulas } from './formulas.js';
import { findQuantities, type Quantity } from './quantities.js';
import { splitClauses, splitSentences, type Span } from './sentences.js';
import { structureOf, type PartLabel, type Structure } from './structure.js';

export type DirectiveKind = 'amount' | 'count' | 'rate' | 'deadline' | 'ordinal' | 'formula';
export type { Quantity, QuantityKind, Comparator } from './quantities.js';

/** A quantity as a row carries it: the figure, without its offsets in the cleaned text. */
export type RowQuantity = Omit<Quantity, 'start' | 'end'>;

export interface DirectiveRow {
  file: string;
  line: number;
  column: number;
  kind: DirectiveKind;
  status: 'directive' | 'achievement';
  /** The part of the document it stands in: plan, review, or other (a document without such parts). */
  section: PartLabel;
  cue: string;
  speaker: string;
  quantities: RowQuantity[];
  /** The directive as written in the original file. */
  text: string;
  /** The same, cleaned and simplified. */
  simplified: string;
  date: string;
  /** The document's title, province and city. */
  title: string;
  province: string;
  city: string;
  ordinal?: { index: number; of: number; marker: string; heading?: string; item?: string };
}

export interface DirectiveOptions {
  /** Keep achievements (reports of what was done), labelled as such. */
  all?: boolean;
}

const KIND_ORDER: DirectiveKind[] = ['amount', 'rate', 'count', 'deadline', 'formula'];
/** A deadline that sets a limit (到2030年, 年底前, 三年内, 2025年底), not a plain date (今年, 明年) or a period (前三季度). */
const TIME_LIMIT = /^[到至]|[前内底末]$|中叶$|期间$|时期$/;
/**
 * The same without the document's date, when a limit already past cannot be
 * told from one ahead: 2024年末，…达到10.7亿人 in an undated report is a
 * statistic, 到2030年 and 年底前 still look ahead.
 */
const UNDATED_TIME_LIMIT = /^[到至]|[前内]$/;
const NEWLINE = 10;
/**
 * A company's own forecast (预计年产值可达20亿元, 项目达产后可实现年销售收入): not an
 * authority's directive.
 */
const COMPANY_FORECAST =
  /(预计|建成后|投产后|达产后|达效后|全部投产)[^，。；]{0,20}(年产值|产值|销售收入|销售额|营业收入|营收|利税|税收|年产|产能|年创)/;
/** A starting level (从77%提高到80%): only the level to reach is the directive's. */
const BASELINE_BEFORE = /从$|由$/;
/** A forecast of what will happen (预计发送旅客740万人次, 有望达到9500万人次), not what is to be done. */
const FORECAST = /预计|有望|可望|预期将|估计/;
/**
 * A sentence whose subject is a foreign state or body (俄方决定…, 美国将…, 欧盟计划…):
 * not a directive of a Chinese authority.
 */
const FOREIGN =
  /^(?:据[^，]{0,8}，)?(俄罗斯|俄方|俄军|俄|美国|美方|美军|美|英国|英方|法国|德国|日本|日方|韩国|朝鲜|乌克兰|乌方|乌军|以色列|以方|以军|伊朗|欧盟|北约|联合国|印度|加拿大|澳大利亚|巴西|土耳其|沙特|埃及|叙利亚|巴勒斯坦|哈马斯|也门|胡塞|菲律宾|越南|泰国|缅甸|新加坡|马来西亚|印尼|意大利|西班牙|波兰|匈牙利|墨西哥|阿根廷|南非|白宫|五角大楼|普京|特朗普|拜登|泽连斯基|马克龙|朔尔茨)[^，。]{0,12}?(政府|外交部|国防部|总统|总理|首相|议会|国会|方面|当局|央行)?/;
/** A clause that frames rather than instructs: 今年是“十五五”开局之年. */
const FRAMING = /^[^，。]{0,12}是[^，。]{0,30}(之年|的一年|关键期|窗口期)/;

/**
 * A directive found in cleaned text, before it is located in the original:
 * what a worker thread sends back (the main thread, which holds the original, locates it).
 */
export type DirectiveDraft = Omit<DirectiveRow, 'file' | 'line' | 'column' | 'text' | 'date' | 'title' | 'province' | 'city'> & {
  start: number;
  end: number;
};

/** What finding directives needs of a document: its cleaned text and its date (for 年内, 明年底). */
export interface DirectiveSource {
  text: string;
  meta: { date?: string };
}

/** The quantified directives of one cleaned document, in document order. */
export function extractDirectives(doc: Document, options: DirectiveOptions = {}): DirectiveRow[] {
  return locateDirectives(doc, findDirectives(doc, options));
}

/** Directives found in a document's cleaned text, with offsets in it. */
export function findDirectives(doc: DirectiveSource, options: DirectiveOptions = {}): DirectiveDraft[] {
  const text = doc.text;
  const structure = structureOf(text, doc.meta.date);
  const enumerations = findEnumerations(text);
  const rows: DirectiveDraft[] = [];
  const items = enumerations.flatMap((e) => e.items);
  // Who spoke last, as sentences go by: 他要求 and the items of a list inherit the last name; a heading ends a speaker's turn.
  const speakers: Array<[number, string]> = [];
  let speaker = '';
  let listCue: Cue | undefined;
  for (const sentence of splitSentences(text)) {
    const heading = structure.headingAt(sentence.start);
    if (heading && (heading.level === 1 || heading.says)) speaker = '';
    const body = text.slice(sentence.start, sentence.end);
    const named = findSpeaker(body);
    if (named && !named.startsWith('he/')) speaker = named;
    speakers.push([sentence.start, speaker]);
    // A part's own heading (一、2026年重点工作, 主要预期目标) is no directive; a task's heading is an ordinal, found below.
    if (heading && structure.structured && (heading.level === 1 || heading.says)) continue;
    if (isTitleLine(text, sentence) || FOREIGN.test(body.trim())) continue;
    const item = items.find((it) => sentence.start >= it.start && sentence.start < it.end);
    const opening = listOpening(body);
    const section = structure.labelAt(sentence.start);
    rows.push(...clauseRows(doc, { ...sentence, text: body, opening, listCue, section }, speaker, item));
    // A list ends with its sentence (。) and at a line end: lines that each end in ； are too loose a list to trust.
    const lineEnds = sentence.end >= text.length || text.charCodeAt(sentence.end) === NEWLINE;
    listCue = lineEnds ? undefined : nextListCue(body, opening, listCue);
  }
  for (const e of enumerations) rows.push(...ordinalRows(doc, e, speakerBefore(speakers, e.items[0].start), structure));
  return dropHeadlines(text, rows).filter((r) => options.all || r.status === 'directive');
}

/**
 * Drafts located in the original text: file, line, column and the form as
 * written, in document order. Rows are often kept for the whole run (the
 * report, a table, JSON), so their text is copied out of the document's: a
 * slice of it would keep the whole document alive.
 */
export function locateDirectives(doc: Document, drafts: readonly DirectiveDraft[]): DirectiveRow[] {
  const title = ownCopy(doc.meta.title ?? '');
  const province = doc.meta.province ?? '';
  const city = doc.meta.city ?? '';
  return drafts
    .map((d): DirectiveRow => {
      const at = locate(doc, d.start, d.end);
      return {
        file: doc.name,
        line: at.line,
        column: at.column,
        kind: d.kind,
        status: d.status,
        section: d.section,
        cue: d.cue,
        speaker: ownCopy(d.speaker),
        quantities: d.quantities.map((q) => ({ ...q, text: ownCopy(q.text) })),
        text: ownCopy(at.original.trim()),
        simplified: ownCopy(d.simplified),
        date: doc.meta.date ?? '',
        title,
        province,
        city,
        ...(d.ordinal ? { ordinal: ownOrdinal(d.ordinal) } : {}),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.kind === 'ordinal' ? -1 : 1));
}

/** The region of a row as one name (浙江省杭州市), for reporting. */
export function rowRegion(r: Pick<DirectiveRow, 'province' | 'city'>): string {
  return regionName({ province: r.province || undefined, city: r.city || undefined }) ?? '';
}

function ownOrdinal(o: NonNullable<DirectiveRow['ordinal']>): NonNullable<DirectiveRow['ordinal']> {
  return {
    ...o,
    marker: ownCopy(o.marker),
    ...(o.heading !== undefined ? { heading: ownCopy(o.heading) } : {}),
    ...(o.item !== undefined ? { item: ownCopy(o.item) } : {}),
  };
}

/** A markdown heading, or the document's first line when a body follows: titles repeat what the body says. */
function isTitleLine(text: string, sentence: Span): boolean {
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (text.startsWith('#', lineStart) || /^\*\*[^*]+\*\*\s*$/.test(text.slice(lineStart, sentence.end))) return true;
  if (lineStart !== 0 || text.slice(0, lineStart).trim()) return false;
  const lineEnd = text.indexOf('\n', sentence.start);
  return lineEnd !== -1 && lineEnd - lineStart <= 60 && !/[。，；：！？,;:]/.test(text.slice(lineStart, lineEnd));
}

/** A row on a heading or title line that repeats the figures of a row in the body is the headline, not the directive. */
function dropHeadlines(text: string, rows: DirectiveDraft[]): DirectiveDraft[] {
  const signature = (r: DirectiveDraft) =>
    r.quantities
      .map((q) => q.text)
      .sort()
      .join('|');
  const lineOf = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  return rows.filter((r) => {
    if (r.kind === 'ordinal' || !text.startsWith('#', lineOf(r.start))) return true;
    const sig = signature(r);
    return !rows.some((o) => o !== r && signature(o) === sig && !text.startsWith('#', lineOf(o.start)));
  });
}

/**
 * The cue that governs the items of a list introduced by a colon, until the
 * sentence that ends it: in 主要预期目标是：经济增长5.5%左右；城镇新增就业70万人以上；
 * 居民消费价格涨幅2%左右。 every item is a target, though only the first shares
 * a sentence with 目标 (items end at ；, as sentences do).
 */
function nextListCue(sentence: string, opening: ListOpening | undefined, current: Cue | undefined): Cue | undefined {
  if (!/；\s*$/.test(sentence)) return undefined;
  // A new colon opens a new list, or ends the one before when nothing before it asks for targets.
  return /[：:]/.test(sentence) ? opening?.cue : current;
}

/** Words that open a list of targets or tasks (not 应, also a surname, nor 预计, a forecast). */
const LIST_CUES = new Set(['目标', '预期目标', '要求', '确保', '力争', '争取', '计划', '必须', '务必', '一定要', '将', '要']);

/**
 * The cue that opens a list at the sentence's first colon, and where that
 * colon is: a list cue in the last clause before it (主要预期目标是：), not
 * one further back (落实要求，重点项目建设有力有序： reports what was done).
 */
interface ListOpening {
  cue: Cue;
  /** The colon's offset in the sentence. */
  colon: number;
}

/** A sentence as the clause finder sees it: its span, its text, the list it opens, the list it is an item of, and its part. */
interface Sentence extends Span {
  text: string;
  opening: ListOpening | undefined;
  listCue: Cue | undefined;
  section: PartLabel;
}

function listOpening(sentence: string): ListOpening | undefined {
  const colon = sentence.search(/[：:]/);
  if (colon <= 0) return undefined;
  let clauseStart = clauseStartBefore(sentence, colon);
  // A pointer alone (包括：, 具体如下：) leaves the cue to the clause before it (我们将办好15件实事，包括：).
  if (colon - clauseStart <= POINTER_LENGTH && clauseStart > 0) clauseStart = clauseStartBefore(sentence, clauseStart - 1);
  const cue = findCue(sentence.slice(clauseStart, colon));
  return cue && LIST_CUES.has(cue.word) ? { cue, colon } : undefined;
}

/** Longest clause read as a pointer to the list rather than its heading. */
const POINTER_LENGTH = 6;

function clauseStartBefore(sentence: string, at: number): number {
  return Math.max(sentence.lastIndexOf('，', at - 1), sentence.lastIndexOf(',', at - 1)) + 1;
}

/** Quantities of a clause: figures, deadlines and formulas, none inside another; figures in a quoted name belong to the name. */
function quantitiesOf(body: string, date: string | undefined): Quantity[] {
  const formulas = findFormulas(body);
  const quoted = quotedNames(body);
  const inside = (q: Quantity, spans: ReadonlyArray<readonly [number, number]>) => spans.some(([s, e]) => q.start >= s && q.end <= e);
  const figures = [...findQuantities(body), ...findDeadlines(body, date)]
    .filter(
      (q) =>
        !inside(q, quoted) &&
        !inside(
          q,
          formulas.map((f) => [f.start, f.end]),
        ),
    )
    // A starting level (从77%提高到80%) is where things are, not where they are to be.
    .filter((q) => !BASELINE_BEFORE.test(body.slice(Math.max(0, q.start - 1), q.start)));
  return [...figures, ...formulas].sort((a, b) => a.start - b.start);
}

function clauseRows(doc: DirectiveSource, sentence: Sentence, speaker: string, item: EnumItem | undefined): DirectiveDraft[] {
  const text = doc.text;
  const { listCue, opening, section } = sentence;
  const sentenceCue = findCue(sentence.text);
  // A strong cue of the sentence or of the list it is an item of makes a weak cue (新增) instruct.
  const strongAround = sentenceCue?.strong || listCue?.strong;
  // Where a list of targets opens in this sentence, its items start after the colon.
  const itemsFrom = opening ? sentence.start + opening.colon : Infinity;
  const limit = doc.meta.date ? TIME_LIMIT : UNDATED_TIME_LIMIT;
  const out: DirectiveDraft[] = [];
  // A time limit ahead of the document (到2030年，…达到45亿吨) makes the weak cues after it in the sentence instruct;
  // a plain 今年 does not (今年…实现旅游收入258亿元 reports).
  let limitBefore = false;
  // A clause that is only a time limit (今年年底前，二期工程将建成投产) belongs to the clause after it.
  let carried: { start: number; quantities: Quantity[] } | undefined;
  // A company's forecast takes the rest of its sentence with it (…预计年产值可达20亿元，可实现税收1.5亿元).
  let forecast = false;
  for (const clause of splitClauses(text, sentence)) {
    const body = text.slice(clause.start, clause.end);
    forecast ||= COMPANY_FORECAST.test(body);
    if (forecast || body.includes('\ufffd') || FRAMING.test(body) || (section === 'other' && FORECAST.test(body))) {
      carried = undefined;
      continue;
    }
    const own = quantitiesOf(body, doc.meta.date).map((q) => ({ ...q, start: q.start + clause.start, end: q.end + clause.start }));
    if (own.length > 0 && own.every((q) => q.kind === 'deadline') && isOnlyTime(body, own, clause.start)) {
      carried = { start: carried?.start ?? clause.start, quantities: [...(carried?.quantities ?? []), ...own] };
      limitBefore ||= own.some((q) => limit.test(q.text));
      continue;
    }
    const quantities = [...(carried?.quantities ?? []), ...own];
    const start = carried?.start ?? clause.start;
    carried = undefined;
    if (quantities.length === 0) continue;
    const cueText = text.slice(start, clause.end);
    const ownCue = findCue(cueText);
    // The cue nearest before the clause in its sentence, else the cue of the list this sentence is an item of.
    const inherited = (start > sentence.start ? findCue(text.slice(sentence.start, start)) : undefined) ?? listCue;
    const cue: Cue | undefined = ownCue ?? inherited ?? (item && item.style === 'yao' ? { word: '要', index: 0, strong: true } : undefined);
    const status = statusOf({
      section,
      body: cueText,
      cue,
      strongAround,
      quantities,
      limitBefore,
      limit,
      listItem: listCue !== undefined || clause.start > itemsFrom,
    });
    limitBefore ||= !reportsPast(body) && quantities.some((q) => q.kind === 'deadline' && limit.test(q.text));
    if (!status) continue;
    const kind = KIND_ORDER.find((k) => quantities.some((q) => q.kind === k)) ?? 'count';
    out.push(row({ start, end: clause.end }, doc, kind, status, section, cue?.word ?? '', speaker, quantities));
  }
  return out;
}

/** Whether a clause is a time limit and nothing else (到2027年, 今年年底前, 在“十五五”期间): a few characters besides. */
function isOnlyTime(body: string, deadlines: readonly Quantity[], offset: number): boolean {
  let rest = body;
  for (const q of deadlines) rest = rest.replace(q.text, '');
  rest = rest.replace(/[，,：:\s]|^(在|到|至|于|自|从)|前后?$/g, '');
  return rest.length <= 2 && deadlines.every((q) => q.start >= offset);
}

interface StatusInput {
  section: PartLabel;
  body: string;
  cue: Cue | undefined;
  strongAround: boolean | undefined;
  quantities: readonly Quantity[];
  limitBefore: boolean;
  limit: RegExp;
  listItem: boolean;
}

/**
 * Directive, achievement, or nothing: in a review part every figure is an
 * achievement; in a plan part a quantified clause is a directive, cue or none;
 * elsewhere the cues decide (a weak cue such as 达到 or 新增 needs a strong cue,
 * a list of targets or a time limit around it).
 */
function statusOf(s: StatusInput): DirectiveRow['status'] | undefined {
  if (s.section === 'review') return 'achievement';
  if (s.section === 'plan') return 'directive';
  const deadline = s.quantities.some((q) => q.kind === 'deadline' && s.limit.test(q.text));
  const weakOnly = s.cue && !s.cue.strong && !s.strongAround && !deadline && !s.limitBefore;
  // An item of a list of targets is a target, past-sounding words and all (分别增长5%、6.5%左右, 累计建成…以上).
  const achievement = !s.listItem && (weakOnly || isAchievement(s.body, s.cue));
  if (!s.cue && !achievement) return undefined;
  return achievement ? 'achievement' : 'directive';
}

/** The last person named before a position (陈新强调，要按照…。一要…): the speaker of the sentence before it. */
function speakerBefore(speakers: ReadonlyArray<[number, string]>, at: number): string {
  let found = '';
  for (const [start, name] of speakers) {
    if (start >= at) break;
    found = name;
  }
  return found;
}

/** Part headings that only name a part (一、总体要求), not a task: in a policy document they are no directive. */
const PART_NAME =
  /^[一二三四五六七八九十]+、\s*(总体要求|指导思想|基本原则|主要目标|工作目标|总体目标|目标任务|重点任务|主要任务|工作任务|保障措施|组织实施|组织领导|工作要求|实施步骤|工作安排|主要内容|适用范围|附则|总则)(和|与|及|、)?(总体要求|指导思想|基本原则|主要目标|工作目标|总体目标|保障措施|组织实施|工作要求|实施步骤)?\s*$/;

/** Words of a task: a heading with one is an instruction (一、完善国家职业教育制度体系), one without names a part (一、主要职能). */
const TASK =
  /加快|推进|推动|加强|完善|建立|健全|提高|提升|强化|深化|实施|开展|落实|做好|优化|扩大|促进|支持|鼓励|严格|规范|坚持|实现|构建|打造|培育|发展|保障|稳定|稳住|创新|改革|增强|切实|着力|全面|大力|积极|继续|进一步|确保|坚决|持续|统筹|防范|扎实|抓好|用好|办好|守牢|筑牢|巩固|拓展|释放|激发|营造|夯实|加大|降低|减少|控制|严禁|不得|必须|要/;

/** A numbered heading of a document without review and plan parts that only names its part (一、总体要求, （一）部门委员). */
function namesPartOnly(it: EnumItem, body: string, text: string): boolean {
  if (it.style !== 'dun' && it.style !== 'paren' && it.style !== 'num') return false;
  // Items inside a sentence (具体任务是：一、…；二、…) are a list of tasks, not a document's parts.
  const lineStart = text.lastIndexOf('\n', it.start - 1) + 1;
  if (text.slice(lineStart, it.start).trim() !== '') return false;
  const heading = body
    .slice(it.marker.length)
    .split(/[。；：:]/)[0]
    .trim();
  return PART_NAME.test(`一、${heading}`) || (heading.length <= 30 && !TASK.test(heading));
}

function ordinalRows(doc: DirectiveSource, e: Enumeration, speaker: string, structure: Structure): DirectiveDraft[] {
  const heading = e.heading ? doc.text.slice(e.heading.start, e.heading.end) : undefined;
  const section = structure.labelAt(e.items[0].start);
  // A report's top-level parts (一、2025年工作回顾) are its structure, not a list of tasks.
  if (e.items[0].style === 'dun' && structure.structured) return [];
  return e.items.flatMap((it, i): DirectiveDraft[] => {
    const body = doc.text.slice(it.start, it.end);
    if (section === 'other' && namesPartOnly(it, body, doc.text)) return [];
    const cue = it.style === 'yao' ? '要' : (findCue(body)?.word ?? '');
    const status =
      section === 'review'
        ? 'achievement'
        : section === 'plan'
          ? 'directive'
          : it.style === 'shi' && isAchievement(body, findCue(body))
            ? 'achievement'
            : 'directive';
    const marker: Quantity = {
      text: it.marker,
      start: it.start,
      end: it.start + it.marker.length,
      kind: 'ordinal',
      value: it.ordinal,
      low: it.ordinal,
      high: it.ordinal,
      comparator: 'exact',
      unit: null,
    };
    const inItem = quantitiesOf(body, doc.meta.date)
      .map((q) => ({ ...q, start: q.start + it.start, end: q.end + it.start }))
      .filter((q) => q.start >= marker.end);
    const r = row(it, doc, 'ordinal', status, section, cue, speaker, [marker, ...inItem]);
    r.ordinal = {
      index: it.ordinal,
      of: e.items.length,
      marker: it.marker,
      ...(heading ? { heading } : {}),
      ...(e.series ? { item: e.series[i] } : {}),
    };
    return [r];
  });
}

function row(
  span: Span,
  doc: DirectiveSource,
  kind: DirectiveKind,
  status: DirectiveRow['status'],
  section: PartLabel,
  cue: string,
  speaker: string,
  quantities: readonly Quantity[],
): DirectiveDraft {
  return {
    start: span.start,
    end: span.end,
    kind,
    status,
    section,
    cue,
    speaker,
    quantities: quantities.map(({ start: _s, end: _e, ...q }) => q),
    simplified: doc.text.slice(span.start, span.end).trim(),
  };
}

const QUOTED_NAME = /“([^”]{1,12})”/g;

/** Short quoted names (“四强”, “百项千亿工程”): numbers inside them name a slogan, they do not count anything. */
function quotedNames(text: string): Array<[number, number]> {
  return matchesOf(QUOTED_NAME, text).map((m) => [m.index, m.index + m[0].length]);
}
