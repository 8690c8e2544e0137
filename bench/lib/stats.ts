// Order statistics of a sample. The report shows min/median/max; ratios and overheads use medians.

export interface Summary {
  n: number;
  min: number;
  median: number;
  max: number;
}

export function summarize(xs: number[]): Summary {
  if (xs.length === 0) return { n: 0, min: NaN, median: NaN, max: NaN };
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { n: s.length, min: s[0], median, max: s[s.length - 1] };
}

/** The q-quantile (0..1) by nearest rank. */
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** A number with sensible precision for a table cell: 0.0123, 1.23, 12.3, 123. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (a < 0.1) return x.toFixed(3);
  if (a < 10) return x.toFixed(2);
  if (a < 100) return x.toFixed(1);
  return x.toFixed(0);
}

export function fmtTriple(xs: number[]): string {
  const s = summarize(xs);
  return s.n === 0 ? 'n/a' : `${fmt(s.min)} / ${fmt(s.median)} / ${fmt(s.max)}`;
}
