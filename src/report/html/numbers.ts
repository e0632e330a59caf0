/** Numbers as the page writes them: shares, rates and counts, in one place so that the charts and tables agree. */

/** 0.452 → 45.2%; below 10% one decimal, above it none (0.4% and 45% read better than 0.40% and 45.2%). */
export function percent(share: number): string {
  const p = share * 100;
  if (p === 0) return '0%';
  return p < 10 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
}

/** A rate per 10,000 characters with two significant figures at most: 12, 3.4, 0.52. */
export function per10k(rate: number): string {
  if (rate === 0) return '0';
  if (rate >= 10) return String(Math.round(rate));
  return String(Number(rate.toPrecision(2)));
}

/** `1 document`, `2,310 documents`, `0 cities`. */
export function count(n: number, noun: string, plural = noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
}
