import type { SloganRow } from '../../extract/slogans/rank.js';
import type { CorpusFacts } from './corpus.js';
import { count, percent, per10k } from './numbers.js';
import { periodOf, periodsBetween, periodStats, type Period, type PeriodStat } from './periods.js';

/**
 * The time chart's numbers: for each slogan and period, the share of the
 * period's documents that mention it and its mentions per 10,000 characters,
 * so that a year with fewer documents does not look like a year of less talk.
 */
export interface TimelinePoint {
  slogan: string;
  period: string;
  /** Share of the period's documents (0–1); null where the period has none. */
  share: number | null;
  /** Mentions per 10,000 characters; null where the period has none. */
  rate: number | null;
  /** The value and the counts behind it, as the tooltip says them. */
  shareTip: string;
  rateTip: string;
}

export interface TimelineModel {
  period: Period;
  periods: PeriodStat[];
  points: TimelinePoint[];
  /** Documents whose date is not precise enough for the period (a year, charted by month). */
  unplaced: number;
}

/** Fewer periods with documents than this, and a line over time says nothing: there is no chart. */
export const MIN_PERIODS = 3;

/** The chart's model, or why there is no chart. */
export function timelineModel(rows: readonly SloganRow[], corpus: CorpusFacts, period: Period): TimelineModel | { empty: string } {
  const { firstDate, lastDate } = corpus;
  if (!firstDate || !lastDate) return { empty: 'No time chart: no document has a date.' };
  if (rows.length === 0) return { empty: 'No time chart: no recurring slogan was found.' };
  const periods = periodStats(corpus.documents, periodsBetween(firstDate, lastDate, period), period);
  const filled = periods.filter((p) => p.documents > 0);
  if (filled.length < MIN_PERIODS) return { empty: tooFew(filled, period) };
  const unplaced = corpus.documents.filter((d) => d.date && !periodOf(d.date, period)).length;
  return { period, periods, points: rows.flatMap((r) => sloganPoints(r, periods, period)), unplaced };
}

function tooFew(filled: PeriodStat[], period: Period): string {
  const which = filled.map((p) => `${p.period} (${count(p.documents, 'document')})`).join(', ');
  return `No time chart: the dated documents fall in ${filled.length === 1 ? 'one ' + period : `${filled.length} ${period}s`} (${which}); a share over time needs at least ${MIN_PERIODS} to compare.`;
}

function sloganPoints(row: SloganRow, periods: PeriodStat[], period: Period): TimelinePoint[] {
  const counts = countsPerPeriod(row, period);
  return periods.map((p) => {
    const c = counts.get(p.period) ?? { documents: 0, occurrences: 0 };
    const share = p.documents ? c.documents / p.documents : null;
    const rate = p.characters ? (c.occurrences * 10_000) / p.characters : null;
    const note = flagNote(p);
    return {
      slogan: row.slogan,
      period: p.period,
      share,
      rate,
      shareTip: p.documents
        ? `${row.slogan} · ${p.period}: ${percent(share!)} of documents (${c.documents.toLocaleString('en')} of ${count(p.documents, 'document')})${note}`
        : `${row.slogan} · ${p.period}: no documents`,
      rateTip: p.characters
        ? `${row.slogan} · ${p.period}: ${per10k(rate!)} mentions per 10,000 characters (${count(c.occurrences, 'mention')} in ${p.characters.toLocaleString('en')} characters)${note}`
        : `${row.slogan} · ${p.period}: no documents`,
    };
  });
}

export function flagNote(p: PeriodStat): string {
  if (p.flag === 'few') return ' — few documents';
  if (p.flag === 'partial') return ' — the dates cover only part of this period';
  return '';
}

/** Documents and mentions of a slogan per period, from its month breakdown (a document has one date). */
function countsPerPeriod(row: SloganRow, period: Period): Map<string, { documents: number; occurrences: number }> {
  const out = new Map<string, { documents: number; occurrences: number }>();
  for (const [month, c] of Object.entries(row.breakdowns?.month ?? {})) {
    const key = month === 'unknown' ? undefined : periodOf(month, period);
    if (!key) continue;
    const seen = out.get(key) ?? { documents: 0, occurrences: 0 };
    seen.documents += c.documents;
    seen.occurrences += c.occurrences;
    out.set(key, seen);
  }
  return out;
}
