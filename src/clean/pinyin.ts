import { TextBuilder } from '../offsets/text-builder.js';
import type { SegmentMap } from '../offsets/offset-map.js';
import { readDataLines } from '../data-files.js';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PLAIN = 'aaaaeeeeiiiioooouuuuvvvvnnnm';
/** A Han character followed by a parenthesised run of pinyin letters, ASCII or full-width brackets. */
const ANNOTATED = new RegExp(`([\\u3400-\\u9fff\\uf900-\\ufaff])([(（])([a-zü${TONED}]{1,7})([)）])`, 'g');

let syllable: RegExp | undefined;

/** A regular expression for one pinyin syllable without tone marks, built from the data file. */
function syllablePattern(): RegExp {
  if (syllable) return syllable;
  const parts = readDataLines('pinyin-finals.txt').map((l) => l.split(/\s+/));
  const initials = parts.filter(([k]) => k === 'initial').map(([, v]) => v);
  const finals = parts
    .filter(([k]) => k === 'final')
    .map(([, v]) => v)
    .sort((a, b) => b.length - a.length);
  syllable = new RegExp(`^(?:${initials.join('|')})?(?:${finals.join('|')})$`);
  return syllable;
}

function stripTones(s: string): { plain: string; toned: boolean } {
  let plain = '';
  let toned = false;
  for (const ch of s) {
    const i = TONED.indexOf(ch);
    if (i >= 0) toned = true;
    plain += i >= 0 ? PLAIN[i] : ch === 'ü' ? 'v' : ch;
  }
  return { plain, toned };
}

/**
 * Remove pinyin that converter sites put after characters: `經(jīng)濟(jì)` → `經濟`.
 * The annotation is mapped onto the character it annotates, so the original
 * form of `經濟` is `經(jīng)濟(jì)`, pinyin and all. Toneless syllables (`們(men)`)
 * are taken as pinyin only in a text that has toned annotations too, so that
 * `中文(an)`-like real parentheses survive elsewhere.
 */
export function stripPinyin(text: string): { text: string; map: SegmentMap; removed: number } | undefined {
  const matches = [...text.matchAll(ANNOTATED)].filter((m) => syllablePattern().test(stripTones(m[3]).plain));
  const toned = matches.filter((m) => stripTones(m[3]).toned).length;
  const accepted = matches.filter((m) => toned >= 2 || stripTones(m[3]).toned);
  if (accepted.length === 0) return undefined;
  const out = new TextBuilder(text);
  let last = 0;
  for (const m of accepted) {
    const start = m.index!;
    const end = start + m[0].length;
    out.copy(last, start);
    out.replace(start, end, m[1]);
    last = end;
  }
  out.copy(last, text.length);
  return { ...out.build(), removed: accepted.length };
}
