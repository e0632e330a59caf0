/**
 * Every match of a global regular expression in `text`, as `matchAll` gives
 * them. `matchAll` copies the expression on every call (ECMAScript's species
 * constructor), and on a short clause the copy costs more than the matching:
 * the directive finders run several expressions on every clause of a corpus.
 * The matches are collected before returning, so a caller may use the same
 * expression again while it reads them; `lastIndex` is left at 0. Being all
 * held at once, they are for a clause, not for text of any length.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs a global regular expression: ${re}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      // An empty match would be found again at the same place: step past it, by a whole character under u or v.
      if (m[0] === '') re.lastIndex = stepFrom(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = 0;
  }
  return out;
}

function stepFrom(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? at + 2 : at + 1;
}
