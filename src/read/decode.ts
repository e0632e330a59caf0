import iconv from 'iconv-lite';
import chardet from 'chardet';
import { readDataLines } from '../data-files.js';
import { binaryReason } from './binary.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** Set when the choice between encodings was a guess worth telling the user about. */
  guess?: string;
  /** Set when the encoding the user forced reads the file much worse than another would. */
  misread?: string;
  /** Number of byte sequences that could not be decoded and became U+FFFD. */
  invalid: number;
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; reason: string };

const SUPPORTED = new Map([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['gb18030', 'gb18030'],
  ['gbk', 'gb18030'],
  ['gb2312', 'gb18030'],
  ['big5', 'big5hkscs'],
  ['big5-hkscs', 'big5hkscs'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
]);

/** Normalised name of an encoding the user may force, or undefined if unsupported. */
export function supportedEncoding(label: string): string | undefined {
  return SUPPORTED.get(label.toLowerCase());
}

/**
 * Bytes to text. Order: BOM, binary check, strict UTF-8, then GB18030 against
 * Big5 scored by the share of common characters (detectors alone read short
 * Chinese texts badly); chardet only breaks near ties.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): DecodeResult {
  const bom = decodeBom(bytes);
  if (bom) return { ok: true, value: bom };
  const encoding = forced ? (supportedEncoding(forced) ?? (iconv.encodingExists(forced) ? forced : undefined)) : undefined;
  // UTF-16 without a BOM is full of NUL bytes: only a forced encoding can read it.
  const why = encoding?.startsWith('utf-16') ? undefined : binaryReason(bytes);
  if (why) return { ok: false, reason: why };
  if (encoding) return { ok: true, value: checkForced(bytes, decodeWith(bytes, encoding)) };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, value: { text: utf8, encoding: 'utf-8', invalid: 0 } };
  // UTF-8 with a few broken bytes (a truncated download, a bad copy) is still UTF-8.
  const lenient = decodeWith(bytes, 'utf-8');
  if (lenient.invalid <= Math.max(3, nonAscii(lenient.text) * 0.002)) return { ok: true, value: lenient };
  return { ok: true, value: guessChinese(bytes) };
}

function decodeBom(b: Uint8Array): Decoded | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeWith(b.subarray(3), 'utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return decodeWith(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return decodeWith(b.subarray(2), 'utf-16be');
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): Decoded {
  const text =
    encoding === 'utf-8' || encoding.startsWith('utf-16')
      ? new TextDecoder(encoding).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return { text, encoding: encoding === 'big5hkscs' ? 'big5' : encoding, invalid: countInvalid(text) };
}

/** Characters outside ASCII: a page that is mostly markup must be judged on its Chinese, not its tags. */
function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function countInvalid(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

let common: Set<string> | undefined;
function commonHanzi(): Set<string> {
  common ??= new Set(readDataLines('common-hanzi.txt').join(''));
  return common;
}

/** Share of the sample's Han characters that are common, less a penalty for undecodable and private-use ones. */
function plausibility(text: string): number {
  const set = commonHanzi();
  let han = 0;
  let good = 0;
  let bad = 0;
  for (const ch of text.slice(0, 20000)) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if (c >= 0x3400 && c <= 0x9fff) {
      han++;
      if (set.has(ch)) good++;
    }
  }
  return han + bad === 0 ? 0 : (good - 3 * bad) / (han + bad);
}

function guessChinese(bytes: Uint8Array): Decoded {
  const gb = decodeWith(bytes, 'gb18030');
  const big5 = decodeWith(bytes, 'big5hkscs');
  // Big5 text is traditional and the common set is simplified: a bonus for
  // traditional-only characters evens the comparison.
  const gbScore = plausibility(gb.text);
  const big5Score = plausibility(big5.text) + traditionalBonus(big5.text);
  if (Math.abs(gbScore - big5Score) > 0.05) return gbScore >= big5Score ? gb : big5;
  const hint = chardet.detect(bytes)?.toLowerCase() ?? '';
  const pick = hint.includes('big5') ? big5 : gb;
  return { ...pick, guess: `could be GB18030 or Big5; chose ${pick.encoding}${hint ? ` (detector: ${hint})` : ''}` };
}

/**
 * A forced GB or Big5 decoding never fails: the wrong one gives valid but
 * rare characters (涴岆笢恅 for 这是中文). When the other of the two reads the
 * file much better, the user is told once.
 */
function checkForced(bytes: Uint8Array, forced: Decoded): Decoded {
  const family = /^gb|^cp936/.test(forced.encoding) ? 'gb' : /^big5/.test(forced.encoding) ? 'big5' : undefined;
  if (!family || strictUtf8(bytes) !== undefined) return forced;
  const other = decodeWith(bytes, family === 'gb' ? 'big5hkscs' : 'gb18030');
  const score = (d: Decoded) => plausibility(d.text) + (d.encoding === 'big5' ? traditionalBonus(d.text) : 0);
  if (score(other) - score(forced) < MISREAD_MARGIN) return forced;
  return { ...forced, misread: `--encoding ${forced.encoding} reads this file as rare characters; it reads as ${other.encoding}` };
}

/** How much more plausible another decoding must be to call the forced one a misreading. */
const MISREAD_MARGIN = 0.3;

/** Big5 decodings that are really Big5 contain many traditional-only characters that GB text lacks. */
function traditionalBonus(text: string): number {
  let trad = 0;
  let han = 0;
  for (const ch of text.slice(0, 20000)) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      if (TRADITIONAL_MARKERS.includes(ch)) trad++;
    }
  }
  return han ? Math.min(0.5, (trad / han) * 5) : 0;
}

/** Very frequent characters that exist only in traditional script. */
const TRADITIONAL_MARKERS =
  '們個這來時會為國說對從學經過發後間動與關實開現還進點當種東體長總門題務區義應將機專聯廠業產導議書記場調設黨強選勞興華團';
