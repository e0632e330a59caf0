import type { SloganRow } from './rank.js';

/**
 * Variants of one slogan: the same parts in another order, or some of them
 * (延链补链强链, 强链补链延链, 补链强链, 建链延链补链强链; 稳就业、稳企业 and
 * 稳就业、稳企业、稳市场、稳预期). Parts are a series' items, or the equal parts
 * of a parallel formula (two or three characters each, sharing a character).
 */
export function partsOf(slogan: string): string[] | undefined {
  if (slogan.includes('、')) return slogan.split('、');
  for (const size of [2, 3]) {
    if (slogan.length % size !== 0 || slogan.length / size < 2) continue;
    const parts = Array.from({ length: slogan.length / size }, (_, i) => slogan.slice(i * size, (i + 1) * size));
    const sharesChar = [...Array(size).keys()].some((k) => parts.every((p) => p[k] === parts[0][k]));
    if (sharesChar && new Set(parts).size === parts.length) return parts;
  }
  return undefined;
}

/**
 * The family of each row, for rows that have variants among the rows ('' for
 * the rest): named by its fullest variant (most parts) among those in at least
 * half as many documents as the commonest, then the commonest.
 * Two rows are variants when they share two parts or more and one's parts are
 * all the other's.
 */
export function familiesOf(rows: readonly SloganRow[]): string[] {
  const parts = rows.map((r) => partsOf(r.slogan));
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < rows.length; i++) {
    const a = parts[i];
    if (!a) continue;
    for (let j = i + 1; j < rows.length; j++) {
      const b = parts[j];
      if (b && variants(a, b)) parent[find(j)] = find(i);
    }
  }
  const most = new Map<number, number>();
  rows.forEach((r, i) => most.set(find(i), Math.max(most.get(find(i)) ?? 0, r.documents)));
  const best = new Map<number, number>();
  const better = (i: number, j: number) => {
    const [a, b] = [parts[i]?.length ?? 0, parts[j]?.length ?? 0];
    return a !== b
      ? a > b
      : rows[i].documents !== rows[j].documents
        ? rows[i].documents > rows[j].documents
        : rows[i].slogan < rows[j].slogan;
  };
  rows.forEach((r, i) => {
    const root = find(i);
    if (r.documents * 2 < most.get(root)!) return;
    const current = best.get(root);
    if (current === undefined || better(i, current)) best.set(root, i);
  });
  const size = new Map<number, number>();
  rows.forEach((_, i) => size.set(find(i), (size.get(find(i)) ?? 0) + 1));
  return rows.map((_, i) => (size.get(find(i))! > 1 ? rows[best.get(find(i))!].slogan : ''));
}

function variants(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.length >= 2 && small.every((p) => large.includes(p));
}
