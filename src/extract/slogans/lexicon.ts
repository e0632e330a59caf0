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
  /** How many of `entries` come first from the bundled lexicon; those after are a user's own. */
  bundled = 0;

  /** The slogans of a user's own lexicon files that the bundled lexicon does not have. */
  userWords(): string[] {
    return this.entries.slice(this.bundled).map((e) => e.text);
  }

  add(entry: LexiconEntry): void {
    const text = canonicalLine(entry.text.trim());
    const e: LexiconEntry = { text, kind: entry.kind, ...(entry.tier ? { tier: entry.tier } : {}) };
    if (this.phrases.add(text, e)) this.entries.push(e);
    // A series is written with and without its 、 (两个市场、两种资源; 两个市场两种资源): both forms are the entry.
    if (text.includes('、')) this.phrases.add(text.replace(/、/g, ''), e);
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

  /**
   * Every occurrence of every entry, as kwic finds them: the longest entry at
   * a place, and the entries it holds (高质量发展 inside 推动高质量发展示范区建设,
   * 中国特色社会主义 inside 习近平新时代中国特色社会主义思想), marked `nested`.
   */
  find(text: string): Candidate[] {
    const out: Candidate[] = [];
    this.phrases.forEachMatch(text, (hit, start, end) => {
      out.push({ key: sloganKey(hit.text), kind: hit.kind, finder: 'lexicon', start, end });
      this.phrases.forEachWithin(text, start, end, (inner, s, e) => {
        out.push({ key: sloganKey(inner.text), kind: inner.kind, finder: 'lexicon', start: s, end: e, nested: true });
      });
    });
    return out;
  }
}

/**
 * Parse lexicon lines: `slogan<TAB>kind[<TAB>tier…]`; a missing kind is
 * `term`, a missing tier `core`. A kind that is none of the five is an error
 * naming the line (a typo would otherwise file a slogan under the wrong kind).
 */
export function parseLexicon(lines: readonly string[], into = new Lexicon(), source = 'lexicon'): Lexicon {
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const [text, kind, tier] = line.split('\t').map((s) => s.trim());
    if (kind && !SLOGAN_KINDS.includes(kind as SloganKind)) {
      throw new LexiconError(`${source}:${i + 1}: unknown kind ${JSON.stringify(kind)} (kinds: ${SLOGAN_KINDS.join(', ')})`);
    }
    into.add({ text, kind: (kind as SloganKind) || 'term', tier: tier === 'ok' ? 'ok' : 'core' });
  });
  return into;
}

/** The bundled lexicon, plus a user's own files (same format; a plain word list works too). */
export function loadLexicon(userFiles: readonly string[] = []): Lexicon {
  const lexicon = parseLexicon(readDataLines('lexicon.tsv'));
  lexicon.bundled = lexicon.entries.length;
  for (const file of userFiles) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new LexiconError(`cannot read lexicon ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    parseLexicon(text.replace(/^\ufeff/, '').split(/\r?\n/), lexicon, file);
  }
  return lexicon;
}

/** A user lexicon that cannot be read: a usage problem, reported before any input is read. */
export class LexiconError extends Error {}
