import { readFileSync } from 'node:fs';
import { readDataLines } from '../../data-files.js';
import { canonicalLine } from '../../normalize/normalize.js';
import { PhraseMatcher } from '../../text/phrase-matcher.js';
import { sloganKey, SLOGAN_KINDS, type Candidate, type SloganKind } from './types.js';

export interface LexiconEntry {
  /** The slogan as it is matched in cleaned text. */
  text: string;
  kind: SloganKind;
  /** core: an analyst certainly wants it; ok: generic policy vocabulary. */
  tier?: 'core' | 'ok';
}

/** A set of known slogans, found in text as whole phrases (the longest where they overlap). */
export class Lexicon {
  private readonly phrases = new PhraseMatcher<LexiconEntry>();
  readonly entries: LexiconEntry[] = [];

  add(entry: LexiconEntry): void {
    const text = canonicalLine(entry.text.trim());
    const e: LexiconEntry = { text, kind: entry.kind, ...(entry.tier ? { tier: entry.tier } : {}) };
    if (this.phrases.add(text, e)) this.entries.push(e);
  }

  has(text: string): boolean {
    return this.phrases.get(text) !== undefined;
  }

  kindOf(text: string): SloganKind | undefined {
    return this.phrases.get(text)?.kind;
  }

  tierOf(text: string): 'core' | 'ok' | undefined {
    return this.phrases.get(text)?.tier;
  }

  /** Every occurrence; the longest entry wins where entries overlap at one place. */
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    this.phrases.forEachMatch(text, (hit, start, end) => {
      out.push({ key: sloganKey(hit.text), kind: hit.kind, finder: 'lexicon', start, end });
    });
    return out;
  }
}

/** Parse lexicon lines: `slogan<TAB>kind[<TAB>tier…]`; a missing kind is `term`, a missing tier `core`. */
export function parseLexicon(lines: readonly string[], into = new Lexicon()): Lexicon {
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [text, kind, tier] = line.split('\t').map((s) => s.trim());
    into.add({ text, kind: SLOGAN_KINDS.includes(kind as SloganKind) ? (kind as SloganKind) : 'term', tier: tier === 'ok' ? 'ok' : 'core' });
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
