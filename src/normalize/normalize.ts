import { TextBuilder } from '../offsets/text-builder.js';
import type { SegmentMap } from '../offsets/offset-map.js';
import { readDataLines } from '../data-files.js';
import { createSimplifier, type Simplifier } from './opencc.js';
import { charsBetween, CodeUnitSet } from '../text/code-unit-set.js';

let toSimplified: Simplifier | undefined;
interface Variant {
  standard: string;
  unlessNext: string;
  unlessPrev: string;
}
let variants: Map<string, Variant> | undefined;

/** OpenCC's traditional → mainland simplified converter, built on first use (its tries are large). */
function simplifier(): Simplifier {
  toSimplified ??= createSimplifier();
  return toSimplified;
}

function variantTable(): Map<string, Variant> {
  variants ??= new Map(
    readDataLines('variants.tsv').map((l) => {
      const [variant, standard, unlessNext = '', unlessPrev = ''] = l.split('\t');
      // Variants are matched one UTF-16 code unit at a time (see specialChars).
      if (variant.length !== 1) throw new Error(`variants.tsv: ${JSON.stringify(variant)} is not one character of the BMP`);
      return [variant, { standard, unlessNext, unlessPrev }];
    }),
  );
  return variants;
}

function applyVariant(v: Variant, ch: string, prev: string, next: string): string {
  return (next && v.unlessNext.includes(next)) || (prev && v.unlessPrev.includes(prev)) ? ch : v.standard;
}

const SLICE = 65536;
const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
/** ASCII punctuation that Chinese text writes full-width; folded only when next to Chinese. */
const TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
/** Full-width punctuation that stays full-width: it carries sentence and clause structure. */
const KEEP_FULL = new Set('！（），：；？'.split(''));

/** One character in canonical width: full-width letters, digits and symbols become ASCII. */
function foldWidth(ch: string, prev: string, next: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e && !KEEP_FULL.has(ch)) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000 || c === 0xa0) return ' ';
  const full = TO_FULL[ch];
  if (full && (CJK.test(prev) || CJK.test(next))) return full;
  return ch;
}

let special: { chars: CodeUnitSet; pattern: RegExp } | undefined;

/**
 * The characters that may change after OpenCC: full-width forms (not the
 * punctuation that stays full-width: ， and ： are on nearly every line, and a
 * call per character that gives it back cost more than OpenCC), odd spaces,
 * ASCII punctuation, variants. Lines are tested for them by table, and only a
 * line that has one (one in ten of the xwlb corpus) is rewritten.
 */
function specialChars(): { chars: CodeUnitSet; pattern: RegExp } {
  if (!special) {
    const foldedFullWidth = charsBetween(0xff01, 0xff5e).filter((ch) => !KEEP_FULL.has(ch));
    const chars = [...foldedFullWidth, '\u3000', '\u00a0', ...',:;()!?', ...variantTable().keys()];
    special = { chars: new CodeUnitSet(chars), pattern: new RegExp(`[${chars.map(escapeInClass).join('')}]`, 'g') };
  }
  return special;
}

/** A character written as an escape inside a character class (every one is in the BMP). */
function escapeInClass(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Canonical form of a fragment: simplified script, canonical width, standard
 * variants. Length is kept. OpenCC runs only on lines that hold a character
 * it rewrites, and the width and variant pass only on lines that hold a
 * character it changes.
 */
export function canonicalLine(line: string): string {
  const opencc = simplifier();
  // Most lines of mainland text hold nothing OpenCC would change: they skip its trie walk.
  let converted = opencc.mayChange(line) ? opencc.convert(line) : line;
  if (converted.length !== line.length) {
    // A phrase rule or an astral result changed the length: convert character by character,
    // keeping any character whose conversion would not keep its length.
    converted = [...line]
      .map((ch) => {
        const c = opencc.convert(ch);
        return c.length === ch.length ? c : ch;
      })
      .join('');
  }
  const { chars, pattern } = specialChars();
  if (!chars.foundIn(converted)) return converted;
  const table = variantTable();
  return converted.replace(pattern, (ch: string, i: number, all: string) => {
    const prev = all[i - 1] ?? '';
    const next = all[i + 1] ?? '';
    const variant = table.get(ch);
    return variant ? applyVariant(variant, ch, prev, next) : foldWidth(ch, prev, next);
  });
}

/**
 * Normalise a text line by line. Each line keeps its length (OpenCC's t→cn
 * phrases map one character to one; when a phrase rule would not, the line is
 * converted character by character instead), so the map stays one to one.
 */
export function normalizeText(text: string): { text: string; map: SegmentMap } {
  const out = new TextBuilder(text);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Very long lines (a page saved as one line) go in slices: memory stays flat.
    for (let s = start; s < end; s += SLICE)
      out.replace(s, Math.min(end, s + SLICE), canonicalLine(text.slice(s, Math.min(end, s + SLICE))));
    if (end < text.length) out.copy(end, end + 1);
    start = end + 1;
  }
  return out.build();
}
