import { locate, type Document } from '../../document.js';
import type { DirectiveDraft } from '../../extract/directives/index.js';
import { splitSentences } from '../../extract/directives/sentences.js';
import { where } from '../../extract/where.js';
import { ownCopy } from '../../text/own-copy.js';

/** A directive's whole sentence, and where the directive stands in it. */
export interface DirectiveSentence {
  sentence: string;
  /** The directive's start and end in `sentence`. */
  mark: [number, number];
}

/** Longest sentence shown whole; longer, the clauses between semicolons around the directive, or a window of it. */
const LONGEST = 300;
const WINDOW = 120;
const FULL_STOP = /[。！？!?\n]/;

/**
 * The sentences of a document's directives, by where each was located
 * (file:line:column, as the rows say): a directive is often one clause of a
 * sentence (到2030年，), which alone says little.
 */
export function directiveSentences(doc: Document, drafts: readonly DirectiveDraft[]): Map<string, DirectiveSentence> {
  const out = new Map<string, DirectiveSentence>();
  if (drafts.length === 0) return out;
  const spans = splitSentences(doc.text);
  for (const d of drafts) {
    const at = locate(doc, d.start, d.end);
    out.set(where({ file: doc.name, line: at.line, column: at.column }), sentenceOf(doc.text, spans, d.start, d.end));
  }
  return out;
}

function sentenceOf(text: string, spans: ReturnType<typeof splitSentences>, start: number, end: number): DirectiveSentence {
  let from = start;
  while (from > 0 && !FULL_STOP.test(text[from - 1]) && start - from < LONGEST) from--;
  let to = end;
  while (to < text.length && !FULL_STOP.test(text[to - 1] ?? '') && to - end < LONGEST) to++;
  if (to - from > LONGEST) {
    // The clauses between semicolons (splitSentences' unit), or a window around the directive.
    const span = spans.find((s) => s.start <= start && start < s.end);
    from = span && end - span.start <= LONGEST ? Math.max(span.start, end - LONGEST) : Math.max(0, start - WINDOW);
    to = span && span.end - from <= LONGEST ? span.end : Math.min(text.length, end + WINDOW);
  }
  while (from < start && /\s/.test(text[from])) from++;
  return { sentence: ownCopy(text.slice(from, to).trimEnd()), mark: [start - from, Math.min(end, to) - from] };
}
