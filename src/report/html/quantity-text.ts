import type { RowQuantity } from '../../extract/directives/index.js';

/**
 * A quantity as parsed, for a reader: the comparator as a sign (≥ 以上, ≤ 以内,
 * ≈ 左右), a range with an en dash, large figures in 万 and 亿 (1.24万亿元), and
 * where nothing was parsed, why.
 */
export interface ShownQuantity {
  /** As written (7%以上). */
  text: string;
  /** As parsed (≥ 7%), or empty when there is no value. */
  shown: string;
  /** Why there is no value, when there is none. */
  missing?: string;
  /** What the quantity sorts by: its (lower) figure, a deadline's date as yyyymmdd; null for none. */
  sort: number | null;
}

const SIGN: Record<RowQuantity['comparator'], string> = { exact: '', about: '≈ ', at_least: '≥ ', at_most: '≤ ', range: '' };

export function showQuantity(q: RowQuantity): ShownQuantity {
  if (q.kind === 'deadline') {
    return q.date
      ? { text: q.text, shown: `by ${q.date}`, sort: Number(q.date.replace(/-/g, '')) }
      : { text: q.text, shown: '', missing: 'a deadline, and the document has no date to count from', sort: null };
  }
  if (q.low === null) {
    const missing = q.kind === 'formula' ? 'a named formula, no number in it' : 'the figure could not be read';
    return { text: q.text, shown: '', missing, sort: null };
  }
  if (q.kind === 'formula') return { text: q.text, shown: `formula (${q.low})`, sort: q.low };
  const unit = q.unit ?? '';
  const shown =
    q.comparator === 'range' && q.high !== null && q.high !== q.low
      ? rangeText(q.low, q.high, unit)
      : `${SIGN[q.comparator]}${figureText(q.low, unit)}`;
  return { text: q.text, shown, sort: q.low };
}

/** 5–5.5%, 3000–5000亿元: the unit (and its magnitude, when both ends share it) once, after the upper end. */
function rangeText(low: number, high: number, unit: string): string {
  const [, mag, scale] = magnitude(high, unit);
  if (mag && low >= scale) return `${digits(low / scale)}–${digits(high / scale)}${mag}${unitText(unit)}`;
  return `${figureText(low, '')}–${figureText(high, unit)}`;
}

/** 1240000000000, 元 → 1.24万亿元; 7, % → 7%; 20, 个 → 20个. */
export function figureText(value: number, unit: string): string {
  const [v, mag] = magnitude(value, unit);
  return `${digits(v)}${mag}${unitText(unit)}`;
}

/** Percentages and points read without a space; the rest follow the figure as in Chinese. */
function unitText(unit: string): string {
  return unit === '百分点' ? '个百分点' : unit;
}

/** Large figures in 万, 亿 and 万亿, as Chinese documents write them; rates never. */
function magnitude(value: number, unit: string): [number, string, number] {
  if (unit === '%' || unit === '百分点') return [value, '', 1];
  const abs = Math.abs(value);
  if (abs >= 1e12) return [value / 1e12, '万亿', 1e12];
  if (abs >= 1e8) return [value / 1e8, '亿', 1e8];
  if (abs >= 1e5) return [value / 1e4, '万', 1e4];
  return [value, '', 1];
}

/** At most four significant figures, no trailing zeros, digits grouped from 10,000 on (2550亿元 as written, 12,000人). */
function digits(v: number): string {
  const rounded = Number.isInteger(v) ? v : Number(v.toPrecision(4));
  return Math.abs(rounded) >= 10_000 ? rounded.toLocaleString('en', { maximumFractionDigits: 4 }) : String(rounded);
}
