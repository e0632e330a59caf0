/** Slots of the table of two-character words: 2^PAIR_BITS, kept at most half full. */
const PAIR_BITS = 17;
const PAIR_SLOTS = 1 << PAIR_BITS;
const PAIR_MASK = PAIR_SLOTS - 1;
const MOST_PAIRS = PAIR_SLOTS >> 1;
/** Tags are remembered by number, 1 to 255 (0: nothing remembered); jieba's dictionaries use about 60 tags. */
const MOST_TAGS = 255;

/**
 * The tags of one- and two-character words (86% of jieba's words in 400 files
 * of the news corpus), remembered by their character codes in typed arrays:
 * 700 KB that stay in the processor's caches, and a lookup that reads no string but its two
 * codes. A Map keyed by each new string jieba hands back hashed it and
 * missed the caches, as counting's own tables had pushed it out: 3.2 s of a
 * 29 s one-job run over xwlb-2022-2026.
 */
export class ShortWordTags {
  private readonly names: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** The tag number of each one-code-unit word, by its code. */
  private readonly units = new Uint8Array(0x10000);
  /** Two-code-unit words as `first << 16 | second` (never 0: see pairKey), by open addressing, and their tag numbers. */
  private readonly pairKeys = new Uint32Array(PAIR_SLOTS);
  private readonly pairTags = new Uint8Array(PAIR_SLOTS);
  private pairs = 0;

  /** The tag remembered for a word of one or two code units (never longer: see PosTags), if any. */
  get(word: string): string | undefined {
    let n: number;
    if (word.length === 1) n = this.units[word.charCodeAt(0)];
    else {
      const key = pairKey(word);
      // Key 0 is the empty slot's: its search would stop at any slot.
      n = key === 0 ? 0 : this.pairTags[this.slotOf(key)];
    }
    return n === 0 ? undefined : this.names[n - 1];
  }

  /** Remember a word's tag (a new two-character word only while there is room: the words a text repeats come early). */
  remember(word: string, tag: string): void {
    const n = this.numberOf(tag);
    if (n === 0) return;
    if (word.length === 1) {
      this.units[word.charCodeAt(0)] = n;
      return;
    }
    const key = pairKey(word);
    if (key === 0) return;
    const slot = this.slotOf(key);
    if (this.pairKeys[slot] === 0) {
      // A new word takes a slot while the table is at most half full; a word already there can always be retagged.
      if (this.pairs >= MOST_PAIRS) return;
      this.pairs++;
    }
    this.pairKeys[slot] = key;
    this.pairTags[slot] = n;
  }

  /** Forget every word (a word was retagged); tag numbers stay. */
  clear(): void {
    this.units.fill(0);
    this.pairKeys.fill(0);
    this.pairTags.fill(0);
    this.pairs = 0;
  }

  /** The slot that holds this key, or the empty one where it would go (the table is never full). */
  private slotOf(key: number): number {
    // Fibonacci hashing: the top PAIR_BITS bits of the product.
    let slot = Math.imul(key, 0x9e3779b1) >>> (32 - PAIR_BITS);
    while (this.pairKeys[slot] !== key && this.pairKeys[slot] !== 0) slot = (slot + 1) & PAIR_MASK;
    return slot;
  }

  /** The tag's number, 0 when there are too many tags to number. */
  private numberOf(tag: string): number {
    let n = this.numbers.get(tag);
    if (n === undefined) {
      if (this.names.length >= MOST_TAGS) return 0;
      this.names.push(tag);
      n = this.names.length;
      this.numbers.set(tag, n);
    }
    return n;
  }
}

/** A two-code-unit word as one number; 0 (for "\0\0" only, or an empty word) is the empty slot's, so that word is never remembered. */
function pairKey(word: string): number {
  return ((word.charCodeAt(0) << 16) | word.charCodeAt(1)) >>> 0;
}
