import type { SloganRow } from '../../extract/slogans/rank.js';
import { regionName } from '../../document.js';
import type { DocFacts } from './corpus.js';
import { G2_P001, logLikelihood } from './keyness.js';
import { count, percent, per10k } from './numbers.js';

/** Provinces, or the cities within them (on a toggle, where enough documents have one). */
export type RegionLevel = 'province' | 'city';
/** Share of a region's documents that mention a slogan, or its mentions per 10,000 characters (where regions have too few documents for a share). */
export type RegionUnit = 'share' | 'rate';

export interface RegionColumn {
  region: string;
  label: string;
  documents: number;
  characters: number;
}
export interface RegionCell {
  slogan: string;
  region: string;
  value: number;
  tip: string;
}
/** A slogan used more in one region than in the others together. */
export interface KeySlogan {
  slogan: string;
  region: string;
  g2: number;
  /** The rate in the region and in the others (45%, 2.1 per 10,000 characters), and the counts behind both. */
  inRegion: string;
  elsewhere: string;
  counts: string;
}

export interface RegionModel {
  level: RegionLevel;
  unit: RegionUnit;
  columns: RegionColumn[];
  /** Slogans that tell regions apart, strongest first, and their cells. */
  distinct: { slogans: string[]; cells: RegionCell[] };
  /** Top slogans found in nearly every region, and their cells. */
  common: { slogans: string[]; cells: RegionCell[] };
  /** Per region (in column order), its most distinctive slogans. */
  keys: Array<{ column: RegionColumn; slogans: KeySlogan[] }>;
}

/** Below this many documents in the median region, a share moves by whole documents: rates per 10,000 characters instead. */
const SHARE_FROM = 5;
/** A city gets a column with at least this many documents; the city view is offered with at least MIN_CITIES of them. */
const CITY_DOCUMENTS = 5;
const MIN_CITIES = 3;
/** Distinctive slogans drawn, and at most how many of them for one region. */
const DISTINCT_ROWS = 15;
const PER_REGION = 2;
/** Key slogans listed per region. */
const KEYS_LISTED = 3;
/** "Common": found in at least this share of the regions. */
const COMMON_SHARE = 2 / 3;
const COMMON_ROWS = 10;

/** The columns of a level: regions with documents, most first (cities with enough of them). */
export function regionColumns(docs: readonly DocFacts[], level: RegionLevel): RegionColumn[] {
  const byRegion = new Map<string, RegionColumn>();
  for (const d of docs) {
    const region = level === 'province' ? d.province : d.city && regionName({ province: d.province, city: d.city });
    if (!region) continue;
    const col = byRegion.get(region) ?? { region, label: shortName(region, level), documents: 0, characters: 0 };
    col.documents++;
    col.characters += d.characters;
    byRegion.set(region, col);
  }
  const cols = [...byRegion.values()].filter((c) => level === 'province' || c.documents >= CITY_DOCUMENTS);
  return (
    cols
      .sort((a, b) => b.documents - a.documents || (a.region < b.region ? -1 : 1))
      // The documents behind each column, unless every region has one (a report each).
      .map((c, _i, all) => (all.every((o) => o.documents === 1) ? c : { ...c, label: `${c.label} ${c.documents}` }))
  );
}

/** Whether a city view is worth offering. */
export function hasCityView(docs: readonly DocFacts[]): boolean {
  return regionColumns(docs, 'city').length >= MIN_CITIES;
}

/** 浙江省 → 浙江, 广西壮族自治区 → 广西, 浙江省杭州市 → 杭州: what fits under a heat-map column. */
export function shortName(region: string, level: RegionLevel): string {
  const name = level === 'city' ? region.replace(/^.+?(省|自治区|特别行政区)/, '') : region;
  return name.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/, '') || name;
}

