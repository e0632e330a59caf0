import { TextBuilder } from '../offsets/text-builder.js';
import type { SegmentMap } from '../offsets/offset-map.js';
import { charsBetween, CodeUnitSet } from '../text/code-unit-set.js';

export const MOJIBAKE_MARK = '\ufffd';

/**
 * Signatures of text decoded with the wrong encoding: the GBK rendering of
 * UTF-8 U+FFFD (锟斤拷), of uninitialised memory (烫烫, 屯屯), of UTF-8 quotes
 * (鈥), and UTF-8 read as Latin-1 (å¼º). Japanese kana glued to Chinese
 * characters (嵉墓ぷ鞒) is what UTF-8 Chinese looks like after a round trip
 * through GBK; the kana are the visible anchor. Every alternative must start
 * with a character of SIGNATURE_CHARS (a test checks it), or it is never run.
 */
export const SIGNATURES =
  /锟斤拷|烫烫+|屯屯+|鈥[\u0080-\uffff]?|(?:[\u00c2-\u00ef][\u0080-\u00bf]{1,2}){2,}|\ufffd+|(?<=[\u3400-\u9fff])[\u3041-\u30fa]+|[\u3041-\u30fa]+(?=[\u3400-\u9fff])/g;
/**
 * A character that every match of SIGNATURES holds (the first of each
 * alternative): a text without any, nearly every one, is not searched (the
 * search cost about three times the test).
 */
export const SIGNATURE_CHARS = new CodeUnitSet([
  '锟',
  '烫',
  '屯',
  '鈥',
  '\ufffd',
  ...charsBetween(0xc2, 0xef),
  ...charsBetween(0x3041, 0x30fa),
]);

/**
 * A `?` is a real question mark before space, end of line, a closing quote or
 * bracket, and part of a URL between ASCII letters (index.php?id=3); elsewhere
 * in Chinese text it stands for a character lost in a bad conversion.
 */
const QUESTION_RUN = /\?+/g;
const CLOSING = /[\s"'”’)）」』]/;
const URL_LEFT = /[A-Za-z0-9/._-]/;
const URL_RIGHT = /[A-Za-z0-9=&]/;

function lostCharacters(text: string): MojibakeRun[] {
  const out: MojibakeRun[] = [];
  for (const m of text.matchAll(QUESTION_RUN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const prev = text[start - 1] ?? '';
    const next = text[end] ?? '';
    const question = m[0].length === 1 && (next === '' || CLOSING.test(next));
    const url = URL_LEFT.test(prev) && URL_RIGHT.test(next);
    if (!question && !url) out.push({ start, end });
    else if (m[0].length > 1 && /[\u3400-\u9fff]/.test(prev)) out.push({ start, end });
  }
  return out;
}

const MAX_GAP = 3;

export interface MojibakeRun {
  start: number;
  end: number;
}

/** Runs of mojibake in a text, signatures joined when they are at most a few characters apart. */
export function findMojibake(text: string): MojibakeRun[] {
  const anchors: MojibakeRun[] = lostCharacters(text);
  SIGNATURES.lastIndex = 0;
  if (SIGNATURE_CHARS.foundIn(text)) {
    for (let m = SIGNATURES.exec(text); m; m = SIGNATURES.exec(text)) anchors.push({ start: m.index, end: m.index + m[0].length });
  }
  anchors.sort((a, b) => a.start - b.start);
  const runs: MojibakeRun[] = [];
  for (const a of anchors) {
    const prev = runs[runs.length - 1];
    if (prev) prev.end = absorbGlue(text, prev.end);
    if (prev && a.start - prev.end <= MAX_GAP && !/\s/.test(text.slice(prev.end, a.start))) prev.end = Math.max(prev.end, a.end);
    else if (prev && a.start < prev.end) prev.end = Math.max(prev.end, a.end);
    else runs.push({ ...a });
  }
  const last = runs[runs.length - 1];
  if (last) last.end = absorbGlue(text, last.end);
  return runs.filter((r) => !isPlainQuestion(text, r));
}

/**
 * Latin letters glued after a lost character belong to the same garbage
 * (`?span`, `蹦J?`), and so do pinyin fragments whose opening bracket was eaten
 * (`?tīng)`): absorb them so the run ends where the text is whole again.
 */
const GLUE = /^[A-Za-z\u00e0-\u00fc\u0101-\u01dc\u0144\u0148\u01f9\u1e3f]+[)）]?/;
function absorbGlue(text: string, end: number): number {
  const m = GLUE.exec(text.slice(end, end + 12));
  return m ? end + m[0].length : end;
}

/** `好吗?他说` style: one `?` after a Han character and before another is still most likely a question. */
function isPlainQuestion(text: string, r: MojibakeRun): boolean {
  return r.end - r.start === 1 && text[r.start] === '?' && /[吗呢么]/.test(text[r.start - 1] ?? '');
}

/**
 * Mark mojibake runs: each character becomes U+FFFD, so no later stage can
 * match a slogan or a number in or across it; the offset map keeps the
 * original bytes for the message that reports it.
 */
export function markMojibake(text: string): { text: string; map: SegmentMap } | undefined {
  const runs = findMojibake(text);
  if (runs.length === 0) return undefined;
  const out = new TextBuilder(text);
  let last = 0;
  for (const r of runs) {
    out.copy(last, r.start);
    out.replace(r.start, r.end, MOJIBAKE_MARK.repeat(r.end - r.start));
    last = r.end;
  }
  out.copy(last, text.length);
  return out.build();
}
