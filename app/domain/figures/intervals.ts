/**
 * Figures as intervals on the number line. null is an open end (unbounded);
 * strict bounds ("more than 300" excludes 300) are kept apart from inclusive
 * ones so that "more than 300" and "exactly 300" are correctly disjoint.
 */
import type { Figure, GroupVerdict, Qualifier } from '../extraction/types';

export interface Interval {
  low: number | null;
  high: number | null;
  /** The low end itself is excluded ("more than N"). */
  lowStrict?: boolean;
  /** The high end itself is excluded ("fewer than N"). */
  highStrict?: boolean;
}

/**
 * The interval a figure allows, strictness taken from its qualifier.
 *
 * @example figureInterval({ low: 300, high: null, qualifier: 'more_than' }) // { low: 300, high: null, lowStrict: true, highStrict: false }
 */
export function figureInterval(f: Pick<Figure, 'low' | 'high'> & { qualifier: Qualifier }): Interval {
  return { low: f.low, high: f.high, lowStrict: f.qualifier === 'more_than', highStrict: f.qualifier === 'fewer_than' };
}

/**
 * Whether two intervals share at least one number.
 *
 * @example overlaps({ low: 948000, high: 948000 }, { low: 900000, high: 1000000 }) // true
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return commonPointExists([a, b]);
}

/** Whether all intervals share a point: the largest low end must not pass the smallest high end. */
function commonPointExists(xs: Interval[]): boolean {
  let lo: number | null = null;
  let loStrict = false;
  let hi: number | null = null;
  let hiStrict = false;
  for (const x of xs) {
    if (x.low !== null) {
      if (lo === null || x.low > lo) { lo = x.low; loStrict = !!x.lowStrict; }
      else if (x.low === lo) loStrict = loStrict || !!x.lowStrict;
    }
    if (x.high !== null) {
      if (hi === null || x.high < hi) { hi = x.high; hiStrict = !!x.highStrict; }
      else if (x.high === hi) hiStrict = hiStrict || !!x.highStrict;
    }
  }
  if (lo === null || hi === null) return true;
  if (lo < hi) return true;
  return lo === hi && !loStrict && !hiStrict;
}

/**
 * Verdict for figures meant to measure the same thing: consistent when their
 * intervals all overlap (on a line, pairwise overlap means a common point).
 *
 * @example verdictOf([{ low: 9, high: 9 }, { low: 21, high: null }]) // 'conflicting'
 */
export function verdictOf(intervals: Interval[]): GroupVerdict {
  // Intervals on a line that overlap pairwise share a common point (Helly), so one pass suffices.
  return commonPointExists(intervals) ? 'consistent' : 'conflicting';
}
