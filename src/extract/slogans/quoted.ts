import { shapeKind } from './shape.js';
import { hanCount, sloganKey, type Candidate } from './types.js';

/** Quoted spans: Chinese quotes and corner brackets, and ASCII double quotes. */
const QUOTED = /“([^“”\n]{2,24})”|「([^「」\n]{2,24})」|『([^『』\n]{2,24})』|"([^"\n]{2,24})"/g;
/** A quoted sentence or clause is speech, not a name. */
const CLAUSE_PUNCTUATION = /[，。；！？：,.;!?:\ufffd]/;

/** Coined names in quotation marks, length-bounded; a series inside (、) is reported as a series. */
export function findQuoted(text: string): Candidate[] {
  const out: Candidate[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (CLAUSE_PUNCTUATION.test(inner) || hanCount(inner) < 2 && !/\d/.test(inner)) continue;
    if (hanCount(inner) > 16) continue;
    const start = m.index + 1;
    out.push({ key: sloganKey(inner), kind: shapeKind(inner) ?? 'quoted', finder: 'quoted', start, end: start + inner.length });
  }
  return out;
}
