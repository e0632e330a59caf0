import { parseNumber } from './numerals.js';
import { splitSentences, type Span } from './sentences.js';

export type MarkerStyle = 'yao' | 'shi' | 'di' | 'paren' | 'dun' | 'num';

export interface EnumItem extends Span {
  ordinal: number;
  /** The marker as written (一要, 一是, 第一, （一）, 一、). */
  marker: string;
  style: MarkerStyle;
}

export interface Enumeration {
  items: EnumItem[];
  /** The sentence that announced the list, when there is one just before it. */
  heading?: Span;
  /** A quoted series in the heading with as many parts as the list has items (强规划、重招商…). */
  series?: string[];
}

const NUMERAL = '[一二三四五六七八九十]{1,3}';
const MARKERS: Array<[MarkerStyle, RegExp]> = [
  ['yao', new RegExp(`(?<=^|[。；：，\\n])\\s*(${NUMERAL})要(?=[\\p{Script=Han}])`, 'gu')],
  ['shi', new RegExp(`(?<=^|[。；：，\\n])\\s*(${NUMERAL})是(?=[\\p{Script=Han}])`, 'gu')],
  ['di', new RegExp(`(?<=^|[。；：\\n])\\s*第(${NUMERAL})(?:个方面|方面)?(?=[，、：])`, 'gu')],
  ['paren', new RegExp(`(?<=^|\\n)\\s*[（(](${NUMERAL})[）)]`, 'gu')],
  ['dun', new RegExp(`(?<=^|\\n|[：；])\\s*(${NUMERAL})、`, 'gu')],
  ['num', /(?<=^|\n)\s*(\d{1,2})[.．、](?!\d)/gu],
];

/**
 * Numbered lists of instructions: 一要……二要……, 一是……二是……, 第一……,
 * （一）……, 一、…… Items must count up from one in the same style; each item
 * runs to the end of its sentence (or line, for headings).
 */
export function findEnumerations(text: string): Enumeration[] {
  const out: Enumeration[] = [];
  for (const [style, re] of MARKERS) {
    const markers = [...text.matchAll(re)].map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { index: m.index! + lead, marker: m[0].trim(), ordinal: parseNumber(m[1]) ?? 0 };
    });
    let run: typeof markers = [];
    const flush = () => {
      if (run.length >= 2) out.push(build(text, run, style));
      run = [];
    };
    for (const m of markers) {
      if (m.ordinal === 1) flush();
      if (m.ordinal === run.length + 1) run.push(m);
      else flush();
    }
    flush();
  }
  return out.sort((a, b) => a.items[0].start - b.items[0].start);
}

function build(text: string, run: Array<{ index: number; marker: string; ordinal: number }>, style: MarkerStyle): Enumeration {
  const items = run.map((m, i) => {
    const stop =
      style === 'paren' || style === 'dun' || style === 'num' ? lineEnd(text, m.index) : sentenceEnd(text, m.index, run[i + 1]?.index);
    return { start: m.index, end: stop, ordinal: m.ordinal, marker: m.marker, style };
  });
  const heading = headingBefore(text, items[0].start);
  const series = heading ? seriesIn(text.slice(heading.start, heading.end), items.length) : undefined;
  return { items, ...(heading ? { heading } : {}), ...(series ? { series } : {}) };
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl === -1 ? text.length : nl;
  const stop = text.slice(from, end).search(/[。；]/);
  return stop === -1 ? end : from + stop + 1;
}

function sentenceEnd(text: string, from: number, next?: number): number {
  const sentence = splitSentences(text, from, next ?? text.length)[0];
  return sentence ? sentence.end : (next ?? text.length);
}

/** The sentence just before the first item, if it is on the same line or the line before. */
function headingBefore(text: string, first: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const from = lineStart < first ? lineStart : text.lastIndexOf('\n', lineStart - 2) + 1;
  const sentences = splitSentences(text, from, first);
  return sentences[sentences.length - 1];
}

function seriesIn(heading: string, size: number): string[] | undefined {
  for (const m of heading.matchAll(/“([^”]+)”/g)) {
    const parts = m[1].split('、');
    if (parts.length === size) return parts;
  }
  return undefined;
}
