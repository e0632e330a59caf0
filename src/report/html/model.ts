import type { SloganRow } from '../../extract/slogans/rank.js';
import type { DirectiveRow } from '../../extract/directives/index.js';
import { where } from '../../extract/where.js';
import type { HeatCell, TimelinePoint } from './charts.js';
import { documentsPerPeriod, periodsBetween, type Period } from './periods.js';

/** What the page script gets, as JSON: plain records, text exactly as found (it is escaped on the way in). */
export interface PageData {
  /** The slogans drawn in the charts, by rank. */
  chartSlogans: string[];
  slogans: PageSlogan[];
  directives: PageDirective[];
}

export interface PageSlogan {
  rank: number; slogan: string; kind: string; documents: number; occurrences: number;
  firstDate: string; lastDate: string; forms: string[]; foundBy: string[];
  /** The kept occurrences (at most SAMPLES, 20); `occurrences` says how many there are. */
  shown: Array<{ where: string; form: string; context: string; date: string }>;
}

export interface PageDirective {
  where: string; kind: string; status: string; cue: string; speaker: string; ordinal: string; heading: string;
  /** Parsed as `directives` parses them: value (a number, a [low, high] range, a date) and unit. */
  quantities: DirectiveRow['quantities'];
  simplified: string; text: string; date: string;
}

export function pageSlogan(r: SloganRow, i: number): PageSlogan {
  return {
    rank: i + 1, slogan: r.slogan, kind: r.kind, documents: r.documents, occurrences: r.occurrences,
    firstDate: r.firstDate ?? '', lastDate: r.lastDate ?? '', forms: r.forms, foundBy: r.foundBy,
    shown: r.occurrencesShown.map((o) => ({ where: where(o), form: o.form, context: o.context, date: o.date ?? '' })),
  };
}

export function pageDirective(r: DirectiveRow): PageDirective {
  return {
    where: where(r), kind: r.kind, status: r.status, cue: r.cue, speaker: r.speaker,
    ordinal: r.ordinal ? `${r.ordinal.index}/${r.ordinal.of}` : '', heading: r.ordinal?.heading ?? '',
    quantities: r.quantities.map((q) => ({ ...q })),
    simplified: r.simplified, text: r.text, date: r.date,
  };
}

/** One point per slogan and period, zeros included, so lines fall to the axis in quiet periods. */
export function timelinePoints(rows: SloganRow[], firstDate: string, lastDate: string, period: Period): { points: TimelinePoint[]; periods: string[] } {
  const periods = periodsBetween(firstDate, lastDate, period);
  const points = rows.flatMap((r) => {
    const counts = documentsPerPeriod(r, period);
    return periods.map((p) => ({ slogan: r.slogan, period: p, documents: counts.get(p) ?? 0 }));
  });
  return { points, periods };
}

/** Regions shown as heat-map columns at most; the others are named in a note. */
export const MAX_REGIONS = 25;

/**
 * Cells of the region × slogan map. Columns: regions where a charted slogan
 * occurs, in the order of the corpus's document counts, at most MAX_REGIONS.
 */
export function heatCells(rows: SloganRow[], regionOrder: string[]): { cells: HeatCell[]; regions: string[]; regionsFound: number } {
  const seen = new Set<string>();
  for (const r of rows) for (const region of Object.keys(r.breakdowns?.region ?? {})) if (region !== 'unknown') seen.add(region);
  const regions = regionOrder.filter((r) => seen.has(r)).slice(0, MAX_REGIONS);
  const shown = new Set(regions);
  const cells = rows.flatMap((r) => Object.entries(r.breakdowns?.region ?? {})
    .filter(([region]) => shown.has(region))
    .map(([region, c]) => ({ slogan: r.slogan, region, documents: c.documents })));
  return { cells, regions, regionsFound: seen.size };
}
