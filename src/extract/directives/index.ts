import { locate, type Document } from '../../document.js';
import { matchesOf } from '../../text/matches.js';
import { ownCopy } from '../../text/own-copy.js';
import { findCue, findSpeaker, isAchievement, reportsPast, type Cue } from './cues.js';
import { findDeadlines } from './deadlines.js';
import { findEnumerations, type Enumeration, type EnumItem } from './enumerations.js';
import { findQuantities, type Quantity } from './quantities.js';
import { splitClauses, splitSentences, type Span } from './sentences.js';

export type DirectiveKind = 'amount' | 'count' | 'rate' | 'deadline' | 'ordinal' | 'formula';

export interface DirectiveRow {
  file: string;
  line: number;
  column: number;
  kind: DirectiveKind;
  status: 'directive' | 'achievement';
  cue: string;
  speaker: string;
  quantities: Array<Pick<Quantity, 'text' | 'value' | 'unit' | 'approx'>>;
  /** The directive as written in the original file. */
  text: string;
  /** The same, cleaned and simplified. */
  simplified: string;
  date: string;
  ordinal?: { n: number; of: number; marker: string; heading?: string; item?: string };
}

export interface DirectiveOptions {
  /** Keep achievements (reports of what was done), labelled as such. */
  all?: boolean;
}

const KIND_ORDER: DirectiveKind[] = ['amount', 'rate', 'count', 'deadline'];
/** A deadline that sets a limit (到2030年, 年底前, 三年内, 2025年底), not a plain date (今年, 明年) or a period (前三季度). */
const TIME_LIMIT = /^[到至]|[前内底末]$|中叶$/;
/**
 * The same without the document's date, when a limit already past cannot be
 * told from one ahead: 2024年末，…达到10.7亿人 in an undated report is a
 * statistic, 到2030年 and 年底前 still look ahead.
 */
const UNDATED_TIME_LIMIT = /^[到至]|[前内]$/;
const NEWLINE = 10;
const FORMULA = /“([^”]{0,12}(?:\d\s*\+|[一二两三四五六七八九十](?:个|大|项|张|新|化|稳|保))[^”]{0,12})”/;

/**
 * A directive found in cleaned text, before it is located in the original:
 * what a worker thread sends back (the main thread, which holds the original, locates it).
 */
export type DirectiveDraft = Omit<DirectiveRow, 'file' | 'line' | 'column' | 'text' | 'date'> & { start: number; end: number };

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
  const enumerations = findEnumerations(text);
  const rows: DirectiveDraft[] = [];
  const items = enumerations.flatMap((e) => e.items);
  // Who spoke last, as sentences go by: 他要求 and the items of a list inherit the last name.
  const speakers: Array<[number, string]> = [];
  let speaker = '';
  let listCue: Cue | undefined;
  for (const sentence of splitSentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const named = findSpeaker(body);
    if (named && !named.startsWith('he/')) speaker = named;
    speakers.push([sentence.start, speaker]);
    const item = items.find((it) => sentence.start >= it.start && sentence.start < it.end);
    const opening = listOpening(body);
    rows.push(...clauseRows(doc, { ...sentence, text: body, opening, listCue }, speaker, item));
    // A list ends with its sentence (。) and at a line end: lines that each end in ； are too loose a list to trust.
    const lineEnds = sentence.end >= text.length || text.charCodeAt(sentence.end) === NEWLINE;
    listCue = lineEnds ? undefined : nextListCue(body, opening, listCue);
  }
  for (const e of enumerations) rows.push(...ordinalRows(doc, e, speakerBefore(speakers, e.items[0].start)));
  return rows.filter((r) => options.all || r.status === 'directive');
}

/**
 * Drafts located in the original text: file, line, column and the form as
 * written, in document order. Rows are often kept for the whole run (the
 * report, a table, JSON), so their text is copied out of the document's: a
 * slice of it would keep the whole document alive.
 */
