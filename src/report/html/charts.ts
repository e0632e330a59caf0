import type { TopLevelSpec } from 'vega-lite';
import { displayWidth } from '../cells.js';
import type { RegionCell, RegionColumn, RegionUnit } from './regions.js';
import { flagNote, type TimelineModel } from './timeline.js';

/**
 * The report's charts as SVG strings, drawn by vega-lite in Node at report time
 * so that the page needs no charting script. Vega escapes every text and
 * attribute it writes. Each mark carries a description (its `aria-label`): a
 * line its slogan, a point or a cell its tooltip, which starts with the
 * slogan and ` · `: this is how the page script and the tests find a slogan's
 * marks and what to show on hover.
 */

/** Chart text size in px; the page's CSS sets the font family (a CJK stack), which wins over vega's attribute. */
const FONT_SIZE = 13;
/** Width of a plot: with axis and legend the chart stays within about 700 px, legible unscaled at 768 px and on paper. */
const PLOT_WIDTH = 600;
const HEAT_WIDTH = 500;

/** Twenty colours strong enough for a thin line on white: the usual ten, then darker kin (no pale tints). */
export const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#6f6f6f',
  '#a0a01c',
  '#139cac',
  '#0b3d6b',
  '#a14b00',
  '#145a14',
  '#7f0000',
  '#4b2c85',
  '#4a2a05',
  '#b0136d',
  '#262626',
  '#5c5c00',
  '#00535c',
];

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
  axis: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 200 },
  legend: { labelFontSize: FONT_SIZE, titleFontSize: FONT_SIZE, labelLimit: 200 },
  view: { stroke: null },
  // A period without documents breaks a line rather than joining its neighbours across it.
  mark: { invalid: 'break-paths-filter-domains' },
} as const;

export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Loaded here, not at import: the library's index exports the report, and vega takes half a second to load.
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  useCjkTextWidths(vega);
  // vega-lite's warnings go to the console by default; the library never writes there.
  const view = new vega.View(vega.parse(compile(spec, { logger: vega.logger(vega.None) }).spec), { renderer: 'none', logLevel: vega.None });
  try {
    return checked(await view.toSVG());
  } finally {
    view.finalize();
  }
}

export type TimeUnit = 'share' | 'rate';

/**
 * One line per slogan (share of the period's documents, or mentions per
 * 10,000 characters), periods with little behind them shaded, and under it
 * the documents per period: the denominator in sight.
 */
export function timelineSpec(model: TimelineModel, slogans: string[], unit: TimeUnit): TopLevelSpec {
  const domain = model.periods.map((p) => p.period);
  const x = { field: 'period', type: 'ordinal', scale: { domain }, title: null, axis: { labels: false, ticks: false, domain: false } };
  const y =
    unit === 'share'
      ? { field: 'share', type: 'quantitative', title: 'share of documents', axis: { format: '.0%' } }
      : { field: 'rate', type: 'quantitative', title: 'mentions per 10,000 characters' };
  const tip = unit === 'share' ? 'shareTip' : 'rateTip';
  const color = { field: 'slogan', type: 'nominal', scale: { domain: slogans, range: PALETTE.slice(0, slogans.length) } };
  const flagged = model.periods.filter((p) => p.flag).map((p) => ({ period: p.period }));
  return {
    config: CONFIG,
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
    vconcat: [
      {
        width: PLOT_WIDTH,
        height: 280,
        layer: [
          ...(flagged.length ? [{ data: { values: flagged }, mark: { type: 'rect', color: '#f1ead8' }, encoding: { x } }] : []),
          {
            data: { values: model.points },
            mark: { type: 'line', strokeWidth: 2.5 },
            encoding: {
              x,
              y,
              color: {
                ...color,
                legend: {
                  orient: 'bottom',
                  direction: 'horizontal',
                  columns: 3,
                  title: null,
                  symbolType: 'stroke',
                  symbolStrokeWidth: 4,
                  symbolSize: 320,
                  columnPadding: 16,
                },
              },
              description: { field: 'slogan' },
            },
          },
          {
            data: { values: model.points },
            mark: { type: 'point', filled: true, size: 45, opacity: 1 },
            encoding: { x, y, color, description: { field: tip } },
          },
        ],
      },
      periodBars(model),
    ],
  } as TopLevelSpec;
}

