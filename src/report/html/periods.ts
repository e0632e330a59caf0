import type { SloganRow } from '../../extract/slogans/rank.js';

export type Period = 'month' | 'year';

/** Month when the dates span at most this many months, year beyond: a 3-year monthly chart still has legible ticks. */
const MONTHLY_UP_TO = 36;

/** The timeline's unit: the one asked for, else month for up to three years of documents and year beyond. */
export function choosePeriod(firstDate: string | undefined, lastDate: string | undefined, asked?: Period): Period {
  if (asked) return asked;
  if (!firstDate || !lastDate) return 'month';
  return monthIndex(lastDate) - monthIndex(firstDate) + 1 <= MONTHLY_UP_TO ? 'month' : 'year';
}

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** Every period from the first date to the last, gaps included, so that a quiet month shows as zero. */
export function periodsBetween(firstDate: string, lastDate: string, period: Period): string[] {
  const out: string[] = [];
  if (period === 'year') {
    for (let y = Number(firstDate.slice(0, 4)); y <= Number(lastDate.slice(0, 4)); y++) out.push(String(y));
    return out;
  }
  for (let m = monthIndex(firstDate); m <= monthIndex(lastDate); m++) out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return out;
}

/**
 * Documents mentioning the slogan per period, from its month breakdown. A
 * document has one date, so month counts add up to year counts. Undated
 * documents ('unknown') are left out: they have no place on a time axis.
 */
export function documentsPerPeriod(row: SloganRow, period: Period): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [month, c] of Object.entries(row.breakdowns?.month ?? {})) {
    if (month === 'unknown') continue;
    const key = period === 'year' ? month.slice(0, 4) : month;
    counts.set(key, (counts.get(key) ?? 0) + c.documents);
  }
  return counts;
}