export function regionModel(
  rows: readonly SloganRow[],
  charted: readonly SloganRow[],
  docs: readonly DocFacts[],
  level: RegionLevel,
): RegionModel | undefined {
  const columns = regionColumns(docs, level);
  if (columns.length < 2) return undefined;
  const sorted = columns.map((c) => c.documents).sort((a, b) => a - b);
  const unit: RegionUnit = sorted[Math.floor(sorted.length / 2)] >= SHARE_FROM ? 'share' : 'rate';
  const ctx = { columns, unit, level };
  // Phrases only discovery proposed (参加上述活动, 进行正式访问) are left out: news wording tells regions apart too, and says nothing.
  const keyed = rows
    .filter((r) => r.weightReason !== 'discovered')
    .map((r) => ({ row: r, keys: keysOf(r, ctx) }))
    .filter((k) => k.keys.length > 0);
  const distinctRows = pickDistinct(keyed);
  const commonRows = charted
    .filter((r) => columns.filter((c) => countsIn(r, c, level).documents > 0).length >= COMMON_SHARE * columns.length)
    .slice(0, COMMON_ROWS);
  return {
    level,
    unit,
    columns,
    distinct: { slogans: distinctRows.map((r) => r.slogan), cells: distinctRows.flatMap((r) => cellsOf(r, ctx)) },
    common: { slogans: commonRows.map((r) => r.slogan), cells: commonRows.flatMap((r) => cellsOf(r, ctx)) },
    keys: columns.map((column) => ({
      column,
      slogans: keyed
        .flatMap((k) => k.keys.filter((s) => s.region === column.region))
        .sort((a, b) => b.g2 - a.g2)
        .slice(0, KEYS_LISTED),
    })),
  };
}

interface Ctx {
  columns: RegionColumn[];
  unit: RegionUnit;
  level: RegionLevel;
}

function countsIn(r: SloganRow, c: RegionColumn, level: RegionLevel): { documents: number; occurrences: number } {
  return r.breakdowns?.[level === 'province' ? 'region' : 'city']?.[c.region] ?? { documents: 0, occurrences: 0 };
}

/** A slogan's count and the size it is counted in: documents of documents, or mentions of characters. */
function measure(r: SloganRow, c: RegionColumn, ctx: Ctx): [number, number] {
  const n = countsIn(r, c, ctx.level);
  return ctx.unit === 'share' ? [n.documents, c.documents] : [n.occurrences, c.characters];
}

/** The regions where the slogan is significantly more frequent than in all the others together. */
function keysOf(r: SloganRow, ctx: Ctx): KeySlogan[] {
  const measured = ctx.columns.map((c) => measure(r, c, ctx));
  const total = measured.reduce((t, [a, size]) => [t[0] + a, t[1] + size], [0, 0]);
  const out: KeySlogan[] = [];
  ctx.columns.forEach((c, i) => {
    const [a, size] = measured[i];
    // At least two documents, or three mentions: one document's habit is not a region's.
    if (a < (ctx.unit === 'share' ? 2 : 3)) return;
    const g2 = logLikelihood(a, size, total[0] - a, total[1] - size);
    if (g2 < G2_P001) return;
    const [c2, size2] = [total[0] - a, total[1] - size];
    out.push({
      slogan: r.slogan,
      region: c.region,
      g2,
      inRegion: rateText(a, size, ctx.unit),
      elsewhere: rateText(c2, size2, ctx.unit),
      counts: `${valueText(a, size, ctx.unit)} in ${c.region}; ${valueText(c2, size2, ctx.unit)} elsewhere`,
    });
  });
  return out;
}

function rateText(a: number, size: number, unit: RegionUnit): string {
  return unit === 'share' ? percent(size ? a / size : 0) : per10k(size ? (a * 10_000) / size : 0);
}

function valueText(a: number, size: number, unit: RegionUnit): string {
  return unit === 'share'
    ? `${percent(size ? a / size : 0)} (${a.toLocaleString('en')} of ${count(size, 'document')})`
    : `${per10k(size ? (a * 10_000) / size : 0)} per 10,000 characters (${count(a, 'mention')})`;
}

/** The strongest distinctive slogans, at most PER_REGION for any one region, so that one large region does not take every row. */
function pickDistinct(keyed: Array<{ row: SloganRow; keys: KeySlogan[] }>): SloganRow[] {
  const best = keyed.map((k) => ({ row: k.row, key: k.keys.reduce((m, s) => (s.g2 > m.g2 ? s : m)) })).sort((a, b) => b.key.g2 - a.key.g2);
  const perRegion = new Map<string, number>();
  const out: SloganRow[] = [];
  for (const { row, key } of best) {
    const n = perRegion.get(key.region) ?? 0;
    if (n >= PER_REGION) continue;
    perRegion.set(key.region, n + 1);
    out.push(row);
    if (out.length >= DISTINCT_ROWS) break;
  }
  return out;
}

function cellsOf(r: SloganRow, ctx: Ctx): RegionCell[] {
  return ctx.columns.map((c) => {
    const [a, size] = measure(r, c, ctx);
    const value = size ? (ctx.unit === 'share' ? a / size : (a * 10_000) / size) : 0;
    return { slogan: r.slogan, region: c.region, value, tip: `${r.slogan} · ${c.region}: ${valueText(a, size, ctx.unit)}` };
  });
}