/** Documents per period, bars of periods with few documents or only part covered in another colour. */
function periodBars(model: TimelineModel): object {
  const values = model.periods.map((p) => ({
    period: p.period,
    documents: p.documents,
    flag: p.flag === 'few' ? 'few documents' : p.flag === 'partial' ? 'part of the period' : 'documents',
    tip: `${p.period}: ${p.documents.toLocaleString('en')} document${p.documents === 1 ? '' : 's'}, ${p.characters.toLocaleString('en')} characters${flagNote(p)}`,
  }));
  const flags = ['documents', 'few documents', 'part of the period'].filter((f) => values.some((v) => v.flag === f));
  return {
    width: PLOT_WIDTH,
    height: 70,
    data: { values },
    mark: { type: 'bar' },
    encoding: {
      x: {
        field: 'period',
        type: 'ordinal',
        scale: { domain: model.periods.map((p) => p.period) },
        title: null,
        axis: { labelAngle: model.periods.length > 8 ? -45 : 0, labelOverlap: 'greedy' },
      },
      y: { field: 'documents', type: 'quantitative', title: 'documents', axis: { tickCount: 2, format: '~s' } },
      color: {
        field: 'flag',
        type: 'nominal',
        scale: { domain: flags, range: flags.map((f) => FLAG_COLOURS[f]) },
        legend: { orient: 'bottom', direction: 'horizontal', title: null },
      },
      description: { field: 'tip' },
    },
  };
}

const FLAG_COLOURS: Record<string, string> = { documents: '#8b95a3', 'few documents': '#d08c2c', 'part of the period': '#d9c48f' };

/** Slogans (rows) × regions (columns), shaded by the rate, every cell drawn (0 included, as the legend says). */
export function heatmapSpec(cells: RegionCell[], slogans: string[], columns: RegionColumn[], unit: RegionUnit, title: string): object {
  // At most HEAT_WIDTH for the cells: with the slogans' labels and the column labels' overhang, about 700 px.
  const cell = Math.max(16, Math.min(36, Math.floor(HEAT_WIDTH / Math.max(1, columns.length))));
  const labelOf = new Map(columns.map((c) => [c.region, c.label]));
  const values = cells.map((c) => ({ ...c, label: labelOf.get(c.region) ?? c.region }));
  const max = values.reduce((m, c) => Math.max(m, c.value), 0);
  const format = unit === 'share' ? '.0%' : '.2~f';
  const encoding = {
    x: {
      field: 'label',
      type: 'nominal',
      sort: columns.map((c) => c.label),
      scale: { domain: columns.map((c) => c.label) },
      title: null,
      axis: { labelAngle: -60, orient: 'top', labelPadding: 2, labelLimit: 100 },
    },
    // The same room for labels in both maps, so that their columns line up.
    y: {
      field: 'slogan',
      type: 'nominal',
      sort: slogans,
      scale: { domain: slogans },
      title: null,
      axis: { minExtent: 150, labelLimit: 150 },
    },
  };
  const labelled = columns.length <= 16;
  return {
    title: { text: title, anchor: 'start', fontSize: FONT_SIZE + 1, offset: 6 },
    width: cell * columns.length,
    height: 22 * slogans.length,
    data: { values },
    encoding,
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 0.5 },
        encoding: {
          color: {
            field: 'value',
            type: 'quantitative',
            scale: { scheme: 'blues', domainMin: 0 },
            title: unit === 'share' ? 'share of documents' : 'per 10,000 characters',
            legend: {
              format,
              orient: 'bottom',
              direction: 'horizontal',
              gradientLength: 240,
              titleOrient: 'left',
              titleAnchor: 'end',
              tickCount: 4,
            },
          },
          description: { field: 'tip' },
        },
      },
      ...(labelled
        ? [
            {
              mark: { type: 'text', fontSize: 11 },
              encoding: {
                text: { condition: { test: 'datum.value > 0', field: 'value', format: unit === 'share' ? '.0%' : '.1~f' }, value: '' },
                color: { condition: { test: `datum.value > ${max / 2}`, value: 'white' }, value: 'black' },
                description: { field: 'tip' },
              },
            },
          ]
        : []),
    ],
  };
}

/** Heat maps one under the other, each with its own colour scale (a region's distinctive slogans are rarer than the common ones). */
export function heatmapsSpec(parts: object[]): TopLevelSpec {
  return {
    config: CONFIG,
    vconcat: parts,
    spacing: 28,
    resolve: { scale: { color: 'independent' }, legend: { color: 'independent' } },
  } as TopLevelSpec;
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
