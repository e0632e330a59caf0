export type SloganKind = 'numbered' | 'patterned' | 'series' | 'quoted' | 'term';
export const SLOGAN_KINDS: readonly SloganKind[] = ['numbered', 'patterned', 'series', 'quoted', 'term'];

/** Which finder proposed a candidate; ranking trusts some more than others. */
export type Finder = 'lexicon' | 'quoted' | 'numbered' | 'patterned' | 'series' | 'discovered';

/** A slogan occurrence in one document's cleaned text. */
export interface Candidate {
  /** The slogan in canonical form (simplified, no quotes): what occurrences are merged on. */
  key: string;
  kind: SloganKind;
  finder: Finder;
  /** Range in the cleaned text. */
  start: number;
  end: number;
  /** A listed slogan inside a longer find: counted where it stands, beside the longer one. */
  nested?: boolean;
}

/** Offsets in a piece of text where a word starts (and its end): what the shape finders test at every character. */
export interface WordBoundaries {
  has(offset: number): boolean;
}

/** Word boundaries as one flag per offset: the finders ask at nearly every character, and a Set's hash lookup cost more than the test. */
export class BoundaryFlags implements WordBoundaries {
  private readonly flags: Uint8Array;

  /**
   * `starts` are offsets in the piece (0 to length − 1) plus `base`: segment()
   * gives them with a base of 0, and a segmentation of a whole text gives a
   * view of its word starts, based at the piece's start (not copied per piece).
   * The end of the piece is added here.
   */
  constructor(length: number, starts: ArrayLike<number>, base = 0) {
    this.flags = new Uint8Array(length + 1);
    for (let i = 0; i < starts.length; i++) this.flags[starts[i] - base] = 1;
    this.flags[length] = 1;
  }

  has(offset: number): boolean {
    return this.flags[offset] === 1;
  }
}

/** The merge key of a slogan: quotes, spaces and separators that vary between writers removed. */
export function sloganKey(text: string): string {
  return text.replace(/[“”"‘’'「」『』《》\s]/g, '');
}

const HAN = /\p{Script=Han}/u;
/** Han characters only: what a slogan word or shape is made of. */
export const HAN_ONLY = /^\p{Script=Han}+$/u;
export function hanCount(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}
