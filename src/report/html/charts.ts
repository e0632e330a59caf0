import type { TopLevelSpec } from 'vega-lite';
import { displayWidth } from '../cells.js';

/**
 * The report's charts as SVG strings, drawn by vega-lite in Node at report time
 * so that the page needs no charting script. Vega escapes every text and
 * attribute it writes; each mark carries its slogan as `aria-label` (the
 * `description` channel), which is how the page script and the tests find a
 * slogan's series.
 */

export interface TimelinePoint { slogan: string; period: string; documents: number }
export interface HeatCell { slogan: string; region: string; documents: number }

/** Chart text size in px; the page's CSS sets the font family (a CJK stack), which wins over vega's attribute. */
const FONT_SIZE = 12;
const PLOT_WIDTH = 760;

type Vega = typeof import('vega');

/**
 * Without a canvas vega guesses text width as 0.8 em a character, too narrow for
 * CJK and so for labels and legends sized from it. Wide characters take 1.2 em here, narrow
 * ones 0.6 em (bold titles included), a little over what the usual fonts need.
 */
function useCjkTextWidths(vega: Vega): void {
  // vega exports textMetrics (vega-scenegraph's) but its type declarations leave it out.
  const { textMetrics } = vega as unknown as { textMetrics: { width: (item: { fontSize?: number }, text: unknown) => number } };
  textMetrics.width = (item: { fontSize?: number }, text: unknown) => 0.6 * displayWidth(String(text ?? '')) * (item.fontSize ?? FONT_SIZE);
}

const CONFIG = {
  font: 'sans-serif',
  axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 260 },
  legend: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 260, symbolStrokeWidth: 3 },
  view: { stroke: null },
} as const;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Loaded here, not at import: the library's index exports the report, and vega takes half a second to load.
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  useCjkTextWidths(vega);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return checked(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Documents mentioning each slogan per period: one line per slogan, legend in rank order. */
export function timelineSpec(points: TimelinePoint[], slogans: string[], periods: string[], periodName: string): TopLevelSpec {
  return {
    config: CONFIG,
    width: PLOT_WIDTH,
    height: 340,
    data: { values: points },
    mark: { type: 'line', point: { size: 28 }, strokeWidth: 2, interpolate: 'linear' },
    encoding: {
      x: { field: 'period', type: 'ordinal', sort: periods, scale: { domain: periods }, title: periodName, axis: { labelAngle: -45, labelOverlap: 'greedy' } },
      y: { field: 'documents', type: 'quantitative', title: 'documents mentioning it', axis: { tickMinStep: 1, format: 'd' } },
      color: { field: 'slogan', type: 'nominal', scale: { domain: slogans, scheme: 'tableau20' }, legend: { title: 'slogan (by rank)', orient: 'right' } },
      description: { field: 'slogan' },
    },
  } as TopLevelSpec;
}

/** Slogans (rows) × regions (columns), shaded and labelled by documents; empty cells are not drawn. */
export function heatmapSpec(cells: HeatCell[], slogans: string[], regions: string[]): TopLevelSpec {
  const cell = Math.max(26, Math.min(48, Math.floor(PLOT_WIDTH / Math.max(1, regions.length))));
  const encoding = {
    x: { field: 'region', type: 'nominal', sort: regions, scale: { domain: regions }, title: 'region', axis: { labelAngle: -45, orient: 'top' } },
    y: { field: 'slogan', type: 'nominal', sort: slogans, scale: { domain: slogans }, title: null },
    description: { field: 'slogan' },
  };
  return {
    config: CONFIG,
    padding: { left: 5, top: 5, bottom: 5, right: 30 }, // room for the colour legend's title
    width: cell * regions.length,
    height: 24 * slogans.length,
    data: { values: cells },
    encoding,
    layer: [
      { mark: { type: 'rect' }, encoding: { color: { field: 'documents', type: 'quantitative', scale: { scheme: 'blues', domainMin: 0 }, title: 'documents' } } },
      { mark: { type: 'text', fontSize: 11 }, encoding: { text: { field: 'documents' }, color: { condition: { test: `datum.documents > ${maxOf(cells) / 2}`, value: 'white' }, value: 'black' } } },
    ],
  } as TopLevelSpec;
}

function maxOf(cells: HeatCell[]): number {
  return cells.reduce((m, c) => Math.max(m, c.documents), 0);
}

/**
 * vega escapes what it draws; this is a second lock, since the labels are
 * scraped text: an SVG with a script, foreign HTML or an event handler is refused.
 */
function checked(svg: string): string {
  const tags = svg.replace(/="[^"]*"/g, '=""'); // attribute values hold escaped text: look at names only
  if (/<script|<foreignObject|<[^<>]*\son[a-z]+\s*=/i.test(tags)) throw new Error('policy-mine: a chart contains markup it must not have');
  return svg;
}
