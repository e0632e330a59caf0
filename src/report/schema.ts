import type { SloganRow } from '../extract/slogans/rank.js';
import type { DirectiveRow } from '../extract/directives/index.js';
import type { TargetRow } from '../extract/targets/index.js';
import type { KwicRow } from '../extract/kwic.js';
import { where } from '../extract/where.js';
import type { Column, Row } from './types.js';

/**
 * The one output schema of each command: the fields of a row, in order, with
 * the same snake_case names in CSV, JSON and JSON Lines (and the table, which
 * shows some of them). docs/output.md documents every field; a test checks
 * every format against this table. Lists of words are joined with ` | ` in CSV;
 * lists of objects (quantities) are written there as JSON.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list' | 'objects';

export interface Field {
  name: string;
  type: FieldType;
  /** What it holds, for docs/output.md. */
  description: string;
  /** May be null (JSON) or empty (CSV). */
  nullable?: boolean;
  /** How the terminal table shows it; fields without are left out of the table. */
  table?: Omit<Column, 'key' | 'header'>;
}

const f = (name: string, type: FieldType, description: string, options: Omit<Field, 'name' | 'type' | 'description'> = {}): Field => ({
  name,
  type,
  description,
  ...options,
});

export const SLOGAN_FIELDS: readonly Field[] = [
  f('rank', 'integer', '1 for the first row, in the order printed (score, then documents, occurrences, the slogan)', {
    table: { align: 'right', maxWidth: 5 },
  }),
  f('slogan', 'string', 'the slogan in simplified script, as it is counted (all written forms fold into it)', { table: { maxWidth: 28 } }),
  f(
    'kind',
    'string',
    'numbered (四图五清单, "1+5+X"), patterned (招大引强, 延链补链强链), series (横向到边、纵向到底), quoted (a coined name in quotes) or term',
    { table: { maxWidth: 9 } },
  ),
  f('family', 'string', 'the family of variants it belongs to (延链补链强链 for 强链补链延链), when it has one', { nullable: true }),
  f('documents', 'integer', 'documents that hold it at least once', { table: { align: 'right', maxWidth: 9 } }),
  f('occurrences', 'integer', 'times it is written, in all documents', { table: { align: 'right', maxWidth: 11 } }),
  f('undated_documents', 'integer', 'of `documents`, those with no date'),
  f('first_date', 'date', 'the earliest date of a document that holds it (YYYY, YYYY-MM or YYYY-MM-DD, as precise as the document says)', {
    nullable: true,
    table: { maxWidth: 10 },
  }),
  f('last_date', 'date', 'the latest such date', { nullable: true, table: { maxWidth: 10 } }),
  f('score', 'number', 'documents × weight: what the rows are ranked by', { table: { align: 'right', maxWidth: 8 } }),
  f('weight', 'number', '1 for a core slogan, 0.5 for one only discovery found, 0.2 for generic policy vocabulary'),
  f('weight_reason', 'string', 'core, discovered or generic: why the weight is what it is', { table: { maxWidth: 10 } }),
  f('found_by', 'list', 'the finders that found it: lexicon, quoted, numbered, patterned, series, discovered'),
  f('forms', 'list', 'every form it is written in, as written (traditional, with pinyin, with or without 、)', {
    table: { maxWidth: 24, flex: true },
  }),
  f('first_seen', 'string', 'file:line:column of its first occurrence', {
    nullable: true,
    table: { maxWidth: 40, cutStart: true, flex: true },
  }),
  f('first_context', 'string', 'the cleaned text around the first occurrence, the slogan marked with 【】', {
    nullable: true,
    table: { maxWidth: 36, cutAround: true, flex: true },
  }),
  f('locations', 'list', 'file:line:column of the occurrences kept: one a document, spread over the corpus, at most 20'),
  f('locations_sampled', 'boolean', 'true when `locations` holds fewer documents than `documents`'),
  f('members', 'list', "with --families, the family's members folded into this row; otherwise empty"),
];

