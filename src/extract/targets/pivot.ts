import type { TargetRow } from './index.js';
import { headlineIndicators } from './indicators.js';

/** Columns of the pivot: one per region, per year (of the period), or per file. */
export type PivotBy = 'region' | 'year' | 'file';

export interface TargetPivot {
  /** The column names, in order. */
  columns: string[];
  /** One row per indicator: its name, and a cell per column as an analyst writes it (5%左右, ≥5%, 4.5–5%), '' for none. */
  rows: Array<{ indicator: string; cells: Record<string, string> }>;
}

/**
 * The table analysts build by hand every spring: one row per indicator, one
 * column per region (or year, or file), each cell the target as written for
 * it. Where a column has several targets for one indicator, the one for the
 * document's own year comes first (not the five-year plan's 年均 rate), then
 * the first in reading order (a report's main expected targets come first).
 * Rows are the headline indicators in their usual order, then the other
 * indicators set in two columns or more, most columns first.
 */
export function pivotTargets(rows: readonly TargetRow[], by: PivotBy): TargetPivot {
  const columnOf = (r: TargetRow) => (by === 'region' ? r.region || '(no region)' : by === 'year' ? r.period || '(no period)' : r.file);
  const columns = [...new Set(rows.map(columnOf))];
  const cells = new Map<string, Record<string, string>>();
  const ownYear = (r: TargetRow) => r.period !== '' && r.period === r.date.slice(0, 4);
  for (const r of [...rows.filter(ownYear), ...rows.filter((x) => !ownYear(x))]) {
    const column = columnOf(r);
    const row = cells.get(r.indicator) ?? {};
    cells.set(r.indicator, row);
    row[column] ??= formatTarget(r);
  }
  const headline = headlineIndicators();
  const others = [...cells.keys()]
    .filter((k) => !headline.includes(k) && Object.keys(cells.get(k)!).length >= 2)
    .sort((a, b) => Object.keys(cells.get(b)!).length - Object.keys(cells.get(a)!).length || (a < b ? -1 : 1));
  const order = [...headline.filter((k) => cells.has(k)), ...others];
  return { columns, rows: order.map((indicator) => ({ indicator, cells: cells.get(indicator)! })) };
}

/** A target as an analyst writes it in a table: 5%左右, ≥5%, ≤3%, 4.5–5%, 50万人. */
export function formatTarget(t: Pick<TargetRow, 'comparator' | 'low' | 'high' | 'unit'>): string {
  if (t.low === null) return '?';
  const unit = t.unit ?? '';
  const n = (x: number) => scaled(x, unit);
  switch (t.comparator) {
    case 'about':
      return `${n(t.low)}${unit}左右`;
    case 'at_least':
      return `≥${n(t.low)}${unit}`;
    case 'at_most':
      return `≤${n(t.low)}${unit}`;
    case 'range':
      return `${n(t.low)}–${n(t.high ?? t.low)}${unit}`;
    default:
      return `${n(t.low)}${unit}`;
  }
}

/** Large counts and amounts in 万 and 亿, as reports write them (500000 人 → 50万人); percentages as they are. */
function scaled(x: number, unit: string): string {
  if (unit === '%' || unit === '百分点' || Math.abs(x) < 1e4) return String(x);
  const [divisor, suffix] = Math.abs(x) >= 1e8 ? [1e8, '亿'] : [1e4, '万'];
  return `${Number.parseFloat((x / divisor).toPrecision(10))}${suffix}`;
}
