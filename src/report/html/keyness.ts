/**
 * Keyness: how much more a slogan is used in one part of the corpus than in
 * the rest, as the log-likelihood ratio G² of a 2×2 table (quanteda's
 * `textstat_keyness(measure = "lr")`, Dunning 1993): the slogan's count and
 * the rest of the part's size, against the same in the reference.
 */

/** G² above this is significant at p < 0.001 (χ² with one degree of freedom). */
export const G2_P001 = 10.83;

/**
 * G² of `a` in `size` against `c` in `refSize`, signed: positive when the
 * slogan is more frequent in the part than in the reference, negative when less.
 */
export function logLikelihood(a: number, size: number, c: number, refSize: number): number {
  const b = size - a;
  const d = refSize - c;
  const n = size + refSize;
  if (size <= 0 || refSize <= 0 || a + c === 0) return 0;
  const cells: Array<[number, number]> = [
    [a, (size * (a + c)) / n],
    [b, (size * (b + d)) / n],
    [c, (refSize * (a + c)) / n],
    [d, (refSize * (b + d)) / n],
  ];
  const g2 = 2 * cells.reduce((sum, [o, e]) => sum + (o > 0 && e > 0 ? o * Math.log(o / e) : 0), 0);
  return a / size >= c / refSize ? g2 : -g2;
}