export const SLOGAN_BY_FIELDS: readonly Field[] = [
  f('slogan', 'string', 'as in the rows without --by', { table: { maxWidth: 28 } }),
  f('kind', 'string', 'as in the rows without --by', { table: { maxWidth: 9 } }),
  f('bucket', 'string', 'the month, year, province, province and city, file or folder; `unknown` when the document does not say', {
    table: { maxWidth: 30 },
  }),
  f('documents', 'integer', 'documents of the bucket that hold the slogan', { table: { align: 'right', maxWidth: 9 } }),
  f('occurrences', 'integer', 'times it is written in them', { table: { align: 'right', maxWidth: 11 } }),
];

export const DIRECTIVE_FIELDS: readonly Field[] = [
  f('file', 'string', "the file (for JSON Lines, `file#id`; for a bulletin's item, the file)", {
    table: { maxWidth: 30, cutStart: true, flex: true },
  }),
  f('line', 'integer', "line of the directive's start in the original file, from 1", { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', 'column there, in characters (code points), from 1', { table: { align: 'right', maxWidth: 6 } }),
  f('kind', 'string', 'amount, count, rate, deadline, formula or ordinal (an item of 一要……五要), by its first quantity', {
    table: { maxWidth: 8 },
  }),
  f('status', 'string', 'directive, or achievement (a report of what was done: only with --all)', { table: { maxWidth: 11 } }),
  f('section', 'string', 'plan or review in a document that has both (a work report), other elsewhere', { table: { maxWidth: 7 } }),
  f('cue', 'string', 'the word that makes it an instruction (要, 力争, 确保, 目标…)', { table: { maxWidth: 6 } }),
  f('speaker', 'string', 'the official who gave it, when the text names one', { table: { maxWidth: 8 } }),
  f(
    'quantities',
    'objects',
    "each figure: text as written, kind, value, low and high bounds, comparator (exact, about, at_least, at_most, range), unit after 万/亿 are multiplied out, and a deadline's last day (date)",
    { table: { maxWidth: 30, flex: true } },
  ),
  f('ordinal_index', 'integer', 'for an item of an enumeration, its place (2 for 二要)', { nullable: true }),
  f('ordinal_of', 'integer', "the enumeration's size (5 for 一要……五要)", { nullable: true }),
  f('ordinal_marker', 'string', 'the marker as written (二要, 第三)', { nullable: true }),
  f('heading', 'string', 'the sentence that announces the enumeration, when there is one', { nullable: true }),
  f('item', 'string', "the item's own words (重招商)", { nullable: true }),
  f('simplified', 'string', "the directive's sentence, cleaned and simplified", { table: { maxWidth: 50, flex: true } }),
  f('text', 'string', 'the same sentence as written in the file'),
  f('date', 'date', "the document's date", { nullable: true, table: { maxWidth: 10 } }),
  f('title', 'string', "the document's title", { nullable: true }),
  f('province', 'string', "the document's province, when it says or --meta says", { nullable: true }),
  f('city', 'string', "the document's prefecture-level city", { nullable: true }),
];

export const TARGET_FIELDS: readonly Field[] = [
  f('file', 'string', 'the file', { table: { maxWidth: 30, cutStart: true, flex: true } }),
  f('line', 'integer', "line of the target's figure, from 1", { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', 'column there, in characters, from 1', { table: { align: 'right', maxWidth: 6 } }),
  f('region', 'string', 'the province, or province and city, the document is from; empty for national texts', {
    nullable: true,
    table: { maxWidth: 12 },
  }),
  f('date', 'date', "the document's date", { nullable: true }),
  f('period', 'string', 'the year or plan period the target is for (2026, 2026-2030)', { table: { maxWidth: 9 } }),
  f(
    'indicator',
    'string',
    "the indicator's standard name (data/indicators.tsv): GDP增长, 城镇新增就业…; the words before the figure when none matches",
    { table: { maxWidth: 16 } },
  ),
  f('indicator_as_written', 'string', 'the indicator as the document writes it', { table: { maxWidth: 20, flex: true } }),
  f('comparator', 'string', 'exact, about (左右), at_least (以上), at_most (以内), range', { table: { maxWidth: 8 } }),
  f('low', 'number', 'the lower bound, in `unit`', { nullable: true, table: { align: 'right', maxWidth: 14 } }),
  f('high', 'number', 'the upper bound (the same as low for one figure)', { nullable: true, table: { align: 'right', maxWidth: 14 } }),
  f('unit', 'string', '%, 元, 万人, 百分点… after 万/亿 are multiplied out', { nullable: true, table: { maxWidth: 4 } }),
  f('text', 'string', 'the clause the target stands in, cleaned and simplified', { table: { maxWidth: 40, flex: true } }),
  f('section', 'string', 'plan, or review (a result reported: only with --all)', { table: { maxWidth: 7 } }),
];

export const KWIC_FIELDS: readonly Field[] = [
  f('file', 'string', 'the file', { table: { maxWidth: 30, cutStart: true, flex: true } }),
  f('line', 'integer', 'line of the match in the original file, from 1', { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', 'column there, in characters, from 1', { table: { align: 'right', maxWidth: 6 } }),
  f('left', 'string', 'the cleaned text before the match (--window characters)', {
    table: { maxWidth: 30, align: 'right', cutStart: true, flex: true },
  }),
  f('match', 'string', 'the match, cleaned and simplified', { table: { maxWidth: 16 } }),
  f('right', 'string', 'the cleaned text after the match', { table: { maxWidth: 30, flex: true } }),
  f('form', 'string', 'the match as written in the file', { table: { maxWidth: 20, flex: true } }),
  f('date', 'date', "the document's date", { nullable: true }),
  f('title', 'string', "the document's title", { nullable: true }),
  f('province', 'string', "the document's province", { nullable: true }),
  f('city', 'string', "the document's city", { nullable: true }),
];

/** Columns for the reporters: every field for CSV; the table's own for a table. */
export function columnsOf(fields: readonly Field[], table: boolean): Column[] {
  return fields.filter((x) => !table || x.table).map((x) => ({ key: x.name, header: x.name, ...(table ? x.table : {}) }));
}

const nul = <T>(v: T | undefined | ''): T | null => (v === undefined || v === '' ? null : v);

/** A ranked slogan as the schema writes it. */
export function sloganRecord(r: SloganRow, rank: number): Row {
  const shown = r.occurrencesShown;
  return {
    rank,
    slogan: r.slogan,
    kind: r.kind,
    family: nul(r.family),
    documents: r.documents,
    occurrences: r.occurrences,
    undated_documents: r.undated,
    first_date: nul(r.firstDate),
    last_date: nul(r.lastDate),
    score: r.score,
    weight: r.weight,
    weight_reason: r.weightReason,
    found_by: r.foundBy,
    forms: r.forms,
    first_seen: shown[0] ? where(shown[0]) : null,
    first_context: nul(shown[0]?.context),
    locations: shown.map(where),
    locations_sampled: shown.length < r.documents,
    members: r.members ?? [],
  };
}

export function directiveRecord(r: DirectiveRow): Row {
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    kind: r.kind,
    status: r.status,
    section: r.section,
    cue: r.cue,
    speaker: r.speaker,
    quantities: r.quantities.map((q) => ({ ...q })),
    ordinal_index: r.ordinal?.index ?? null,
    ordinal_of: r.ordinal?.of ?? null,
    ordinal_marker: r.ordinal?.marker ?? null,
    heading: r.ordinal?.heading ?? null,
    item: r.ordinal?.item ?? null,
    simplified: r.simplified,
    text: r.text,
    date: nul(r.date),
    title: nul(r.title),
    province: nul(r.province),
    city: nul(r.city),
  };
}

export function targetRecord(r: TargetRow): Row {
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    region: nul(r.region),
    date: nul(r.date),
    period: r.period,
    indicator: r.indicator,
    indicator_as_written: r.indicator_as_written,
    comparator: r.comparator,
    low: r.low,
    high: r.high,
    unit: r.unit,
    text: r.text,
    section: r.section,
  };
}

export function kwicRecord(r: KwicRow): Row {
  return {
    file: r.file,
    line: r.line,
    column: r.column,
    left: r.left,
    match: r.match,
    right: r.right,
    form: r.form,
    date: nul(r.date),
    title: nul(r.title),
    province: nul(r.province),
    city: nul(r.city),
  };
}
