/**
 * The x scale of a range chart: linear, or logarithmic when the values span
 * more than two orders of magnitude (9 civilians next to 3,000 would vanish).
 */
export interface RangeScale {
  kind: 'linear' | 'log';
  /** First and last tick: the nice range the values fall in. */
  min: number;
  max: number;
  /**
   * Position in [0, 1] of a value. The domain is padded beyond the ticks
   * (PAD of the span on a linear scale, LOG_PAD of a decade on a log one),
   * so a bar that fills the whole range does not touch the plot's edges.
   */
  at: (x: number) => number;
  ticks: number[];
}

/** Padding each side: a fraction of the linear span, a fraction of a decade on log. */
export const PAD = 0.04;
export const LOG_PAD = 0.08;

/**
 * @example rangeScale([9, 21, 3000]).kind // 'log'
 */
export function rangeScale(values: number[]): RangeScale {
  const finite = values.filter((v) => Number.isFinite(v));
  const positive = finite.filter((v) => v > 0);
  const lo = finite.length ? Math.min(...finite) : 0;
  const hi = finite.length ? Math.max(...finite) : 1;
  const spanLog = positive.length ? Math.log10(Math.max(...positive)) - Math.log10(Math.min(...positive)) : 0;
  if (positive.length >= 2 && spanLog > 2 && lo > 0) {
    const min = 10 ** Math.floor(Math.log10(Math.min(...positive)));
    const max = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
    const ticks: number[] = [];
    for (let t = min; t <= max; t *= 10) ticks.push(t);
    const a = Math.log10(min) - LOG_PAD;
    const b = Math.log10(max) + LOG_PAD;
    return { kind: 'log', min, max, ticks, at: (x) => Math.max(0, (Math.log10(Math.max(x, 10 ** a)) - a) / (b - a)) };
  }
  // Linear from zero (counts start there) unless everything is far from it.
  const min = lo >= 0 && lo < (hi - lo) * 2 ? 0 : lo;
  const rawMax = hi === min ? min + 1 : hi;
  const step = niceStep((rawMax - min) / 4);
  const max = Math.ceil(rawMax / step) * step;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let t = start; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  const pad = (max - start) * PAD;
  const a = start - pad;
  const b = max + pad;
  return { kind: 'linear', min: start, max, ticks, at: (x) => (x - a) / (b - a) };
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

/** Short tick labels: 1,000,000 → "1M", 950,000 → "950k". */
export function shortNumber(x: number): string {
  const abs = Math.abs(x);
  const fmt = (v: number) => String(Number(v.toPrecision(3)));
  if (abs >= 1e9) return `${fmt(x / 1e9)}B`;
  if (abs >= 1e6) return `${fmt(x / 1e6)}M`;
  if (abs >= 1e3) return `${fmt(x / 1e3)}k`;
  return fmt(x);
}
