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
  /** May be null (JSON) or empty (CSV). */
  nullable?: boolean;
  /** How the terminal table shows it; fields without are left out of the table. */
  table?: Omit<Column, 'key' | 'header'>;
}

const f = (name: string, type: FieldType, options: Omit<Field, 'name' | 'type'> = {}): Field => ({ name, type, ...options });

export const SLOGAN_FIELDS: readonly Field[] = [
  f('rank', 'integer', { table: { align: 'right', maxWidth: 5 } }),
  f('slogan', 'string', { table: { maxWidth: 28 } }),
  f('kind', 'string', { table: { maxWidth: 9 } }),
  f('family', 'string', { nullable: true }),
  f('documents', 'integer', { table: { align: 'right', maxWidth: 9 } }),
  f('occurrences', 'integer', { table: { align: 'right', maxWidth: 11 } }),
  f('undated_documents', 'integer'),
  f('first_date', 'date', { nullable: true, table: { maxWidth: 10 } }),
  f('last_date', 'date', { nullable: true, table: { maxWidth: 10 } }),
  f('score', 'number', { table: { align: 'right', maxWidth: 8 } }),
  f('weight', 'number'),
  f('weight_reason', 'string', { table: { maxWidth: 10 } }),
  f('found_by', 'list'),
  f('forms', 'list', { table: { maxWidth: 24, flex: true } }),
  f('first_seen', 'string', { nullable: true, table: { maxWidth: 40, cutStart: true, flex: true } }),
  f('first_context', 'string', { nullable: true, table: { maxWidth: 36, cutAround: true, flex: true } }),
  f('locations', 'list'),
  f('locations_sampled', 'boolean'),
  f('members', 'list'),
];

export const SLOGAN_BY_FIELDS: readonly Field[] = [
  f('slogan', 'string', { table: { maxWidth: 28 } }),
  f('kind', 'string', { table: { maxWidth: 9 } }),
  f('bucket', 'string', { table: { maxWidth: 30 } }),
  f('documents', 'integer', { table: { align: 'right', maxWidth: 9 } }),
  f('occurrences', 'integer', { table: { align: 'right', maxWidth: 11 } }),
];

export const DIRECTIVE_FIELDS: readonly Field[] = [
  f('file', 'string', { table: { maxWidth: 30, cutStart: true, flex: true } }),
  f('line', 'integer', { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', { table: { align: 'right', maxWidth: 6 } }),
  f('kind', 'string', { table: { maxWidth: 8 } }),
  f('status', 'string', { table: { maxWidth: 11 } }),
  f('section', 'string', { table: { maxWidth: 7 } }),
  f('cue', 'string', { table: { maxWidth: 6 } }),
  f('speaker', 'string', { table: { maxWidth: 8 } }),
  f('quantities', 'objects', { table: { maxWidth: 30, flex: true } }),
  f('ordinal_index', 'integer', { nullable: true }),
  f('ordinal_of', 'integer', { nullable: true }),
  f('ordinal_marker', 'string', { nullable: true }),
  f('heading', 'string', { nullable: true }),
  f('item', 'string', { nullable: true }),
  f('simplified', 'string', { table: { maxWidth: 50, flex: true } }),
  f('text', 'string'),
  f('date', 'date', { nullable: true, table: { maxWidth: 10 } }),
  f('title', 'string', { nullable: true }),
  f('province', 'string', { nullable: true }),
  f('city', 'string', { nullable: true }),
];

export const TARGET_FIELDS: readonly Field[] = [
  f('file', 'string', { table: { maxWidth: 30, cutStart: true, flex: true } }),
  f('line', 'integer', { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', { table: { align: 'right', maxWidth: 6 } }),
  f('region', 'string', { nullable: true, table: { maxWidth: 12 } }),
  f('date', 'date', { nullable: true }),
  f('period', 'string', { table: { maxWidth: 9 } }),
  f('indicator', 'string', { table: { maxWidth: 16 } }),
  f('indicator_as_written', 'string', { table: { maxWidth: 20, flex: true } }),
  f('comparator', 'string', { table: { maxWidth: 8 } }),
  f('low', 'number', { nullable: true, table: { align: 'right', maxWidth: 14 } }),
  f('high', 'number', { nullable: true, table: { align: 'right', maxWidth: 14 } }),
  f('unit', 'string', { nullable: true, table: { maxWidth: 4 } }),
  f('text', 'string', { table: { maxWidth: 40, flex: true } }),
  f('section', 'string', { table: { maxWidth: 7 } }),
];

export const KWIC_FIELDS: readonly Field[] = [
  f('file', 'string', { table: { maxWidth: 30, cutStart: true, flex: true } }),
  f('line', 'integer', { table: { align: 'right', maxWidth: 5 } }),
  f('column', 'integer', { table: { align: 'right', maxWidth: 6 } }),
  f('left', 'string', { table: { maxWidth: 30, align: 'right', cutStart: true, flex: true } }),
  f('match', 'string', { table: { maxWidth: 16 } }),
  f('right', 'string', { table: { maxWidth: 30, flex: true } }),
  f('form', 'string', { table: { maxWidth: 20, flex: true } }),
  f('date', 'date', { nullable: true }),
  f('title', 'string', { nullable: true }),
  f('province', 'string', { nullable: true }),
  f('city', 'string', { nullable: true }),
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
    rank, slogan: r.slogan, kind: r.kind, family: nul(r.family), documents: r.documents, occurrences: r.occurrences,
    undated_documents: r.undated, first_date: nul(r.firstDate), last_date: nul(r.lastDate), score: r.score, weight: r.weight,
    weight_reason: r.weightReason, found_by: r.foundBy, forms: r.forms, first_seen: shown[0] ? where(shown[0]) : null,
    first_context: nul(shown[0]?.context), locations: shown.map(where), locations_sampled: shown.length < r.documents,
    members: r.members ?? [],
  };
}

export function directiveRecord(r: DirectiveRow): Row {
  return {
    file: r.file, line: r.line, column: r.column, kind: r.kind, status: r.status, section: r.section, cue: r.cue, speaker: r.speaker,
    quantities: r.quantities.map((q) => ({ ...q })), ordinal_index: r.ordinal?.index ?? null, ordinal_of: r.ordinal?.of ?? null,
    ordinal_marker: r.ordinal?.marker ?? null, heading: r.ordinal?.heading ?? null, item: r.ordinal?.item ?? null,
    simplified: r.simplified, text: r.text, date: nul(r.date), title: nul(r.title), province: nul(r.province), city: nul(r.city),
  };
}

export function targetRecord(r: TargetRow): Row {
  return {
    file: r.file, line: r.line, column: r.column, region: nul(r.region), date: nul(r.date), period: r.period, indicator: r.indicator,
    indicator_as_written: r.indicator_as_written, comparator: r.comparator, low: r.low, high: r.high, unit: r.unit, text: r.text, section: r.section,
  };
}

export function kwicRecord(r: KwicRow): Row {
  return {
    file: r.file, line: r.line, column: r.column, left: r.left, match: r.match, right: r.right, form: r.form,
    date: nul(r.date), title: nul(r.title), province: nul(r.province), city: nul(r.city),
  };
}
