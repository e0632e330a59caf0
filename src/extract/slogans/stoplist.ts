import { readFileSync } from 'node:fs';
import { readDataLines } from '../../data-files.js';
import { canonicalLine } from '../../normalize/normalize.js';
import { sloganKey } from './types.js';

/**
 * Phrases that are not slogans (data/stoplist.tsv, and a user's own files):
 * exact phrases, or /regular expressions/ matched against the whole phrase;
 * each with its reason.
 */
export class StopList {
  private readonly phrases = new Map<string, string>();
  private readonly patterns: Array<{ re: RegExp; reason: string }> = [];

  add(line: string): void {
    if (!line.trim() || line.startsWith('#')) return;
    const [phrase, reason = ''] = line.split('\t').map((s) => s.trim());
    const regex = /^\/(.+)\/$/.exec(phrase);
    if (regex) this.patterns.push({ re: new RegExp(regex[1], 'u'), reason });
    else this.phrases.set(sloganKey(canonicalLine(phrase)), reason);
  }

  /** Why a slogan key is not a slogan, or undefined when it may be one. */
  reasonFor(key: string): string | undefined {
    return this.phrases.get(key) ?? this.patterns.find((p) => p.re.test(key))?.reason;
  }
}

/** The bundled stop list, plus a user's own files (same format; a plain word list works too). */
export function loadStopList(userFiles: readonly string[] = []): StopList {
  const list = new StopList();
  for (const line of readDataLines('stoplist.tsv')) list.add(line);
  for (const file of userFiles) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new StopListError(`cannot read stop list ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    for (const line of text.replace(/^\ufeff/, '').split(/\r?\n/)) list.add(line);
  }
  return list;
}

/** A user stop list that cannot be read: a usage problem, reported before any input is read. */
export class StopListError extends Error {}
