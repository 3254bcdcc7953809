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
  /** One label per tick, all different: as short as shortNumber's, with as many decimals as the step needs. */
  labels: string[];
}

/** Padding each side: a fraction of the linear span, a fraction of a decade on log. */
export const PAD = 0.04;
export const LOG_PAD = 0.08;
/** The finest linear step, relative to the values: nobody reads a chart to ten significant digits. */
const MIN_RELATIVE_STEP = 1e-9;
/** Ticks of a linear scale at most (a nice step gives five or six). */
const MAX_TICKS = 20;

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
    // Decades counted as integers, clamped to what a double holds: 1e-320 or 1e308 cannot stall the loop.
    const first = Math.max(-300, Math.floor(Math.log10(Math.min(...positive))));
    const last = Math.min(300, Math.max(first + 1, Math.ceil(Math.log10(Math.max(...positive)))));
    const min = 10 ** first;
    const max = 10 ** last;
    const ticks: number[] = [];
    for (let k = first; k <= last; k++) ticks.push(10 ** k);
    const a = Math.log10(min) - LOG_PAD;
    const b = Math.log10(max) + LOG_PAD;
    return {
      kind: 'log',
      min,
      max,
      ticks,
      labels: ticks.map((t) => shortNumber(t)),
      at: (x) => Math.max(0, (Math.log10(Math.max(x, 10 ** a)) - a) / (b - a)),
    };
  }
  // Linear from zero (counts start there) unless everything is far from it.
  // One value alone (a single figure, or one-sided ones sharing their bound)
  // is drawn from zero too, not on a scale a fraction of a unit wide.
  const min = lo === hi ? Math.min(0, lo) : lo >= 0 && lo < (hi - lo) * 2 ? 0 : lo;
  const top = lo === hi ? Math.max(0, hi) : hi;
  const rawMax = top === min ? min + 1 : top;
  // A step finer than a billionth of the values cannot move a double that
  // large (1e10 + 5e-7 === 1e10): the ticks would never advance.
  const step = niceStep(Math.max(rawMax / 4 - min / 4, Math.max(Math.abs(min), Math.abs(rawMax)) * MIN_RELATIVE_STEP));
  const max = Math.ceil(rawMax / step) * step;
  const start = Math.floor(min / step) * step;
  const count = Math.min(MAX_TICKS, Math.round(max / step - start / step));
  const ticks: number[] = [];
  for (let i = 0; i <= count; i++) ticks.push(Number((start + i * step).toPrecision(12)));
  const pad = (max - start) * PAD;
  const a = start - pad;
  const b = max + pad;
  return { kind: 'linear', min: start, max, ticks, labels: ticks.map((t) => tickLabel(t, step)), at: (x) => (x - a) / (b - a) };
}

function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
}

const UNITS: [number, string][] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
];

const unitOf = (x: number): [number, string] => UNITS.find(([size]) => Math.abs(x) >= size) ?? [1, ''];

/** Short labels, three significant digits: 1,000,000 → "1M", 950,000 → "950k". */
export function shortNumber(x: number): string {
  const [size, suffix] = unitOf(x);
  return `${Number((x / size).toPrecision(3))}${suffix}`;
}

/**
 * A linear tick's label: the unit of shortNumber with the decimals that
 * `step` needs, so neighbouring ticks never read the same (948,000 and
 * 948,500 are "948k" and "948.5k", not "948k" twice).
 */
function tickLabel(t: number, step: number): string {
  const [size, suffix] = unitOf(t);
  const decimals = decimalsOf(step / size);
  return `${Number((t / size).toFixed(decimals))}${suffix}`;
}

/** How many decimals a positive number needs to be written exactly (at most 12): 0.25 → 2, 20 → 0, 1e-8 → 8. */
function decimalsOf(x: number): number {
  for (let d = 0; d < 12; d++) {
    const y = x * 10 ** d;
    if (y >= 0.999 && Math.abs(Math.round(y) - y) < 1e-6 * y) return d;
  }
  return 12;
}
