export interface Span {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(['。', '！', '？', '；', '\n']);
const CLAUSE_END = new Set(['，', '：', ',']);
const OPEN = '“‘「『（(《';
const CLOSE = '”’」』）)》';

/**
 * Sentences, not broken inside quotes or brackets: 按照“强规划、重招商”的要求 stays
 * whole. A quote left open runs at most to the end of the line.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  return split(text, start, end, SENTENCE_END);
}

/** Clauses of a sentence: split at commas and colons outside quotes. */
export function splitClauses(text: string, sentence: Span): Span[] {
  return split(text, sentence.start, sentence.end, new Set([...CLAUSE_END, ...SENTENCE_END]));
}

function split(text: string, from: number, to: number, ends: Set<string>): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = from;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch)) depth = Math.max(0, depth - 1);
    if (ch === '\n') depth = 0;
    if (depth === 0 && ends.has(ch)) {
      if (i + 1 > s) out.push({ start: s, end: ch === '\n' ? i : i + 1 });
      s = i + 1;
    }
  }
  if (to > s) out.push({ start: s, end: to });
  return out.filter((sp) => text.slice(sp.start, sp.end).trim() !== '');
}
