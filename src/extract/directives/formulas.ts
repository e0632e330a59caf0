import { readDataLines } from '../../data-files.js';
import { canonicalLine } from '../../normalize/normalize.js';
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import { parseNumber } from './numerals.js';
import type { Quantity } from './quantities.js';

/**
 * Numbered formulas a directive names: quoted (实施“百场千企”行动, 严把“三道关”,
 * “1+5+X”) or established ones written without quotes (坚持两个毫不动摇, 增强
 * 四个意识), from the lexicon's numbered entries. Each is a quantity of kind
 * formula, its value the number it leads with (两个毫不动摇 → 2, 十五五 → 15),
 * null when it counts several things (一带一路, 三高四新).
 */
const QUOTED = /[“"]([^“”"\n]{2,16})[”"]/g;
const NUMERAL = '一二两三四五六七八九十百千万双';
/** A quoted name with a count in it: a numeral before a word, a plan period, or digits joined by + or ×. */
const COUNTED = new RegExp(
  `^[\\p{Script=Han}]?(?<!第)[${NUMERAL}](?:[个大项张条化新稳保区链网园业企策地线场品道关篇手基通山水重不链城带核心路通廊圈屏]|[\\p{Script=Han}]{1,4}[${NUMERAL}])|十[一二三四五六七八九]五|\\d+\\s*[+×]|[+×]\\s*[A-Z\\d]`,
  'u',
);
/** Numbers, dates and ordinary counts in quotes are not formulas (“2025”, “十月一日”). */
const NOT_FORMULA = /^[\d零〇一二两三四五六七八九十百千万亿.%年月日号]+$|之/;

let lexiconFormulas: PhraseMatcher<string> | undefined;

/** The lexicon's numbered formulas, matched whole (longest first). */
function listed(): PhraseMatcher<string> {
  if (lexiconFormulas) return lexiconFormulas;
  const matcher = new PhraseMatcher<string>();
  for (const line of readDataLines('lexicon.tsv')) {
    const [text, kind] = line.split('\t');
    if (kind === 'numbered' && text) matcher.add(canonicalLine(text.trim()), text.trim());
  }
  lexiconFormulas = matcher;
  return matcher;
}

export function findFormulas(text: string): Quantity[] {
  const out: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1];
    if (!COUNTED.test(inner) || NOT_FORMULA.test(inner)) continue;
    const start = m.index! + 1;
    out.push(formula(inner, start));
    taken.push([start, start + inner.length]);
  }
  listed().forEachMatch(text, (_name, start, end) => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    out.push(formula(text.slice(start, end), start));
  });
  return out.sort((a, b) => a.start - b.start);
}

function formula(name: string, start: number): Quantity {
  const value = leadingNumber(name);
  return { text: name, start, end: start + name.length, kind: 'formula', value, low: value, high: value, comparator: 'exact', unit: null };
}

/** The number a formula leads with, when it counts one thing (两个确立 2, 双碳 2, 十五五 15); null for 一带一路, 3+2, 三高四新. */
function leadingNumber(name: string): number | null {
  const plan = /^十([一二三四五六七八九])五/.exec(name);
  if (plan) return 10 + '一二三四五六七八九'.indexOf(plan[1]) + 1;
  const groups = name.match(new RegExp(`[${NUMERAL}]+|\\d+`, 'g')) ?? [];
  if (groups.length !== 1 || name.indexOf(groups[0]) !== 0) return null;
  if (groups[0] === '双') return 2;
  return parseNumber(groups[0]) ?? null;
}
