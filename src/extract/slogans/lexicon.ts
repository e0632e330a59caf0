import { readFileSync } from 'node:fs';
import { readDataLines } from '../../data-files.js';
import { canonicalLine } from '../../normalize/normalize.js';
import { sloganKey, SLOGAN_KINDS, type Candidate, type SloganKind } from './types.js';

export interface LexiconEntry {
  /** The slogan as it is matched in cleaned text. */
  text: string;
  kind: SloganKind;
}

/**
 * A set of known slogans matched by first character then by string: linear in
 * the text, whatever the size of the lexicon.
 */
export class Lexicon {
  /** Entries by the UTF-16 code of their first character (a number: text[i] made a string per character of every document). */
  private readonly byFirst = new Map<number, LexiconEntry[]>();
  readonly entries: LexiconEntry[] = [];

  add(entry: LexiconEntry): void {
    const text = canonicalLine(entry.text.trim());
    if (!text) return;
    const e = { text, kind: entry.kind };
    const list = this.byFirst.get(text.charCodeAt(0)) ?? [];
    if (list.some((x) => x.text === text)) return;
    list.push(e);
    list.sort((a, b) => b.text.length - a.text.length);
    this.byFirst.set(text.charCodeAt(0), list);
    this.entries.push(e);
  }

  has(text: string): boolean {
    return (this.byFirst.get(text.charCodeAt(0)) ?? []).some((e) => e.text === text);
  }

  kindOf(text: string): SloganKind | undefined {
    return (this.byFirst.get(text.charCodeAt(0)) ?? []).find((e) => e.text === text)?.kind;
  }

  /** Every occurrence; the longest entry wins where entries overlap at one place. */
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text.charCodeAt(i));
      if (!list) continue;
      const hit = list.find((e) => text.startsWith(e.text, i));
      if (!hit) continue;
      out.push({ key: sloganKey(hit.text), kind: hit.kind, finder: 'lexicon', start: i, end: i + hit.text.length });
      i += hit.text.length - 1;
    }
    return out;
  }
}

/** Parse lexicon lines: `slogan<TAB>kind[<TAB>note]`; a missing or unknown kind is `term`. */
export function parseLexicon(lines: readonly string[], into = new Lexicon()): Lexicon {
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [text, kind] = line.split('\t');
    into.add({ text, kind: SLOGAN_KINDS.includes(kind as SloganKind) ? (kind as SloganKind) : 'term' });
  }
  return into;
}

/** The bundled lexicon, plus a user's own files (same format; a plain word list works too). */
export function loadLexicon(userFiles: readonly string[] = []): Lexicon {
  const lexicon = parseLexicon(readDataLines('lexicon.tsv'));
  for (const file of userFiles) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new LexiconError(`cannot read lexicon ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    parseLexicon(text.replace(/^\ufeff/, '').split(/\r?\n/), lexicon);
  }
  return lexicon;
}

/** A user lexicon that cannot be read: a usage problem, reported before any input is read. */
export class LexiconError extends Error {}