export function locateDirectives(doc: Document, drafts: readonly DirectiveDraft[]): DirectiveRow[] {
  return drafts
    .map((d): DirectiveRow => {
      const at = locate(doc, d.start, d.end);
      return {
        file: doc.name, line: at.line, column: at.column, kind: d.kind, status: d.status, cue: d.cue, speaker: ownCopy(d.speaker),
        quantities: d.quantities.map((q) => ({ ...q, text: ownCopy(q.text) })), text: ownCopy(at.original.trim()),
        simplified: ownCopy(d.simplified), date: doc.meta.date ?? '',
        ...(d.ordinal ? { ordinal: ownOrdinal(d.ordinal) } : {}),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.kind === 'ordinal' ? -1 : 1));
}

function ownOrdinal(o: NonNullable<DirectiveRow['ordinal']>): NonNullable<DirectiveRow['ordinal']> {
  return {
    ...o, marker: ownCopy(o.marker),
    ...(o.heading !== undefined ? { heading: ownCopy(o.heading) } : {}), ...(o.item !== undefined ? { item: ownCopy(o.item) } : {}),
  };
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

/** A sentence as the clause finder sees it: its span, its text, the list it opens and the list it is an item of. */
interface Sentence extends Span {
  text: string;
  opening: ListOpening | undefined;
  listCue: Cue | undefined;
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

function clauseRows(doc: DirectiveSource, sentence: Sentence, speaker: string, item: EnumItem | undefined): DirectiveDraft[] {
  const text = doc.text;
  const { listCue, opening } = sentence;
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
  for (const clause of splitClauses(text, sentence)) {
    const body = text.slice(clause.start, clause.end);
    if (body.includes('\ufffd')) continue;
    const quoted = quotedNames(body);
    const quantities = [...findQuantities(body), ...findDeadlines(body, doc.meta.date)]
      .filter((q) => !quoted.some(([s, e]) => q.start >= s && q.end <= e))
      .sort((a, b) => a.start - b.start);
    const formula = quantities.length === 0 ? FORMULA.exec(body) : null;
    if (quantities.length === 0 && !formula) continue;
    const own = findCue(body);
    // A cue earlier in the sentence, else the cue of the list this sentence is an item of.
    const inherited = (sentenceCue && sentenceCue.index + sentence.start < clause.start ? sentenceCue : undefined) ?? listCue;
    const cue: Cue | undefined = own ?? inherited ?? (item && item.style === 'yao' ? { word: '要', index: 0, strong: true } : undefined);
    // A weak cue (达到, 新增, 加快…) reports as often as it instructs: it needs a strong cue
    // in the sentence or a deadline in the clause or before it in the sentence to count as a directive.
    const deadline = quantities.some((q) => q.kind === 'deadline');
    const weakOnly = cue && !cue.strong && !strongAround && !deadline && !limitBefore;
    limitBefore ||= !reportsPast(body) && quantities.some((q) => q.kind === 'deadline' && limit.test(q.text));
    // An item of a list of targets is a target, past-sounding words and all (分别增长5%、6.5%左右, 累计建成…以上).
    const listItem = listCue !== undefined || clause.start > itemsFrom;
    const achievement = !listItem && (weakOnly || isAchievement(body, cue));
    if (!cue && !achievement) continue;
    const kind = formula ? 'formula' : KIND_ORDER.find((k) => quantities.some((q) => q.kind === k)) ?? 'count';
    out.push(row(doc, clause, kind, achievement ? 'achievement' : 'directive', cue?.word ?? '', speaker,
      formula ? [{ text: formula[1], value: null, unit: null }] : quantities.map(({ text: t, value, unit, approx }) => ({ text: t, value, unit, ...(approx ? { approx } : {}) }))));
  }
  return out;
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

function ordinalRows(doc: DirectiveSource, e: Enumeration, speaker: string): DirectiveDraft[] {
  const heading = e.heading ? doc.text.slice(e.heading.start, e.heading.end) : undefined;
  return e.items.map((it, i) => {
    const body = doc.text.slice(it.start, it.end);
    const cue = it.style === 'yao' ? '要' : findCue(body)?.word ?? '';
    const achievement = it.style === 'shi' && isAchievement(body, findCue(body));
    const r = row(doc, it, 'ordinal', achievement ? 'achievement' : 'directive', cue, speaker, findQuantities(body).map(({ text, value, unit }) => ({ text, value, unit })));
    r.ordinal = {
      n: it.ordinal, of: e.items.length, marker: it.marker,
      ...(heading ? { heading } : {}), ...(e.series ? { item: e.series[i] } : {}),
    };
    return r;
  });
}

function row(doc: DirectiveSource, span: Span, kind: DirectiveKind, status: DirectiveRow['status'], cue: string, speaker: string, quantities: DirectiveRow['quantities']): DirectiveDraft {
  return { start: span.start, end: span.end, kind, status, cue, speaker, quantities, simplified: doc.text.slice(span.start, span.end).trim() };
}

const QUOTED_NAME = /“([^”]{1,12})”/g;

/** Short quoted names (“四强”, “百项千亿工程”): numbers inside them name a slogan, they do not count anything. */
function quotedNames(text: string): Array<[number, number]> {
  return matchesOf(QUOTED_NAME, text).map((m) => [m.index, m.index + m[0].length]);
}
