import type { DocFacts } from './corpus.js';

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
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7) || '1') - 1;
}

/** Every period from the first date to the last, gaps included, so that a quiet month shows as such. */
export function periodsBetween(firstDate: string, lastDate: string, period: Period): string[] {
  const out: string[] = [];
  if (period === 'year') {
    for (let y = Number(firstDate.slice(0, 4)); y <= Number(lastDate.slice(0, 4)); y++) out.push(String(y));
    return out;
  }
  for (let m = monthIndex(firstDate); m <= monthIndex(lastDate); m++)
    out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** The period a date falls in; a date known only to the year has no month. */
export function periodOf(date: string | undefined, period: Period): string | undefined {
  if (!date) return undefined;
  if (period === 'year') return date.slice(0, 4);
  return date.length >= 7 ? date.slice(0, 7) : undefined;
}

/** Why a period's value is less sure than the others': few documents, or dates that cover only part of it. */
export type PeriodFlag = '' | 'few' | 'partial';

export interface PeriodStat {
  period: string;
  documents: number;
  characters: number;
  flag: PeriodFlag;
}

/** A period with fewer documents than this, or than a quarter of the median period's, is marked as having few. */
const FEW_DOCUMENTS = 10;

/** Documents and characters per period, each period marked when its value rests on little. */
export function periodStats(docs: readonly DocFacts[], periods: readonly string[], period: Period): PeriodStat[] {
  const stats = new Map(periods.map((p) => [p, { period: p, documents: 0, characters: 0, flag: '' as PeriodFlag }]));
  for (const d of docs) {
    const s = stats.get(periodOf(d.date, period) ?? '');
    if (!s) continue;
    s.documents++;
    s.characters += d.characters;
  }
  const out = [...stats.values()];
  const counts = out
    .map((s) => s.documents)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const few = Math.max(FEW_DOCUMENTS, (counts[Math.floor(counts.length / 2)] ?? 0) / 4);
  for (const s of out) if (s.documents > 0 && s.documents < few) s.flag = 'few';
  markPartial(out, docs, period);
  return out;
}

/**
 * The first and last periods are partial when the dates stop well inside
 * them (a year that ends in August, a month that ends on the 10th): fewer
 * documents there say nothing about the slogans.
 */
function markPartial(stats: PeriodStat[], docs: readonly DocFacts[], period: Period): void {
  const dates = docs
    .map((d) => d.date)
    .filter((d): d is string => Boolean(d && periodOf(d, period)))
    .sort();
  if (!dates.length || !stats.length) return;
  const first = stats[0];
  const last = stats[stats.length - 1];
  if (startsLate(dates[0], period)) first.flag = 'partial';
  if (endsEarly(dates[dates.length - 1], period)) last.flag = 'partial';
}

function startsLate(date: string, period: Period): boolean {
  return period === 'year' ? date.slice(5, 7) > '01' : Number(date.slice(8, 10) || '1') > 7;
}

function endsEarly(date: string, period: Period): boolean {
  return period === 'year' ? (date.slice(5, 7) || '12') < '12' : Number(date.slice(8, 10) || '31') < 24;
}
