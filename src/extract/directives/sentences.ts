export interface Span {
  start: number;
  end: number;
}

const OPENS = 1;
const CLOSES = 2;
const ENDS_SENTENCE = 4;
const ENDS_CLAUSE = 8;
/** What each character is to the splitter, by its UTF-16 code (all of them are in the BMP). */
const ROLE = rolesOf([
  ['“‘「『（(《', OPENS],
  ['”’」』）)》', CLOSES],
  ['。！？；\n', ENDS_SENTENCE],
  ['，：,', ENDS_CLAUSE],
]);
const NEWLINE = 10;

/** A role per UTF-16 code, 0 for none: one array read per character (64 KB). */
function rolesOf(groups: Array<[string, number]>): Uint8Array {
  const roles = new Uint8Array(0x10000);
  for (const [chars, role] of groups) for (let i = 0; i < chars.length; i++) roles[chars.charCodeAt(i)] = role;
  return roles;
}

/**
 * Sentences, not broken inside quotes or brackets: 按照“强规划、重招商”的要求 stays
 * whole. A quote left open runs at most to the end of the line.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  return split(text, start, end, ENDS_SENTENCE);
}

/** Clauses of a sentence: split at commas and colons outside quotes. */
export function splitClauses(text: string, sentence: Span): Span[] {
  return split(text, sentence.start, sentence.end, ENDS_SENTENCE | ENDS_CLAUSE);
}

/** Read by character code: the directive finders split every sentence of a corpus, and a string per character cost a tenth of their time. */
function split(text: string, from: number, to: number, ends: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const role = ROLE[code];
    if (role === 0) continue;
    if (role === OPENS) depth++;
    else if (role === CLOSES) depth = Math.max(0, depth - 1);
    else if (code === NEWLINE) depth = 0;
    if (depth === 0 && (role & ends) !== 0) {
      out.push({ start: s, end: code === NEWLINE ? i : i + 1 });
      s = i + 1;
    }
  }
  if (to > s) out.push({ start: s, end: to });
  return out.filter((sp) => text.slice(sp.start, sp.end).trim() !== '');
}
