/**
 * The HTML report: rows and counts in, one self-contained page out (no
 * network, no files, no process). The CLI command reads the documents and
 * writes the page; this module only builds it.
 */
import type { DirectiveRow } from '../../extract/directives/index.js';
import type { SloganRow } from '../../extract/slogans/rank.js';
import type { Summary } from '../types.js';
import { heatmapSpec, renderSvg, timelineSpec } from './charts.js';
import type { CorpusFacts } from './corpus.js';
import { heatCells, pageDirective, pageSlogan, timelinePoints } from './model.js';
import { pageHtml } from './page.js';
import { choosePeriod, type Period } from './periods.js';
import { directiveTableSection, headerSection, heatmapSection, sloganTableSection, timelineSection } from './sections.js';

export { CorpusTally, type CorpusFacts } from './corpus.js';
export { escapeHtml, jsonForScript } from './escape.js';
export type { Period } from './periods.js';

export interface ReportInput {
  /** Every slogan found, best first (SloganMiner.rows() with by: ['month', 'region']). */
  slogans: SloganRow[];
  directives: DirectiveRow[];
  summary: Summary;
  corpus: CorpusFacts;
  version: string;
  /** Slogans in the table (0: all). */
  top: number;
  /** Slogans in the charts. */
  chartTop: number;
  /** The timeline's unit; chosen from the date span when not given. */
  period?: Period;
  /** The options as given, shown in the header: [`--min-docs`, `2`]. */
  settings: Array<[string, string]>;
}

export async function buildReport(input: ReportInput): Promise<string> {
  const table = input.top === 0 ? input.slogans : input.slogans.slice(0, input.top);
  const charted = input.slogans.slice(0, input.chartTop);
  const body = [
    headerSection(input.summary, input.corpus, input.version, input.settings),
    await timeline(charted, input),
    await regions(charted, input.corpus),
    sloganTableSection(table.length, input.slogans.length, charted.length),
    directiveTableSection(input.directives.length),
  ];
  return pageHtml(body, {
    chartSlogans: charted.map((r) => r.slogan),
    slogans: table.map(pageSlogan),
    directives: input.directives.map(pageDirective),
  });
}

async function timeline(rows: SloganRow[], input: ReportInput) {
  const { firstDate, lastDate } = input.corpus;
  const period = choosePeriod(firstDate, lastDate, input.period);
  const slogans = rows.map((r) => r.slogan);
  if (!firstDate || !lastDate) return timelineSection({ empty: 'No document has a date, so there is no timeline.' }, period, !input.period, slogans);
  if (rows.length === 0) return timelineSection({ empty: 'No recurring slogan was found, so there is no timeline.' }, period, !input.period, slogans);
  const { points, periods } = timelinePoints(rows, firstDate, lastDate, period);
  const svg = await renderSvg(timelineSpec(points, slogans, periods, period));
  return timelineSection(svg, period, !input.period, slogans);
}

async function regions(rows: SloganRow[], corpus: CorpusFacts) {
  const { cells, regions: columns, regionsFound } = heatCells(rows, corpus.regions.map((r) => r.region));
  const slogans = rows.map((r) => r.slogan).filter((s) => cells.some((c) => c.slogan === s));
  const svg = cells.length ? await renderSvg(heatmapSpec(cells, slogans, columns)) : undefined;
  return heatmapSection(svg, regionsFound, corpus);
}
