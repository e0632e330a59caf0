/** The characters from one UTF-16 code to another, both included. */
export function charsBetween(from: number, to: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  return out;
}

/**
 * A set of characters, tested by UTF-16 code unit: one table read per
 * character, where a regular expression's character class cost about five
 * times as much on Chinese text (22 against 4.5 ns a character). A character
 * beyond the BMP is entered by its high surrogate, so `foundIn` may say yes
 * for another character of the same block: callers use it to skip work that
 * would change nothing, and a yes only means the work is done.
 */
export class CodeUnitSet {
  private readonly flags = new Uint8Array(0x10000);

  constructor(chars: Iterable<string> = []) {
    for (const ch of chars) this.add(ch);
  }

  /** Enter a character (by its first code unit: a longer string enters only its first character). */
  add(ch: string): void {
    if (ch !== '') this.flags[ch.charCodeAt(0)] = 1;
  }

  /** Whether a UTF-16 code unit is in the set (a high surrogate: some character beyond the BMP that starts with it is). */
  has(code: number): boolean {
    return this.flags[code] === 1;
  }

  /** Whether the text holds one of the characters. */
  foundIn(text: string): boolean {
    const flags = this.flags;
    for (let i = 0; i < text.length; i++) if (flags[text.charCodeAt(i)] === 1) return true;
    return false;
  }
}
